/**
 * The `counterweight` command as a user runs it: a real process, real files, exit codes and stderr.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "..", "bin", "counterweight.js");
const CORPUS_EN = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "corpora",
  "tos-unfair-clauses",
  "en",
  "xml",
);
const EXAMPLE = join(import.meta.dirname, "..", "examples", "driftwood-terms.md");
const FAIR_EXAMPLE = join(import.meta.dirname, "..", "examples", "harbour-coop-terms.md");

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], input?: string): Promise<Result> {
  try {
    const child = run(process.execPath, [CLI, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    } else {
      child.child.stdin?.end();
    }
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

function expectOneLineError(result: Result, code = 2) {
  expect(result.code).toBe(code);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "counterweight-cli-"));
});

describe("counterweight analyze", () => {
  it("prints JSON whose sentence offsets slice the document text exactly (Uber)", async () => {
    const result = await cli(["analyze", join(CORPUS_EN, "Uber.xml"), "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toMatch(/^\d+\.\d+/);
    const text: string = report.document.text;
    expect(text).not.toMatch(/<\/?(ltd|ter|use|ch|j|law|a|cr|pinc)[123]>/);
    expect(report.sentences.length).toBeGreaterThan(100);
    // Sentences are trimmed, in order, never overlap, and together hold every non-space character.
    let covered = "";
    let previousEnd = 0;
    for (const sentence of report.sentences) {
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      expect(sentence.end).toBeLessThanOrEqual(text.length);
      const slice = text.slice(sentence.start, sentence.end);
      expect(slice.length).toBeGreaterThan(0);
      expect(slice.trim()).toBe(slice);
      covered += slice;
      previousEnd = sentence.end;
    }
    expect(covered.replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
    for (const heading of report.headings) expect(text.slice(heading.start, heading.end)).toBe(heading.text);
    for (const finding of report.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    for (const unit of [...report.headings, ...report.clauses]) {
      expect(unit.end).toBeGreaterThan(unit.start);
      expect(unit.end).toBeLessThanOrEqual(text.length);
    }
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(finding.explanation.length).toBeGreaterThan(0);
      expect(finding.counterpart.length).toBeGreaterThan(0);
      expect(finding.powerSource).toBeTruthy();
    }
    expect(report.assessment.grade).toMatch(/^[A-E]$/);
  });

  it("reads standard input", async () => {
    const result = await cli(
      ["analyze", "-", "--format", "json"],
      "We may terminate your account at any time for any reason.\n",
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.document.name).toBe("stdin");
    expect(report.findings.some((f: { category: string }) => f.category === "ter")).toBe(true);
  });

  it("analyses a folder recursively, one JSON object per line", async () => {
    const folder = join(scratch, "folder");
    await mkdir(join(folder, "nested"), { recursive: true });
    await writeFile(
      join(folder, "a.txt"),
      "These terms are governed by the laws of the State of California.\n",
    );
    await writeFile(
      join(folder, "nested", "b.md"),
      "# Terms\n\nWe may change these terms at any time without notice.\n",
    );
    const result = await cli(["analyze", folder, "--format", "json"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).document.name).sort()).toEqual([
      join(folder, "a.txt"),
      join(folder, "nested", "b.md"),
    ]);
  });

  it("writes HTML to --out", async () => {
    const out = join(scratch, "report.html");
    const result = await cli(["analyze", EXAMPLE, "--format", "html", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
  });

  it("--fail-on clearly-unfair exits 1 on Uber and 0 on a fair agreement", async () => {
    const uber = await cli(["analyze", join(CORPUS_EN, "Uber.xml"), "--fail-on", "clearly-unfair"]);
    expect(uber.code).toBe(1);
    const fair = await cli(["analyze", FAIR_EXAMPLE, "--fail-on", "clearly-unfair"]);
    expect(fair.code).toBe(0);
  });
});

describe("bad input: exit 2, one line on stderr, no stack trace", () => {
  it("a missing file", async () => {
    const result = await cli(["analyze", join(scratch, "nope.pdf")]);
    expectOneLineError(result);
    expect(result.stderr).toContain("nope.pdf");
  });

  it("an agreement in a language it does not read yet (the German corpus version of Spotify's terms)", async () => {
    const result = await cli(["analyze", join(CORPUS_EN, "..", "..", "de", "xml", "Spotify.xml")]);
    expectOneLineError(result);
    expect(result.stderr).toMatch(/Spotify\.xml: this agreement is in German \(de/);
    expect(result.stdout).toBe("");
  });

  it("an empty file", async () => {
    const path = join(scratch, "empty.txt");
    await writeFile(path, "");
    expectOneLineError(await cli(["analyze", path]));
  });

  it("an unsupported type (PNG image named .txt)", async () => {
    const path = join(scratch, "image.txt");
    await writeFile(
      path,
      Buffer.from(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082",
        "hex",
      ),
    );
    expectOneLineError(await cli(["analyze", path]));
  });

  it("a corrupt PDF", async () => {
    const path = join(scratch, "broken.pdf");
    await writeFile(path, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage");
    const result = await cli(["analyze", path]);
    expectOneLineError(result);
    expect(result.stderr).toContain("broken.pdf");
  });

  it("a corrupt DOCX", async () => {
    const path = join(scratch, "broken.docx");
    await writeFile(path, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    expectOneLineError(await cli(["analyze", path]));
  });

  it("a file over the size limit", async () => {
    const path = join(scratch, "big.txt");
    await writeFile(path, "We may terminate your account. ".repeat(4000));
    const result = await cli(["analyze", path, "--max-bytes", "10KB"]);
    expectOneLineError(result);
    expect(result.stderr).toMatch(/--max-bytes/);
  });

  it("undecodable binary bytes", async () => {
    const path = join(scratch, "noise.txt");
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    await writeFile(path, bytes);
    expectOneLineError(await cli(["analyze", path]));
  });

  it("an unknown option and an unknown format", async () => {
    expectOneLineError(await cli(["analyze", EXAMPLE, "--bogus"]));
    expectOneLineError(await cli(["analyze", EXAMPLE, "--format", "pdf"]));
  });
});
