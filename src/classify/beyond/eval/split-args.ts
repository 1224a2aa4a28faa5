/**
 * The arguments the evaluations over the split partner data share: `--json`, `--split
 * development|measurement` (measurement by default: the figure to report) and `--misses` (the
 * development half only, so that nobody tuning reads the measurement half's errors).
 */
import type { TosdrSplit } from "../tosdr-cases.ts";

export interface SplitArgs {
  json: boolean;
  split: TosdrSplit;
  showMisses: boolean;
}

/** The parsed arguments, or undefined after a one-line error on stderr and exit code 2. */
export function readSplitArgs(command: string, args: readonly string[]): SplitArgs | undefined {
  const splitAt = args.indexOf("--split");
  const split = splitAt >= 0 ? args[splitAt + 1] : "measurement";
  const fail = (message: string) => {
    process.stderr.write(`${command}: ${message}\n`);
    process.exitCode = 2;
    return undefined;
  };
  if (split !== "development" && split !== "measurement")
    return fail(`--split must be development or measurement, not ${String(split)}`);
  const showMisses = args.includes("--misses");
  if (showMisses && split !== "development")
    return fail("--misses lists the development half only (add --split development)");
  return { json: args.includes("--json"), split, showMisses };
}
