/**
 * `counterweight track <declarations>`: fetch each tracked source, analyse it and record a new
 * version when its text changed; once (`--once`) or every `--interval` until SIGINT/SIGTERM.
 * One line per source on stdout. Exit 0 when every source succeeded, 2 when any failed (a
 * permanent error, or a transient one that outlasted its retries), 70 for a bug of ours.
 * The declarations file is re-read before each round. See docs/tracking.md.
 */
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_DATABASE, openStore, redactUrl } from "../store/index.ts";
import {
  describeResult,
  readDeclarations,
  trackSources,
  type Declaration,
  type TrackResult,
} from "../track/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { parseCount } from "./options.ts";
import { reportError } from "./report-error.ts";

interface TrackFlags {
  db?: string;
  once?: boolean;
  interval: number;
  attempts: number;
  allowLoopback?: boolean;
  allowPrivate?: boolean;
  debug?: boolean;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses an interval such as `6h`, `30m`, `1d` or `90s` (a bare number is seconds) into milliseconds. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])?$/i.exec(value.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? "s").toLowerCase()]! : NaN;
  if (!Number.isFinite(ms) || ms < 1000 || ms > 24 * UNIT_MS.d!) {
    throw new InvalidArgumentError("give an interval such as 6h, 30m or 1d (from 1s to 24d).");
  }
  return Math.round(ms);
}

export function trackCommand(setExitCode: (code: ExitCode) => void): Command {
  return new Command("track")
    .description("fetch tracked sources and record a new version of each agreement that changed")
    .argument("<declarations>", "JSON file: [{ service, documentType, url, selector?, sector? }]")
    .option("--db <url>", `SQLite file or postgres:// URL (env DATABASE_URL; default ${DEFAULT_DATABASE})`)
    .option("--once", "one round, then exit (for cron or a CI schedule)")
    .option(
      "--interval <time>",
      "time between rounds without --once, e.g. 6h, 30m, 1d",
      parseInterval,
      6 * 3_600_000,
    )
    .option(
      "--attempts <count>",
      "fetch attempts per source for transient failures (with backoff)",
      parseCount,
      3,
    )
    .option("--allow-loopback", "allow sources on this machine (127.0.0.1, ::1); refused by default")
    .option("--allow-private", "allow sources on private networks (10/8, 192.168/16, …); refused by default")
    .option("--debug", "print stack traces with errors")
    .action(async (file: string, flags: TrackFlags) => {
      setExitCode(await runTrack(file, flags));
    });
}

async function runTrack(file: string, flags: TrackFlags): Promise<ExitCode> {
  let store: Awaited<ReturnType<typeof openStore>> | undefined;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return;
    process.stderr.write(`${signal}: stopping (a fetch in flight is cancelled; nothing is half-written)\n`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    let declarations = await readDeclarations(file);
    const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
    store = await openStore(database);
    let code: ExitCode = EXIT.ok;
    for (let round = 1; ; round++) {
      // Re-read each round, so edits to the file apply without a restart; a broken edit keeps the last good list.
      if (round > 1) declarations = await readDeclarations(file).catch(keepPrevious(declarations, flags));
      const results = await trackSources(declarations, {
        store,
        fetch: { allowLoopback: flags.allowLoopback, allowPrivate: flags.allowPrivate },
        retry: { attempts: flags.attempts },
        signal: stop.signal,
        onResult: (result) => process.stdout.write(`${describeResult(result)}\n`),
      });
      process.stdout.write(`${roundSummary(results, declarations.length)} → ${redactUrl(database)}\n`);
      code = roundExitCode(results);
      if (flags.once || stop.signal.aborted) break;
      const next = new Date(Date.now() + flags.interval).toISOString();
      process.stderr.write(`round ${round} done; next round at ${next} (Ctrl-C to stop)\n`);
      await sleep(flags.interval, stop.signal);
      if (stop.signal.aborted) break;
    }
    return code;
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await store?.close();
  }
}

function keepPrevious(previous: Declaration[], flags: TrackFlags) {
  return (error: unknown): Declaration[] => {
    reportError(error, Boolean(flags.debug));
    process.stderr.write("keeping the declarations of the previous round\n");
    return previous;
  };
}

function roundSummary(results: readonly TrackResult[], total: number): string {
  const count = (status: TrackResult["status"]) => results.filter((r) => r.status === status).length;
  const skipped = total - results.length + count("cancelled");
  return [
    `${count("created")} new, ${count("changed")} changed, ${count("unchanged")} unchanged, ${count("failed")} failed`,
    skipped > 0 ? `, ${skipped} not checked (stopped)` : "",
  ].join("");
}

function roundExitCode(results: readonly TrackResult[]): ExitCode {
  if (results.some((r) => r.error?.internal)) return EXIT.internal;
  if (results.some((r) => r.status === "failed")) return EXIT.usageOrBadInput;
  return EXIT.ok;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
