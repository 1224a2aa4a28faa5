import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { analyzeFolder } from "./analyze-folder.ts";

const TEXT = (n: number) =>
  `Terms ${n}.\nWe may terminate your account at any time without notice.\nAll disputes go to binding arbitration.\n`;

describe("analyze <folder> in parallel", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-analyze-folder-"));
  const input = join(dir, "in");
  const out = join(dir, "out");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every report with two threads, and a rerun redoes only inputs newer than their report", async () => {
    mkdirSync(input);
    for (let i = 0; i < 4; i++) writeFileSync(join(input, `t${i}.txt`), TEXT(i));
    const reports = [0, 1, 2, 3].map((i) => join(out, `t${i}.txt.json`));
    expect(await analyzeFolder(input, { format: "json", out, workers: 2 }, {})).toBe(0);
    for (const report of reports) expect(JSON.parse(readFileSync(report, "utf8")).findings).toBeDefined();

    // Pretend an interrupted run: report 0 is older than its input, report 3 is missing.
    const old = new Date(Date.now() - 60_000);
    utimesSync(reports[0]!, old, old);
    rmSync(reports[3]!);
    const before = reports.map((r) => statSync(r, { throwIfNoEntry: false })?.mtimeMs);
    expect(await analyzeFolder(input, { format: "json", out, workers: 2 }, {})).toBe(0);
    const after = reports.map((r) => statSync(r).mtimeMs);
    expect(after[0]).toBeGreaterThan(before[0]!);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect(after[3]).toBeDefined();
  }, 60_000);

  it("prints reports to standard output in file order whatever thread finishes first", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(await analyzeFolder(input, { format: "json", workers: 2 }, {})).toBe(0);
      const names = write.mock.calls.map((c) => JSON.parse(String(c[0])).document.name as string);
      expect(names.map((n) => n.slice(-6))).toEqual(["t0.txt", "t1.txt", "t2.txt", "t3.txt"]);
    } finally {
      write.mockRestore();
    }
  }, 60_000);
});
