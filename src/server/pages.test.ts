import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { versionFromAnalysis, type Store } from "../store/index.ts";
import { oneSidedAnalysis } from "../store/testing/fake-analysis.ts";
import { seededApp } from "./testing/seeded-app.ts";

let app: Hono;
let store: Store;
beforeEach(async () => ({ app, store } = await seededApp()));
afterEach(() => store.close());

async function page(path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { response, html: await response.text() };
}

describe("pages", () => {
  it("serves the home page with the analyse form and the registry lists", async () => {
    const { response, html } = await page("/");
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(
      '<form class="analyse-form" method="post" action="/analyze" enctype="multipart/form-data">',
    );
    expect(html).toContain('<label for="text">');
    expect(html).toContain('href="/services/acme-cloud/terms"');
    expect(html).not.toMatch(/<script|onclick=|style="/i);
  });

  it("sets security headers on every response", async () => {
    for (const path of [
      "/",
      "/assets/site.css",
      "/api/services",
      "/missing",
      "/services/acme-cloud/terms?party=king",
      "/api/findings?category=zz",
    ]) {
      const { response } = await page(path);
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });

  it("renders a stored report with grade, findings, counterparts, recourse and the marked text", async () => {
    const { response, html } = await page("/services/acme-cloud/terms");
    expect(response.status).toBe(200);
    expect(html).toContain("Arbitration");
    expect(html).toContain("How equals write it");
    expect(html).toContain("Access to justice");
    expect(html).toContain("Reading burden");
    expect(html).toMatch(
      /<mark class="flag level-3"[^>]*>All disputes shall be resolved by binding arbitration/,
    );
    expect(html).toContain('<form class="context-form" method="get" action="/services/acme-cloud/terms">');
  });

  it("re-weighs the report when the reader's context changes", async () => {
    const base = await page("/services/acme-cloud/terms");
    const worker = await page("/services/acme-cloud/terms?party=worker&negotiable=no&alternatives=none");
    expect(worker.response.status).toBe(200);
    expect(worker.html).toContain('<option value="worker" selected="">');
    const summary = (html: string) => /<p class="context-note">([^<]*)<\/p>/.exec(html)?.[1];
    expect(summary(worker.html)).not.toBe(summary(base.html));
  });

  it("checks a partner agreement against Reg. (EU) 2019/1150 on its page and in the API", async () => {
    await store.addVersion(
      versionFromAnalysis(oneSidedAnalysis("dev.txt"), {
        service: "Acme Cloud",
        documentType: "Developer Terms",
      }),
    );
    const { response, html } = await page("/services/acme-cloud/Developer%20Terms");
    expect(response.status).toBe(200);
    expect(html).toContain("What the agreement owes you");
    expect(html).toContain("not legal advice");
    expect(html).toMatch(/S5 Named mediators/);
    const consumer = await page("/services/acme-cloud/Developer%20Terms?party=consumer");
    expect(consumer.html).not.toContain("What the agreement owes you");
    const api = await app.request("/api/services/acme-cloud/documents/Developer%20Terms");
    const report = (await api.json()) as {
      assessment: { safeguards: Array<{ id: string; present: boolean }> };
    };
    expect(report.assessment.safeguards.map((s) => s.id)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7"]);
    // The consumer terms of the same service are read for a consumer: no safeguards.
    expect((await page("/services/acme-cloud/terms")).html).not.toContain("What the agreement owes you");
  });

  it("refuses a context it does not know with a 400 page", async () => {
    const { response, html } = await page("/services/acme-cloud/terms?party=king");
    expect(response.status).toBe(400);
    expect(html).toContain("party=consumer|worker|business");
  });

  it("lists services A–Z and shows a service with grade history and related services", async () => {
    const list = await page("/services");
    expect(list.html.indexOf("Acme Cloud")).toBeLessThan(list.html.indexOf("Boxly"));
    expect(list.html).toContain('id="letter-H"');
    const service = await page("/services/acme-cloud");
    expect(service.html).toContain("Grade history");
    expect(service.html).toMatch(/similar clause profile[\s\S]*href="\/services\/boxly"/);
    expect((await page("/services/nope")).response.status).toBe(404);
  });

  it("serves a hub per category and per source of imbalance", async () => {
    const hub = await page("/categories/a");
    expect(hub.html).toContain("How equals write it");
    expect(hub.html).toContain('href="/services/acme-cloud"');
    expect(hub.html).not.toContain('href="/services/harbour-co-op"');
    const source = await page("/imbalance/overwhelming-power");
    expect(source.html).toContain('href="/categories/j"');
    expect((await page("/categories/zz")).response.status).toBe(404);
  });

  it("compares a sector clause by clause and signals no real choice", async () => {
    const { html } = await page("/sectors/cloud-storage");
    expect(html).toContain("No real choice");
    expect(html).toMatch(/Arbitration<\/a>: 2 of 2/);
    expect((await page("/sectors")).html).toContain('href="/sectors/cloud-storage"');
  });

  it("highlights search matches with <mark> and escapes the rest", async () => {
    const { html } = await page("/search?q=arbitration");
    expect(html).toContain("by binding <mark>arbitration</mark> and you waive");
    const hostile = await page(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(hostile.response.status).toBe(200);
    expect(hostile.html).not.toContain("<script>alert(1)");
    expect(hostile.html).toContain("&lt;script&gt;");
  });

  it("analyses pasted text from the home form without storing it", async () => {
    const form = new FormData();
    form.set("text", "We may terminate your account at any time. You accept binding arbitration.");
    form.set("party", "worker");
    const { response, html } = await page("/analyze", { method: "POST", body: form });
    expect(response.status).toBe(200);
    expect(html).toContain("Your pasted agreement");
    expect(html).toContain("Unilateral termination");
    expect(await store.countDocuments()).toBe(3);
  });

  it("sends an empty paste back to the form with a message", async () => {
    const form = new FormData();
    form.set("text", "   ");
    const { response, html } = await page("/analyze", { method: "POST", body: form });
    expect(response.status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain("Paste the text of an agreement or choose a file");
  });

  it("explains an unreadable upload on the form", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0, 1, 2, 0])], "photo.bin"));
    const { response, html } = await page("/analyze", { method: "POST", body: form });
    expect(response.status).toBe(415);
    expect(html).toContain("photo.bin: this looks like a binary file");
  });

  it("counts page views per hour and shows the most viewed on the home page", async () => {
    await page("/services/boxly");
    await page("/services/boxly");
    await page("/services/acme-cloud/terms");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const viewed = await store.mostViewed({ since: new Date(Date.now() - 3_600_000), limit: 5 });
    expect(viewed[0]).toEqual({ path: "/services/boxly", views: 2 });
    const home = await page("/");
    expect(home.html).toMatch(
      /Most viewed today[\s\S]*href="\/services\/boxly">Boxly<\/a> <span class="muted">2 views/,
    );
    // One view is "1 view", not "1 views".
    expect(home.html).toMatch(/>Acme Cloud terms<\/a> <span class="muted">1 view</);
  });

  it("publishes sitemap.xml, an HTML site map, an Atom feed and the method page", async () => {
    const xml = await page("/sitemap.xml");
    expect(xml.response.headers.get("Content-Type")).toContain("application/xml");
    for (const path of [
      "/services/acme-cloud",
      "/services/boxly/terms",
      "/services/harbour-co-op/terms",
      "/categories/ltd",
    ]) {
      expect(xml.html).toContain(`<loc>http://localhost${path}</loc>`);
    }
    expect((await page("/sitemap")).html).toContain('href="/services/boxly/terms"');
    const feed = await page("/feed.xml");
    expect(feed.html).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.html.match(/<entry>/g)).toHaveLength(3);
    const method = await page("/method");
    expect(method.html).toContain("CC BY 4.0");
    expect(method.html).toContain("MIT");
  });

  it("answers an unknown address with a 404 page", async () => {
    const { response, html } = await page("/no/such/page");
    expect(response.status).toBe(404);
    expect(html).toContain("Page not found");
  });
});
