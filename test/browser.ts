/**
 * Debian's Chromium for the end-to-end suites, started the one way that works on these machines:
 * headless, a fresh profile and HOME inside the test's temporary folder, and no background
 * networking (the machine's closed network refuses Chromium's own connections).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium with its profile in `work/profile` and HOME in `work/home`. */
export function launchChromium(
  work: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  mkdirSync(join(work, "home"), { recursive: true });
  return chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, HOME: join(work, "home") },
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: FLAGS,
  });
}
