/**
 * End-to-end journeys through the registry in Debian's Chromium: paste → report, upload a PDF →
 * report, A–Z → service → report, service → what changed, search → result, category hub. Screenshots go to
 * test-output/screenshots/registry-*.png for a person to look at. Skipped locally without
 * /usr/bin/chromium; fails in CI (CI=true).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../browser.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FINDING_CATEGORIES } from "../../src/core/index.ts";
import { makePdf } from "../../src/ingest/testing/index.ts";
import { startTestRegistry, type TestRegistry } from "./registry-server.ts";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true")
  throw new Error(`${CHROMIUM} is missing: the registry journeys must run in CI`);
if (!hasChromium)
  console.warn(`registry.e2e: ${CHROMIUM} not found, skipping the browser journeys (they fail in CI)`);

const SCREENSHOTS = "test-output/screenshots";

describe.skipIf(!hasChromium)("registry journeys in Chromium", () => {
  let work: string;
  let registry: TestRegistry;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "cw-journeys-"));
    mkdirSync(join(work, "home"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    registry = await startTestRegistry();
    context = await launchChromium(work, { viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    // A CSP violation or a broken asset shows up here; the pages must produce none.
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await registry?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const shot = (name: string) =>
    page.screenshot({ path: `${SCREENSHOTS}/registry-${name}.png`, fullPage: false });

  test("paste → report", async () => {
    await page.goto(`${registry.url}/`);
    await shot("home");
    await page
      .getByLabel("Paste the terms")
      .fill(
        [
          "We may terminate your account at any time, for any reason, without notice.",
          "All disputes shall be resolved exclusively by binding arbitration, and you waive any right to a class action.",
          "We may change these terms at any time by posting them on our website.",
        ].join("\n\n"),
      );
    await page.getByText("Your situation (optional)").click();
    await page.getByLabel("I am a").selectOption("worker");
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Your pasted agreement");
    expect(await page.locator("article.finding").count()).toBeGreaterThan(0);
    expect(await page.locator(".grade-large").textContent()).toMatch(/[A-E]/);
    await shot("paste-report");
  });

  test("upload a PDF → report", async () => {
    const pdf = join(work, "gig-terms.pdf");
    writeFileSync(
      pdf,
      makePdf([
        [
          "Gig Platform Partner Agreement",
          "We may deactivate your account at any time for any reason without notice.",
          "We may change the fees and these terms at any time without notice to you.",
          "Any dispute shall be settled by binding arbitration in San Francisco, California.",
        ],
      ]),
    );
    await page.goto(`${registry.url}/`);
    await page.getByLabel(/upload a file/).setInputFiles(pdf);
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/gig-terms\.pdf|Gig Platform/);
    expect(await page.locator("section[aria-labelledby=findings]").textContent()).toMatch(
      /Arbitration|termination|change/i,
    );
    await shot("pdf-report");
  });

  test("A–Z → service → report, and the context form", async () => {
    await page.goto(`${registry.url}/services`);
    await shot("services");
    await page.getByRole("link", { name: /Uber/ }).first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Uber");
    expect(await page.getByRole("heading", { name: "Services with a similar clause profile" }).count()).toBe(
      1,
    );
    await shot("service");
    await page.locator("section[aria-labelledby=documents] h3 a").first().click();
    await expect.poll(() => page.url()).toContain("/services/uber/terms");
    expect(await page.locator("article.finding").count()).toBeGreaterThan(0);
    expect(await page.locator("mark.flag").count()).toBeGreaterThan(0);
    await shot("uber-report");
    await page.getByLabel("Real alternatives").selectOption("none");
    await page.getByRole("button", { name: "Update the report" }).click();
    await expect.poll(() => page.url()).toContain("alternatives=none");
    expect(await page.getByLabel("Real alternatives").inputValue()).toBe("none");
  });

  test("service → what changed", async () => {
    await page.goto(`${registry.url}/services/uber`);
    const timeline = page.locator("table.timeline");
    expect(await timeline.locator("tbody tr").count()).toBe(2);
    await timeline.getByRole("link", { name: "What changed" }).click();
    await expect.poll(() => page.url()).toMatch(/\/services\/uber\/terms\/changes\/\d+\.\.\d+$/);
    expect(await page.locator("h1").textContent()).toBe("What changed in Uber's terms");
    expect(await page.locator("ul.change-summary li.worse").first().textContent()).toContain(
      "New clearly unfair unilateral termination clause",
    );
    expect(await page.locator("article.clause-change.moved").count()).toBeGreaterThan(0);
    const inserted = await page
      .locator("article.clause-change.edited")
      .first()
      .locator("ins")
      .allTextContents();
    expect(inserted).toContain("State of California");
    await shot("changes");
    await page.locator("article.clause-change.edited").scrollIntoViewIfNeeded();
    await shot("changes-clauses");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("phone-changes");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("search → result", async () => {
    await page.goto(`${registry.url}/`);
    await page.getByRole("searchbox", { name: "Search services and clauses" }).fill("arbitration");
    await page.getByRole("searchbox", { name: "Search services and clauses" }).press("Enter");
    await expect.poll(() => page.url()).toContain("/search?q=arbitration");
    const marks = page.locator("ol.hits mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.toLowerCase()).toContain("arbitrat");
    await shot("search");
    await page.locator("ol.hits li a").first().click();
    await expect.poll(() => page.url()).toMatch(/\/services\/[a-z-]+\/terms/);
  });

  test("category hub and sector comparison", async () => {
    await page.goto(`${registry.url}/categories`);
    await page.getByRole("link", { name: /^Arbitration/ }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Arbitration");
    expect(await page.locator(".service-grid a").count()).toBeGreaterThan(0);
    await shot("category-hub");
    await page.goto(`${registry.url}/sectors/travel`);
    // A row per service, a column per clause type (and the service column).
    expect(await page.locator("table.matrix tbody tr").count()).toBe(2);
    expect(await page.locator("table.matrix thead th").count()).toBe(FINDING_CATEGORIES.length + 1);
    await shot("sector");
  });

  test("keyboard: the first Tab reaches the skip link", async () => {
    await page.goto(`${registry.url}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Skip to content");
  });

  test("phone: home and report fit a narrow screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${registry.url}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("phone-home");
    await page.goto(`${registry.url}/services/uber/terms`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("phone-report");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("no page logged an error or a blocked script", () => {
    expect(problems).toEqual([]);
  });
});
