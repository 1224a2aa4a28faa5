/**
 * The resumability bar: `counterweight import` killed with SIGKILL at random points and rerun ends
 * with every document exactly once and a consistent store. Slow (real processes, 50 corpus files).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "counterweight.js");
const CORPUS = join(ROOT, "..", "shared", "corpora", "tos-unfair-clauses", "en", "xml");

/** Runs the import; with `killAfter`, SIGKILLs it once that many documents were reported stored. */
function runImport(db: string, killAfter?: number): Promise<{ stored: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "import", CORPUS, "--db", db, "--workers", "2"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stored = 0;
    let killed = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stored += chunk.match(/^created /gm)?.length ?? 0;
      if (killAfter !== undefined && stored >= killAfter && !killed) {
        killed = child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", () => resolve({ stored, killed }));
  });
}

/** A small seeded generator (mulberry32), so the kill points are random but the same every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("import killed with SIGKILL and rerun", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-kill-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ends with every document exactly once after three kills at random points", async () => {
    const db = join(dir, "registry.db");
    const random = seeded(20261128);
    let total = 0;
    for (let round = 0; round < 3; round++) {
      // Kill after a few more documents than are stored already, leaving the rest for later rounds.
      const more = 3 + Math.floor(random() * 10);
      const run = await runImport(db, more);
      expect(run.killed).toBe(true);
      total += run.stored;
    }
    expect(total).toBeLessThan(50);
    const last = await runImport(db);
    expect(last.killed).toBe(false);
    expect(total + last.stored).toBe(50);

    const sqlite = new BetterSqlite3(db);
    try {
      const count = (query: string) => (sqlite.prepare(query).get() as { n: number }).n;
      expect(count("SELECT count(*) AS n FROM documents")).toBe(50);
      expect(count("SELECT count(*) AS n FROM versions")).toBe(50);
      expect(count("SELECT count(*) AS n FROM documents WHERE version_count <> 1")).toBe(0);
      expect(count("SELECT count(*) AS n FROM documents WHERE latest_version_id IS NULL")).toBe(0);
      expect(count("SELECT count(DISTINCT version_id) AS n FROM passages")).toBe(50);
      // The full-text index holds exactly the passage rows.
      expect(count("SELECT count(*) AS n FROM passages_fts")).toBe(
        count("SELECT count(*) AS n FROM passages"),
      );
      expect(() =>
        sqlite.prepare("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')").run(),
      ).not.toThrow();
    } finally {
      sqlite.close();
    }
  }, 300_000);
});
