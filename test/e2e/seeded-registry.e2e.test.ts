/**
 * The journey of a reader of the seeded registry, in Debian's Chromium, over real agreements: home →
 * A–Z → a service → its alternatives → what changed between two captured versions → the feed of
 * changes. Two sectors of the seed are imported (a few seconds); screenshots go to
 * test-output/screenshots/seeded-*.png for a person to look at. Skipped locally without
 * /usr/bin/chromium; fails in CI (CI=true).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedSubset, SMALL_SECTOR, type SeededSubset } from "../../src/server/testing/seed-subset.ts";
import { CHROMIUM, launchChromium } from "../browser.ts";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true")
  throw new Error(`${CHROMIUM} is missing: the seeded registry journey must run in CI`);

const SCREENSHOTS = "test-output/screenshots";

describe.skipIf(!hasChromium)("a reader's journey through the seeded registry", () => {
  let work: string;
  let registry: SeededSubset;
  let server: ReturnType<typeof serve>;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "cw-seeded-journey-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    registry = await seedSubset(join(work, "registry.db"), [SMALL_SECTOR, "Dating"]);
    server = await new Promise((resolve) => {
      const running = serve({ fetch: registry.app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
        resolve(running),
      );
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await launchChromium(work, { viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await registry?.store.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const shot = (name: string, fullPage = false) =>
    page.screenshot({ path: `${SCREENSHOTS}/seeded-${name}.png`, fullPage });

  test("home → A–Z → a service → its alternatives → what changed → the feed", async () => {
    await page.goto(`${url}/`);
    const changed = page.locator("section[aria-labelledby=changed] li");
    expect(await changed.count()).toBeGreaterThan(0);
    await shot("home");

    await page.getByRole("link", { name: "Services A–Z" }).first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Services A–Z");
    expect(await page.locator(".service-card").count()).toBe((await registry.store.listServices()).length);
    await shot("services");

    await page
      .getByRole("link", { name: /Bitwarden/ })
      .first()
      .click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Bitwarden");
    await shot("service");

    const alternatives = page.locator("section[aria-labelledby=alternatives]");
    await alternatives.scrollIntoViewIfNeeded();
    // The seven other services of its sector, each with a grade.
    expect(await alternatives.locator("table.alternatives tbody tr").count()).toBe(7);
    expect(await alternatives.locator("table.alternatives .grade").count()).toBe(7);
    expect(await alternatives.locator("#no-real-choice li").count()).toBeGreaterThan(0);
    await alternatives.screenshot({ path: `${SCREENSHOTS}/seeded-alternatives.png` });
    const first = alternatives.locator("table.alternatives tbody a").first();
    const name = await first.textContent();
    await first.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(name);
    await page.goBack();

    const timeline = page.locator("table.timeline").first();
    await timeline.getByRole("link", { name: "What changed" }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/changes\/\d+\.\.\d+$/);
    expect(await page.locator("h1").textContent()).toMatch(/Bitwarden/);
    await shot("what-changed");

    // The pages produced no console error or broken asset (the XML viewer below asks for a favicon.ico).
    expect(problems).toEqual([]);
    const feed = await page.goto(`${url}/services/bitwarden/feed.xml`);
    expect(feed?.headers()["content-type"]).toMatch(/atom\+xml/);
    const xml = (await feed?.text()) ?? "";
    const captures = registry.loaded.seed.services
      .find((s) => s.name === "Bitwarden")!
      .documents.flatMap((d) => d.versions.map((v) => `${v.capturedAt}T00:00:00.000Z`));
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    expect(updated.length).toBeGreaterThan(0);
    // Dated by capture, newest first.
    for (const date of updated) expect(captures).toContain(date);
    expect([...updated].sort().reverse()).toEqual(updated);
    await shot("feed");
  });
});
