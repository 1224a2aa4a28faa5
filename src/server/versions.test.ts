/**
 * Versions in the registry, through the app: importing identical text keeps one version, an edited
 * copy makes a second; the timeline, the diff page, the diff API and the change feeds then name
 * the changed clauses and the finding deltas. Feeds are parsed by a strict XML parser (Python's).
 */
import { spawnSync } from "node:child_process";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/index.ts";
import { createApp } from "./app.tsx";
import { fakeAnalyzer } from "./testing/fake-analyzer.ts";

const TOKEN = "versions-test-token-0123456789";
const SERVICE = `Acme <b>"Fair" & 'Square'</b>`;

const FIRST = [
  "Welcome to Acme. By using the service you agree to these terms.",
  "You may cancel your subscription at any time from your account page.",
  "All disputes shall be resolved in the courts where you live.",
  "We keep your personal data safe and never sell it to anyone.",
].join("\n");

// Clause 3 now imposes arbitration, a termination clause is added, the data clause moves to the top.
const SECOND = [
  "We keep your personal data safe and never sell it to anyone.",
  "Welcome to Acme. By using the service you agree to these terms.",
  "You may cancel your subscription at any time from your account page.",
  "All disputes shall be resolved by binding arbitration and not in the courts where you live.",
  "We may terminate your account at any time.",
].join("\n");

let app: Hono;
let store: Store;
let slug: string;

beforeEach(async () => {
  store = await openStore(":memory:");
  app = createApp({
    store,
    adminToken: TOKEN,
    analyze: fakeAnalyzer,
    viewFlushMs: 0,
    rateLimit: false,
    onInternalError: (error) => {
      throw error;
    },
  });
});
afterEach(() => store.close());

async function importText(text: string) {
  const response = await app.request("/api/documents", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ service: SERVICE, text, documentType: "terms" }),
  });
  const result = (await response.json()) as { status: string; serviceSlug: string; versionId: number };
  slug = result.serviceSlug;
  return result;
}

interface VersionList {
  versions: Array<{ id: number; grade: string; links: { report: string; changes?: string; diff?: string } }>;
}

const getJson = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as T };
};

interface AtomEntry {
  title: string;
  link: string;
  summary: string;
  content: string;
}

/** Parses an Atom document with Python's strict XML parser: throws on anything not well-formed. */
function parseAtom(xml: string): { title: string; entries: AtomEntry[] } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
ns = {"a": "http://www.w3.org/2005/Atom"}
root = ET.fromstring(sys.stdin.buffer.read())
entries = [{"title": e.findtext("a:title", "", ns), "link": e.find("a:link", ns).get("href"),
            "summary": e.findtext("a:summary", "", ns), "content": e.findtext("a:content", "", ns)}
           for e in root.findall("a:entry", ns)]
