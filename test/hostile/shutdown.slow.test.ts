/**
 * Graceful shutdown: the real `counterweight serve` process, a slow analysis in flight, SIGTERM.
 * The analysis must complete with 200, new connections must be refused, and the process must exit 0.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** About 1.5 MB of agreement text: long enough that its analysis is still running when SIGTERM lands. */
const SLOW_TEXT =
  "We may terminate your account at any time without notice, and you waive any class action. ".repeat(16_000);

describe("SIGTERM", () => {
  it("finishes the request in flight, then exits 0", { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "cw-shutdown-"));
    dirs.push(dir);
    const child = spawn(
      process.execPath,
      [
        "bin/counterweight.js",
        "serve",
        "--port",
        "0",
        "--db",
        join(dir, "db.sqlite"),
        "--rate-limit",
        "0",
        "--seed",
        "examples",
      ],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /registry at (http:\/\/\S+)/.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.stdout.resume();
      void exited.then((code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
    });

    const started = performance.now();
    const inFlight = fetch(`${url}/api/analyze`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: SLOW_TEXT }),
    });
    // Let the request reach the server and start analysing, then ask it to stop.
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill("SIGTERM");
    const response = await inFlight;
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    const report = (await response.json()) as { findings?: unknown[] };
    expect(Array.isArray(report.findings) && report.findings.length).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThan(400);
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});
