/**
 * `counterweight diff` as a user runs it: a real process, real files, exit codes and output.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { DIFF_SCHEMA_VERSION } from "../diff/index.ts";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "..", "..", "bin", "counterweight.js");
const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "driftwood-terms.md");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let scratch: string;
let older: string;
let newer: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "counterweight-diff-"));
  const text = await readFile(EXAMPLE, "utf8");
  older = join(scratch, "terms-v1.md");
  newer = join(scratch, "terms-v2.md");
  await writeFile(older, text);
  await writeFile(
    newer,
    `${text}\n\nWe may terminate your account at any time for any reason, without notice and without any refund.\n`,
  );
});

describe("counterweight diff", () => {
  it("prints the summary first, then the added clause", async () => {
    const result = await cli(["diff", older, newer]);
    expect(result.code).toBe(0);
    const summaryAt = result.stdout.indexOf("Summary");
    const addedAt = result.stdout.indexOf("+ added");
    expect(summaryAt).toBeGreaterThan(0);
    expect(addedAt).toBeGreaterThan(summaryAt);
    expect(result.stdout).toContain("We may terminate your account at any time for any reason");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("writes versioned JSON and self-contained HTML with --out", async () => {
    const jsonPath = join(scratch, "diff.json");
    expect((await cli(["diff", older, newer, "--format", "json", "--out", jsonPath])).code).toBe(0);
    const json = JSON.parse(await readFile(jsonPath, "utf8"));
    expect(json.schemaVersion).toBe(DIFF_SCHEMA_VERSION);
    expect(json.counts.added).toBe(1);
    expect(json.counts.removed).toBe(0);

    const htmlPath = join(scratch, "diff.html");
    expect((await cli(["diff", older, newer, "--format", "html", "--out", htmlPath])).code).toBe(0);
    const html = await readFile(htmlPath, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("exits 2 with one line for a missing file or a bad option", async () => {
    const missing = await cli(["diff", older, join(scratch, "nope.md")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("nope.md");

    const badFormat = await cli(["diff", older, newer, "--format", "pdf"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr.trim().split("\n")).toHaveLength(1);
  });
});
