#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx so `npx counterweight` works straight after `npm install`.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
