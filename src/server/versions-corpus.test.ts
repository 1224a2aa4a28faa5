/**
 * Versions with the real pipeline on a real agreement: importing Uber's terms twice keeps one
 * version; an edited copy (a moved clause, an edited clause, an added termination clause) makes a
 * second, and the diff API and page name the changed clauses and the finding deltas.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/index.ts";
import { createApp } from "./app.tsx";
import { importDocuments } from "./import-documents.ts";
import { CORPUS_XML, editedUberTerms } from "./testing/edited-terms.ts";

const dir = mkdtempSync(join(tmpdir(), "cw-versions-"));
let store: Store;

beforeAll(async () => {
  store = await openStore(":memory:");
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface JsonDiff {
  clauses: Array<{
    kind: string;
    newer?: { headingPath: string[]; text: string };
    older?: { headingPath: string[]; text: string };
  }>;
  findingDeltas: Array<{ kind: string; category: string; direction: string; summary: string }>;
}

describe("versions of a real agreement", () => {
  it("one version for the same file twice, two for an edited copy, and a diff that names the changes", async () => {
    const original = `${CORPUS_XML}/Uber.xml`;
    expect(await importDocuments(store, original)).toMatchObject({ created: 1, failed: 0 });
    expect(await importDocuments(store, original)).toMatchObject({ unchanged: 1, created: 0, changed: 0 });
    expect((await store.getService("uber"))?.documents[0]?.versions).toHaveLength(1);

    const edited = join(dir, "Uber.xml");
    writeFileSync(edited, editedUberTerms());
    expect(await importDocuments(store, edited)).toMatchObject({ changed: 1 });
    expect((await store.getService("uber"))?.documents[0]?.versions).toHaveLength(2);

    const app = createApp({ store, viewFlushMs: 0, rateLimit: false });
    const response = await app.request("/api/services/uber/documents/terms/diff");
    expect(response.status).toBe(200);
    const diff = (await response.json()) as JsonDiff;
    // The notice clause moved: shown as moved, not as removed + added.
    const moved = diff.clauses.filter((c) => c.kind === "moved");
    expect(moved.some((c) => c.newer!.text.startsWith("Uber may give notice"))).toBe(true);
    expect(
      diff.clauses.some((c) => c.kind === "removed" && c.older!.text.startsWith("Uber may give notice")),
    ).toBe(false);
    const edits = diff.clauses.filter((c) => c.kind === "edited");
    expect(edits.map((c) => c.newer!.headingPath.at(-1))).toContain("6. Governing Law; Arbitration.");
    expect(diff.findingDeltas).toContainEqual(
      expect.objectContaining({ kind: "category-added", category: "ter", direction: "worse" }),
    );

    const page = await app.request("/services/uber/terms/changes");
    const html = await (await app.request(page.headers.get("Location")!)).text();
    expect(html).toContain("New clearly unfair unilateral termination clause");
    expect(html).toMatch(/<del>The<\/del>/);
    expect(html).toMatch(/<ins>State of California<\/ins>/);
    expect(html).toContain('<span class="kind">Moved</span>');
  }, 60_000);
});