print(json.dumps({"title": root.findtext("a:title", "", ns), "entries": entries}))`;
  const run = spawnSync("python3", ["-c", script], { input: xml, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`not well-formed XML: ${run.stderr}`);
  return JSON.parse(run.stdout) as { title: string; entries: AtomEntry[] };
}

describe("versions of a document", () => {
  it("keeps one version for identical text and adds one for an edited copy", async () => {
    expect((await importText(FIRST)).status).toBe("created");
    expect((await importText(FIRST)).status).toBe("unchanged");
    const path = `/api/services/${slug}/documents/terms/versions`;
    expect((await getJson<VersionList>(path)).body.versions).toHaveLength(1);

    expect((await importText(SECOND)).status).toBe("changed");
    const { versions } = (await getJson<VersionList>(path)).body;
    expect(versions).toHaveLength(2);
    const [newer, older] = versions;
    expect(newer!.links.changes).toBe(`/services/${slug}/terms/changes/${older!.id}..${newer!.id}`);
    expect(older!.links.changes).toBeUndefined();
    expect(older!.links.report).toBe(`/services/${slug}/terms/versions/${older!.id}`);
  });

  it("diff API names the edited, added and moved clauses and the finding deltas", async () => {
    await importText(FIRST);
    await importText(SECOND);
    const { status, body } = await getJson<{
      schemaVersion: string;
      clauses: Array<{ kind: string; newer?: { text: string }; words?: Array<{ op: string; text: string }> }>;
      findingDeltas: Array<{ kind: string; category: string; direction: string }>;
      summary: string[];
    }>(`/api/services/${slug}/documents/terms/diff`);
    expect(status).toBe(200);
    expect(body.schemaVersion).toBeDefined();
    const edited = body.clauses.find((c) => c.kind === "edited");
    const inserted = edited?.words?.filter((w) => w.op === "insert").map((w) => w.text) ?? [];
    expect(inserted.join(" ")).toContain("binding arbitration");
    expect(body.clauses.find((c) => c.kind === "added")?.newer?.text).toContain("terminate your account");
    expect(body.clauses.find((c) => c.kind === "moved")?.newer?.text).toContain("personal data");
    expect(body.findingDeltas.map((d) => `${d.kind}:${d.category}`).sort()).toEqual([
      "category-added:a",
      "category-added:ter",
    ]);
    expect(body.findingDeltas.every((d) => d.direction === "worse")).toBe(true);
    expect(body.summary.join(" ")).toMatch(/arbitration/i);
  });

  it("diff API refuses bad ids, foreign versions and a document with one version", async () => {
    await importText(FIRST);
    const base = `/api/services/${slug}/documents/terms/diff`;
    expect((await app.request(base)).status).toBe(404);
    const first = (await getJson<VersionList>(`/api/services/${slug}/documents/terms/versions`)).body;
    await importText(SECOND);
    expect((await app.request(`${base}?from=abc`)).status).toBe(400);
    expect((await app.request(`${base}?from=999999`)).status).toBe(404);
    expect(
      (await app.request(`${base}?from=${first.versions[0]!.id}&to=${first.versions[0]!.id}`)).status,
    ).toBe(400);
    expect((await app.request(`/api/services/nobody/documents/terms/diff`)).status).toBe(404);
    const error = (await (await app.request(`${base}?from=999999`)).json()) as { error: { message: string } };
    expect(error.error.message).toContain("/versions");
  });
});

describe("version pages", () => {
  it("service page shows a timeline linking each version's report and what changed", async () => {
    await importText(FIRST);
    await importText(SECOND);
    const html = await (await app.request(`/services/${slug}`)).text();
    const { versions } = (await getJson<VersionList>(`/api/services/${slug}/documents/terms/versions`)).body;
    expect(html).toContain(`href="/services/${slug}/terms/changes/${versions[1]!.id}..${versions[0]!.id}"`);
    expect(html).toContain(`href="/services/${slug}/terms/versions/${versions[1]!.id}"`);
    expect(html).toContain(`href="/services/${slug}/feed.xml"`);
    const home = await (await app.request("/")).text();
    expect(home).toMatch(/id="changed"[\s\S]*href="\/services\/[^"]+\/terms\/changes">what changed<\/a>/);
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml"[^>]*\/services\/[^"]*\/feed\.xml/,
    );
  });

  it("the diff page shows the grade change, the deltas and word marks, escaped, without script", async () => {
    await importText(FIRST);
    await importText(SECOND);
    const redirect = await app.request(`/services/${slug}/terms/changes`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("Location")!;
    expect(location).toMatch(new RegExp(`^/services/${slug}/terms/changes/\\d+\\.\\.\\d+$`));
    const response = await app.request(location);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("What changed in the findings");
    expect(html).toMatch(/<ins>[^<]*binding arbitration[^<]*<\/ins>/);
    expect(html).toContain(
      '<article class="clause-change moved"><header><span class="kind">Moved</span> · from clause 4 to clause 1',
    );
    expect(html).toContain("A clause now reads as clearly unfair arbitration.");
    expect(html).toContain("New clearly unfair unilateral termination clause");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;");
  });

  it("an older version's report page carries a notice; foreign or unknown ids are 404", async () => {
    await importText(FIRST);
    await importText(SECOND);
    const { versions } = (await getJson<VersionList>(`/api/services/${slug}/documents/terms/versions`)).body;
    const old = await app.request(`/services/${slug}/terms/versions/${versions[1]!.id}`);
    expect(old.status).toBe(200);
    expect(await old.text()).toContain("earlier version");
    expect((await app.request(`/services/${slug}/privacy/versions/${versions[1]!.id}`)).status).toBe(404);
    expect((await app.request(`/services/${slug}/terms/versions/x`)).status).toBe(404);
    expect((await app.request(`/services/${slug}/terms/changes/1..1`)).status).toBe(404);
    expect((await app.request(`/services/${slug}/terms/changes/1..99999`)).status).toBe(404);
  });
});

describe("change feeds", () => {
  it("list the change with its finding deltas and grade, well-formed and escaped", async () => {
    await importText(FIRST);
    await importText(SECOND);
    for (const path of ["/changes.xml", `/services/${slug}/feed.xml`]) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toContain("application/atom+xml");
      const feed = parseAtom(await response.text());
      expect(feed.entries).toHaveLength(1);
      const [entry] = feed.entries;
      expect(entry!.title).toContain(SERVICE);
      expect(entry!.title).toMatch(/grade [A-E]( → [A-E]| unchanged), 2 finding changes/);
      expect(entry!.summary).toMatch(/arbitration/i);
      expect(entry!.content).toMatch(/<li>.*arbitration.*<\/li>/is);
      expect(entry!.link).toMatch(/\/changes\/\d+\.\.\d+$/);
    }
  });

  it("is empty before anything changed, and 404 for an unknown service", async () => {
    await importText(FIRST);
    expect(parseAtom(await (await app.request("/changes.xml")).text()).entries).toEqual([]);
    expect((await app.request("/services/nobody/feed.xml")).status).toBe(404);
  });

  it("are linked from every page and listed in the sitemap", async () => {
    await importText(FIRST);
    const home = await (await app.request("/")).text();
    expect(home).toContain(
      'type="application/atom+xml" title="What changed in the agreements" href="/changes.xml"',
    );
    const sitemap = await (await app.request("/sitemap.xml")).text();
    expect(sitemap).toContain("/changes.xml</loc>");
    expect(sitemap).toContain(`/services/${slug}/feed.xml</loc>`);
  });
});
