/**
 * Runs one hostile case through the real `counterweight analyze` process and measures it: exit
 * code, stdout, stderr, wall time, and the child's CPU time and peak resident memory (recorded by
 * a preloaded module at exit, so no platform tool is needed).
 *
 * The 20 s bound is checked on CPU time, which other work on a shared machine barely changes;
 * wall time is reported, and a child still running after `killAfterSeconds` is killed (a hang).
 */
import { spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { HostileCase } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "counterweight.js");
const PRELOAD = join(import.meta.dirname, "record-peak-memory.mjs");

/** The bounds of issue 7. */
export const BOUNDS = { seconds: 20, peakMegabytes: 1536 } as const;

/** A child is killed after this long: three times the bound, so only a hang reaches it. */
export const KILL_AFTER_SECONDS = 60;

export interface CliRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time, including waiting for a busy machine. */
  seconds: number;
  /** CPU time of the child, all threads (undefined when it died before recording it). */
  cpuSeconds: number | undefined;
  /** Undefined when the child died before it could record it (killed, crashed). */
  peakMegabytes: number | undefined;
}

/** Writes the case's bytes into `dir` and returns the path. */
export async function writeCase(hostile: HostileCase, dir: string): Promise<string> {
  const path = join(dir, hostile.fileName);
  await writeFile(path, hostile.bytes());
  return path;
}

/**
 * Runs `node bin/counterweight.js analyze <path> --format json [flags]`, killing it after
 * `killAfterSeconds` (well past the bound, so a hang fails the bound check instead of the test runner).
 */
export async function runCli(
  path: string,
  flags: string[] = [],
  killAfterSeconds = KILL_AFTER_SECONDS,
): Promise<CliRun> {
  const peakFile = `${path}.peak`;
  await rm(peakFile, { force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", PRELOAD, CLI, "analyze", path, "--format", "json", ...flags],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", CW_PEAK_MEMORY_FILE: peakFile },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), killAfterSeconds * 1000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, sig) => resolve([code, sig])),
  );
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const recorded = await readFile(peakFile, "utf8")
    .then((text) => JSON.parse(text) as { peakKb: number; cpuMs: number })
    .catch(() => undefined);
  await rm(peakFile, { force: true });
  return {
    exitCode,
    signal,
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
    seconds,
    cpuSeconds: recorded && recorded.cpuMs / 1000,
    peakMegabytes: recorded && recorded.peakKb / 1024,
  };
}

/**
 * What is wrong with a run, or undefined when it meets the bar: exit 0 with a JSON report, or
 * exit 2 with exactly one line on stderr, naming the input, without a stack trace; within the bounds.
 */
export function cliProblem(run: CliRun, fileName: string): string | undefined {
  if (run.exitCode === 0) {
    try {
      JSON.parse(run.stdout);
    } catch {
      return "exit 0 but stdout is not a JSON report";
    }
  } else if (run.exitCode === 2) {
    const lines = run.stderr.split("\n").filter((line) => line !== "");
    if (lines.length !== 1) return `stderr has ${lines.length} lines, not one: ${run.stderr.slice(0, 300)}`;
    if (!lines[0]!.startsWith("error: ")) return `stderr is not a user error: ${lines[0]}`;
    if (!lines[0]!.includes(fileName)) return `the message does not name the input: ${lines[0]}`;
    if (/\n\s+at\s|node:internal|\.ts:\d+/.test(run.stderr)) return "stderr holds a stack trace";
  } else {
    return `exit code ${run.exitCode ?? run.signal}: ${run.stderr.slice(0, 300)}`;
  }
  if (run.cpuSeconds === undefined || run.peakMegabytes === undefined)
    return "time and memory were not recorded";
  if (run.cpuSeconds > BOUNDS.seconds)
    return `used ${run.cpuSeconds.toFixed(1)} s of CPU, over ${BOUNDS.seconds} s`;
  if (run.peakMegabytes > BOUNDS.peakMegabytes)
    return `peak memory ${Math.round(run.peakMegabytes)} MB, over ${BOUNDS.peakMegabytes} MB`;
  return undefined;
}
