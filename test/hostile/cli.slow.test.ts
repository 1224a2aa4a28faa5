/**
 * Issue 7's bar for the command line: every hostile input through the real `counterweight analyze`
 * process gives a JSON report or exit code 2 with one line on stderr and no stack trace, within
 * 20 s of CPU time and 1.5 GB (peak resident memory), both measured in the child; a child still
 * running after 60 s of wall time is killed and fails as a hang.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileCases } from "./corpus.ts";
import { BOUNDS, cliProblem, runCli, writeCase } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cw-hostile-cli-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("hostile input through the CLI", () => {
  for (const hostile of hostileCases()) {
    it(`${hostile.id}: ${hostile.what}`, { timeout: 120_000 }, async () => {
      const path = await writeCase(hostile, dir);
      const run = await runCli(path, hostile.cliFlags);
      await rm(path, { force: true });
      expect(cliProblem(run, hostile.fileName)).toBeUndefined();
      expect(run.cpuSeconds).toBeLessThan(BOUNDS.seconds);
      expect(run.peakMegabytes).toBeLessThan(BOUNDS.peakMegabytes);
      const refusedOnly = !hostile.expected.includes("ok");
      if (refusedOnly) expect(run.exitCode).toBe(2);
    });
  }
});
