/**
 * End-to-end: the HTML report opened in a real Chromium. Checks that it runs nothing, fetches
 * nothing, logs no error, highlights each finding once, and looks right on a desktop and a phone
 * (screenshots in test-output/screenshots/). Skipped locally without /usr/bin/chromium; in CI it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../test/browser.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assess, type Analysis } from "../assess/index.ts";
import { classifyCorpus } from "../assess/corpus-grades.ts";
import { renderHtml } from "./index.ts";
import { hostileAnalysis } from "./testing/hostile-analysis.ts";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true")
  throw new Error(`${CHROMIUM} is missing: the HTML end-to-end test must run in CI`);
if (!hasChromium) console.warn(`html.e2e: ${CHROMIUM} not found, skipping the browser test (it fails in CI)`);

const SCREENSHOTS = "test-output/screenshots";

/** A realistic report: a corpus agreement through the real pipeline (gold annotations when no model is built). */
async function corpusAnalysis(name: string): Promise<Analysis> {
  const { docs } = await classifyCorpus([name]);
  const { document, segmentation, findings } = docs[0]!;
  return { document, segmentation, findings, assessment: assess(document, segmentation, findings) };
}

describe.skipIf(!hasChromium)("HTML report in Chromium", () => {
  let work: string;
  let context: BrowserContext;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "cw-e2e-"));
    mkdirSync(join(work, "home"));
    context = await launchChromium(work);
  });

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Opens a report from a file:// URL, recording console errors and every non-local request. */
  async function open(analysis: Analysis, file: string) {
    const path = join(work, file);
    writeFileSync(path, renderHtml(analysis));
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!/^(file|data|about):/.test(request.url())) requests.push(request.url());
    });
    await page.goto(pathToFileURL(path).href);
    return { page, errors, requests };
  }

  /** One anchored mark (with the finding's id) per finding; later fragments are marked without one. */
  async function countMarks(page: Page) {
    return page.locator("mark[data-finding][id]").count();
  }

  test("injected payloads stay inert text; no errors, no requests, one highlight per finding", async () => {
    const analysis = hostileAnalysis();
    const { page, errors, requests } = await open(analysis, "hostile.html");
    await page.click('a[href="#f-1"]');
    await page.click("mark#f-1 a.ref");
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator("script, img, iframe, object, embed").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator(".doc").innerText()).toContain("<script>window.__pwned = 1; alert(1)</script>");
    expect(await countMarks(page)).toBe(analysis.findings.length);
    expect(page.url()).toMatch(/#finding-1$/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test("a real agreement reads well on a desktop and a phone", async () => {
    const analysis = await corpusAnalysis("Uber");
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page, errors, requests } = await open(analysis, "uber.html");
    expect(await countMarks(page)).toBe(analysis.findings.length);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, "report-desktop.png") });
    await page.screenshot({ path: join(SCREENSHOTS, "report-desktop-full.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, "report-phone.png") });
    // Nothing may be wider than the phone screen.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.goto(page.url().split("#")[0] + "#findings");
    await page.screenshot({ path: join(SCREENSHOTS, "report-phone-findings.png") });
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.screenshot({ path: join(SCREENSHOTS, "report-print.png") });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
