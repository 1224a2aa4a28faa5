/**
 * One command-line flag per resource limit (see core/limits.ts), shared by every command that reads
 * untrusted input, so each limit an error message names can be raised the way the message says.
 */
import { InvalidArgumentError, type Command } from "commander";
import type { Limits } from "../core/index.ts";
import { parseByteSize, parseCount } from "./options.ts";

export interface LimitFlags {
  maxBytes?: number;
  maxText?: number;
  maxArchiveSize?: number;
  maxArchiveEntries?: number;
  maxPages?: number;
  maxDepth?: number;
  maxSentence?: number;
  timeBudget?: number;
}

/** Parses a duration such as `15000`, `15000ms`, `15s` or `2m` into milliseconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(value.trim());
  const unit = (match?.[2] ?? "ms").toLowerCase();
  const ms = match ? Number(match[1]) * (unit === "m" ? 60_000 : unit === "s" ? 1000 : 1) : Number.NaN;
  if (!Number.isFinite(ms) || ms < 1)
    throw new InvalidArgumentError("give a duration such as 15s or 15000ms.");
  return Math.round(ms);
}

/** Adds the limit flags to a command. */
export function addLimitOptions(command: Command): Command {
  return command
    .option("--max-bytes <size>", "largest input accepted, e.g. 20MB", parseByteSize)
    .option("--max-text <chars>", "most characters of extracted text accepted", parseCount)
    .option("--max-archive-size <size>", "largest unpacked DOCX accepted, e.g. 100MB", parseByteSize)
    .option("--max-archive-entries <count>", "most entries in a DOCX accepted", parseCount)
    .option("--max-pages <count>", "most PDF pages accepted", parseCount)
    .option("--max-depth <count>", "deepest HTML nesting accepted", parseCount)
    .option("--max-sentence <chars>", "longest sentence before it is cut at a word boundary", parseCount)
    .option("--time-budget <duration>", "longest one analysis may take, e.g. 15s", parseDuration);
}

/** The limits the flags override; the rest keep their defaults. */
export function limitsFromFlags(flags: LimitFlags): Partial<Limits> {
  const pairs: Array<[keyof Limits, number | undefined]> = [
    ["maxBytes", flags.maxBytes],
    ["maxTextChars", flags.maxText],
    ["maxArchiveBytes", flags.maxArchiveSize],
    ["maxArchiveEntries", flags.maxArchiveEntries],
    ["maxPdfPages", flags.maxPages],
    ["maxNestingDepth", flags.maxDepth],
    ["maxSentenceChars", flags.maxSentence],
    ["timeBudgetMs", flags.timeBudget],
  ];
  return Object.fromEntries(pairs.filter(([, value]) => value !== undefined)) as Partial<Limits>;
}
