/**
 * `counterweight track` as a user runs it (a real process, the real pipeline) against a local
 * HTTP server on 127.0.0.1: first round creates, second is unchanged (a changing navigation bar
 * outside the selector does not count), a changed page makes a new version with its finding
 * deltas, a 503-then-200 source is retried, a 404 source is reported and the others still
 * processed; loopback is refused without the flag; a scheduled run re-reads the declarations each
 * round and SIGTERM stops it cleanly.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../store/index.ts";
import { parseInterval } from "./track-command.ts";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "..", "..", "bin", "counterweight.js");
const dir = mkdtempSync(join(tmpdir(), "cw-track-"));
const db = join(dir, "track.db");

const CLAUSES = [
  "Welcome to Acme. These terms apply when you use the Acme service.",
  "You may cancel your subscription at any time from your account page.",
  "We will give you thirty days of notice before any change to these terms takes effect.",
];
const ADDED = [
  "We may terminate your account at any time, for any reason, without notice.",
  "All disputes shall be resolved exclusively by binding arbitration, and you waive any right to a class action.",
];

let acmeClauses = CLAUSES;
let views = 0;
let flakyRequests = 0;
let server: Server;
let origin: string;

function acmePage(): string {
  views += 1;
  // The navigation changes on every view; only <main> is declared as the terms.
  return `<!doctype html><html><head><title>Acme terms</title></head><body><nav>Menu · ${views} visitors online</nav><main><h1>Terms of Service</h1>${acmeClauses.map((c) => `<p>${c}</p>`).join("")}</main></body></html>`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/acme/terms") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(acmePage());
    } else if (request.url === "/flaky/terms.txt") {
      flakyRequests += 1;
      if (flakyRequests === 1) response.writeHead(503).end("busy");
      else
        response
          .writeHead(200, { "Content-Type": "text/plain; charset=utf-8" })
          .end("Flaky terms.\n\nWe may change these terms at any time without notice to you.\n");
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

function declarations(name: string, entries: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(entries));
  return path;
}

const ACME = () => ({
  service: "Acme",
  documentType: "terms",
  url: `${origin}/acme/terms`,
  selector: "main",
});
const FLAKY = () => ({ service: "Flaky", documentType: "terms", url: `${origin}/flaky/terms.txt` });
const GONE = () => ({ service: "Gone", documentType: "terms", url: `${origin}/gone` });

async function track(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, "track", ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("counterweight track", () => {
  it("creates, retries, reports a 404 and goes on; then unchanged; then a change with its deltas", async () => {
    const all = declarations("all.json", [GONE(), ACME(), FLAKY()]);
    const first = await track([all, "--once", "--db", db, "--allow-loopback"]);
    expect(first.stderr).toBe("");
    const lines = first.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Gone terms: failed: .*404/);
    expect(lines[1]).toMatch(/^Acme terms: created: grade [A-E] \(version \d+\)$/);
    expect(lines[2]).toMatch(/^Flaky terms: created: grade [A-E] \(version \d+\) after 2 attempts$/);
    expect(lines[3]).toMatch(/^2 new, 0 changed, 0 unchanged, 1 failed → /);
    expect(first.code).toBe(2);
    expect(flakyRequests).toBe(2);

    const good = declarations("good.json", [ACME(), FLAKY()]);
    const second = await track([good, "--once", "--db", db, "--allow-loopback"]);
    expect(second.stdout).toContain("Acme terms: unchanged\n");
    expect(second.stdout).toContain("Flaky terms: unchanged\n");
    expect(second.stdout).toContain("0 new, 0 changed, 2 unchanged, 0 failed");
    expect(second.code).toBe(0);

    acmeClauses = [...CLAUSES, ...ADDED];
    const third = await track([good, "--once", "--db", db, "--allow-loopback"]);
    expect(third.code).toBe(0);
    const changed =
      /^Acme terms: changed: grade ([A-E]( → [A-E]| unchanged)), (\d+) finding deltas? \(version \d+\)$/m.exec(
        third.stdout,
      );
    expect(changed, third.stdout).not.toBeNull();
    expect(Number(changed![3])).toBeGreaterThanOrEqual(1);

    const store = await openStore(db);
    try {
      const acme = await store.getService("acme");
      expect(acme?.url).toBe(`${origin}/acme/terms`);
      expect(acme?.documents[0]?.versions).toHaveLength(2);
      expect((await store.getService("flaky"))?.documents[0]?.versions).toHaveLength(1);
      expect(await store.getService("gone")).toBeUndefined();
    } finally {
      await store.close();
    }
  }, 120_000);

  it("refuses a loopback source unless allowed, and says why", async () => {
    const only = declarations("loopback.json", [GONE()]);
    const result = await track([only, "--once", "--db", db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^Gone terms: failed: .*(loopback|refused|not allowed)/im);
  }, 60_000);

  it("reports a bad declarations file as one line, exit 2", async () => {
    const bad = declarations("bad.json", [{ service: "Acme", url: "file:///etc/passwd" }]);
    const result = await track([bad, "--once", "--db", db]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `error: ${bad}: entry 1 (Acme): url: give an http:// or https:// address`,
    );
  }, 60_000);

  it("repeats on an interval, re-reading the declarations each round, until SIGTERM", async () => {
    const file = declarations("scheduled.json", [FLAKY()]);
    const child = spawn(
      process.execPath,
      [CLI, "track", file, "--db", db, "--allow-loopback", "--interval", "1s"],
      {
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    let stdout = "";
    let stderr = "";
    let rounds = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = stderr.match(/next round at/g)?.length ?? 0;
      if (done === rounds) return;
      rounds = done;
      // After round 1 a source is added (picked up by round 2); after round 2 the file breaks (round 3 keeps the list).
      if (rounds === 1) declarations("scheduled.json", [FLAKY(), ACME()]);
      if (rounds === 2) writeFileSync(file, "[{");
      // Once: a second signal after the command removed its handlers would kill it outright.
      if (rounds === 3) child.kill("SIGTERM");
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stdout.match(/^Flaky terms: /gm)).toHaveLength(3);
    expect(stdout.match(/^Acme terms: /gm)).toHaveLength(2);
    expect(stderr).toContain("scheduled.json: not valid JSON");
    expect(stderr).toContain("keeping the declarations of the previous round");
    expect(stderr).toContain("SIGTERM: stopping");
    expect(code).toBe(0);
  }, 60_000);
});

describe("parseInterval", () => {
  it("reads seconds, minutes, hours and days and refuses nonsense", () => {
    expect(parseInterval("6h")).toBe(6 * 3_600_000);
    expect(parseInterval("30m")).toBe(1_800_000);
    expect(parseInterval("90")).toBe(90_000);
    expect(parseInterval("1d")).toBe(86_400_000);
    for (const bad of ["0s", "soon", "-1h", "30d", ""]) expect(() => parseInterval(bad)).toThrow(/interval/);
  });
});
