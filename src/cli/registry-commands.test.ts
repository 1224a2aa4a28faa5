/** `counterweight import` and `counterweight serve` as a user runs them: real processes, a temporary database. */
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = join(import.meta.dirname, "..", "..", "bin", "counterweight.js");
const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const dir = mkdtempSync(join(tmpdir(), "cw-cli-registry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("counterweight import", () => {
  const db = join(dir, "import.db");

  it("adds each file as a service named after it, and re-import is a no-op", async () => {
    // A folder of agreements only: examples/ itself also holds rendered reports.
    const agreements = join(dir, "agreements");
    await mkdir(agreements, { recursive: true });
    for (const file of ["driftwood-terms.md", "harbour-coop-terms.md"]) {
      await copyFile(join(EXAMPLES, file), join(agreements, file));
    }
    const first = await cli(["import", agreements, "--db", db, "--sector", "Examples"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created\s+driftwood\/terms/);
    expect(first.stdout).toMatch(/created\s+harbour-coop\/terms/);
    expect(first.stdout).toContain("2 new, 0 changed, 0 unchanged, 0 failed");
    const again = await cli(["import", agreements, "--db", db]);
    expect(again.stdout).toContain("0 new, 0 changed, 2 unchanged, 0 failed");
  }, 180_000);

  it("names one service for a file with --service and honours DATABASE_URL", async () => {
    const result = await cli(
      ["import", join(EXAMPLES, "driftwood-terms.md"), "--service", "Driftwood Cloud"],
      {
        DATABASE_URL: join(dir, "env.db"),
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/created\s+driftwood-cloud\/terms/);
    expect(result.stdout).toContain("env.db");
  });

  it("reports a missing path as one line and exit code 2", async () => {
    const result = await cli(["import", join(dir, "nope"), "--db", db]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no such file or folder");
  });

  it("imports the seed or files, never neither or both, with a one-line usage error", async () => {
    const neither = await cli(["import", "--db", db]);
    expect(neither.code).toBe(2);
    expect(neither.stderr.trim().split("\n")).toHaveLength(1);
    expect(neither.stderr).toContain("or --seed for the bundled real agreements");
    const both = await cli(["import", join(dir, "nope"), "--seed", "--db", db]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("not both");
    const queued = await cli(["import", "--seed", "--queue", "--db", db]);
    expect(queued.code).toBe(2);
    expect(queued.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses an unknown --seed choice for serve", async () => {
    const result = await cli(["serve", "--seed", "everything", "--port", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("everything");
  });
});

describe("counterweight serve", () => {
  it("seeds an empty database with the examples and serves the home page", async () => {
    // The examples only: the real agreements' first-start import has its own tests (src/jobs, src/server).
    const args = ["serve", "--port", "0", "--db", join(dir, "serve.db"), "--seed", "examples"];
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, HOST: "127.0.0.1" },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /registry at (http:\/\/\S+)/.exec(stderr);
          if (match) resolve(match[1]!);
        });
        child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('href="/services/driftwood/terms"');
      // Analyses run in worker threads under the real launcher: a report and a user error both come back.
      const analyzed = await fetch(`${url}/api/analyze`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "We may terminate your account at any time for any reason." }),
      });
      expect(analyzed.status).toBe(200);
      expect(((await analyzed.json()) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
      const binary = new FormData();
      binary.set("file", new File([new Uint8Array([0, 0, 0, 0, 1, 2, 3])], "x.bin"));
      const refused = await fetch(`${url}/api/analyze`, { method: "POST", body: binary });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("refuses a bad port as a usage error", async () => {
    const result = await cli(["serve", "--port", "99999"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("port");
  });
});
