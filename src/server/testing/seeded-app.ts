/** A test app over an in-memory store holding three services, two in one sector. */
import type { Hono } from "hono";
import { openStore, versionFromAnalysis, type Store } from "../../store/index.ts";
import { FAIR_TEXT, fakeAnalysis, oneSidedAnalysis } from "../../store/testing/fake-analysis.ts";
import { createApp } from "../app.tsx";
import { fakeAnalyzer } from "./fake-analyzer.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789";

export async function seededApp(options: { maxBytes?: number } = {}): Promise<{ app: Hono; store: Store }> {
  const store = await openStore(":memory:");
  await store.addVersion(
    versionFromAnalysis(oneSidedAnalysis("acme.txt"), { service: "Acme Cloud", sector: "Cloud storage" }),
  );
  const similar = fakeAnalysis(
    "By using Boxly you accept. We may terminate your account whenever we like. You agree to binding arbitration.",
    [
      { phrase: "terminate your account", category: "ter" },
      { phrase: "binding arbitration", category: "a" },
    ],
    "boxly.txt",
  );
  await store.addVersion(versionFromAnalysis(similar, { service: "Boxly", sector: "Cloud storage" }));
  await store.addVersion(
    versionFromAnalysis(fakeAnalysis(FAIR_TEXT, [], "harbour.txt"), { service: "Harbour Co-op" }),
  );
  const limits = options.maxBytes === undefined ? undefined : { maxBytes: options.maxBytes };
  const app = createApp({
    store,
    adminToken: ADMIN_TOKEN,
    analyze: fakeAnalyzer,
    limits,
    viewFlushMs: 0,
    onInternalError: () => undefined,
  });
  return { app, store };
}
