/**
 * Injection through every way text gets into the registry — document text, service name, sector
 * and URL (token-guarded API), pasted text, an upload's file name, a search query — must come out
 * inert on every page in the site map, in the Atom feed and in the XML site map.
 */
import type { Hono } from "hono";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/server/index.ts";
import { openStore } from "../../src/store/index.ts";
import { htmlProblems, visibleText } from "./inert.ts";
import { ADMIN_TOKEN, ALL, HOSTILE_TEXT, PAYLOADS, everyPagePath, seedHostile } from "./payloads.ts";
import { xmlProblem } from "./xml-check.ts";

let app: Hono;
let report: string;
beforeAll(async () => {
  app = createApp({ store: await openStore(":memory:"), adminToken: ADMIN_TOKEN, viewFlushMs: 0 });
  const { slug, type } = await seedHostile(app);
  report = `/services/${slug}/${type}`;
}, 60_000);

describe("injected payloads render inert", () => {
  it("on every page of the site map and the search page", async () => {
    const paths = await everyPagePath(app);
    expect(paths).toContain(report);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const response = await app.request(path);
      expect([200, 404], path).toContain(response.status);
      expect(response.headers.get("Content-Type"), path).toContain("text/html");
      expect(htmlProblems(await response.text()), path).toEqual([]);
    }
  });

  it("shows the payloads as text in the report, the service page and the search page", async () => {
    const page = visibleText(await (await app.request(report)).text());
    expect(page).toContain(PAYLOADS.script);
    expect(page).toContain("Evil");
    const search = await app.request(`/search?q=${encodeURIComponent(PAYLOADS.attribute)}`);
    expect(visibleText(await search.text())).toContain(PAYLOADS.attribute);
  });

  it("keeps the Atom feed and the XML site map well formed with the payloads escaped", async () => {
    for (const path of ["/feed.xml", "/sitemap.xml"]) {
      const xml = await (await app.request(path)).text();
      expect(xmlProblem(xml), path).toBeUndefined();
      expect(xml).not.toContain("<entry><title>injected");
      expect(xml).not.toContain("<script>");
    }
    const feed = await (await app.request("/feed.xml")).text();
    expect(feed).toContain("Evil ]]&#62;&#60;/title&#62;&#60;entry&#62;");
  });

  it("in the report of an upload whose file name is a payload", async () => {
    const form = new FormData();
    form.set("file", new File([HOSTILE_TEXT], `${PAYLOADS.attribute}${PAYLOADS.script}.txt`));
    const response = await app.request("/analyze", { method: "POST", body: form });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(htmlProblems(html)).toEqual([]);
    expect(visibleText(html)).toContain(PAYLOADS.attribute);
  });

  it("in the report of pasted text, and in the form that echoes refused text", async () => {
    const pasted = await app.request("/analyze", {
      method: "POST",
      body: new URLSearchParams({ text: HOSTILE_TEXT }),
    });
    expect(htmlProblems(await pasted.text())).toEqual([]);
    const strict = createApp({ store: await openStore(":memory:"), limits: { maxTextChars: 50 } });
    const escape = `</textarea>${PAYLOADS.script}${ALL}`;
    const refused = await strict.request("/analyze", {
      method: "POST",
      body: new URLSearchParams({ text: `${escape} ${"We may end it. ".repeat(10)}` }),
    });
    expect(refused.status).toBe(413);
    const html = await refused.text();
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain("</textarea><script>");
  });

  it("as JSON from the API, with the payloads as plain strings", async () => {
    const response = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: HOSTILE_TEXT, name: PAYLOADS.script }),
    });
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(JSON.stringify(await response.json())).toContain("window.__pwned=1");
  });
});

describe("the checks themselves", () => {
  it("catch handlers, javascript: URLs, inline scripts and malformed XML", () => {
    expect(htmlProblems('<p onclick="x">a</p>')).toHaveLength(1);
    expect(htmlProblems('<a href=" JavaScript:alert(1)">a</a>')).toHaveLength(1);
    expect(htmlProblems("<script>window.__pwned=1;alert(1)</script>")).toHaveLength(2);
    expect(htmlProblems('<script src="/assets/app.js"></script><a href="/x">x</a>')).toEqual([]);
    expect(xmlProblem("<a>&</a>")).toMatch(/bare &/);
    expect(xmlProblem("<a><b></a></b>")).toMatch(/closes nothing/);
    expect(xmlProblem('<a x="<">y</a>')).toMatch(/malformed/);
    expect(xmlProblem('<?xml version="1.0"?>\n<a x="1">&amp;&#60;<b/></a>\n')).toBeUndefined();
  });
});

describe("logs", () => {
  it("hold neither the write token nor the client's address when a request fails on our side", async () => {
    const logged: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const failing = createApp({
        store: await openStore(":memory:"),
        adminToken: ADMIN_TOKEN,
        analyze: () => Promise.reject(new Error("analyzer crashed")),
      });
      const response = await failing.request(
        "/api/documents",
        {
          method: "POST",
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify({ service: "X", text: "We may end it." }),
        },
        { incoming: { socket: { remoteAddress: "203.0.113.99" } } },
      );
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain("analyzer crashed");
    } finally {
      spy.mockRestore();
    }
    expect(logged.length).toBeGreaterThan(0);
    const text = logged.map((entry) => String((entry as unknown[])[0]) + JSON.stringify(entry)).join("\n");
    expect(text).toContain("analyzer crashed");
    expect(text).not.toContain(ADMIN_TOKEN);
    expect(text).not.toContain("203.0.113.99");
  });
});
