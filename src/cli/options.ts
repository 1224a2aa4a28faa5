import { InvalidArgumentError, Option, type Command } from "commander";
import type { PowerContext } from "../assess/index.ts";

export const FORMATS = ["text", "json", "md", "html"] as const;
export type ReportFormat = (typeof FORMATS)[number];
export const FAIL_ON = ["clearly-unfair", "potentially-unfair"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Builds a commander argument parser that accepts only the listed words. */
export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`use one of: ${allowed.join(", ")}.`);
  };
}

/** Parses a byte size such as `20000000`, `500KB` or `20MB`. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError("give a size such as 20MB, 500KB or 1000000.");
  const unit = (match[2] ?? "b").toLowerCase();
  const factor = unit === "gb" ? 1024 ** 3 : unit === "mb" ? 1024 ** 2 : unit === "kb" ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

/** Parses a positive whole number such as a page count. */
export function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidArgumentError("give a whole number of 1 or more.");
  return count;
}

export interface ContextFlags {
  party: PowerContext["party"];
  negotiable: "yes" | "no";
  alternatives: PowerContext["alternatives"];
}

/** Adds the power-context flags (`--party`, `--negotiable`, `--alternatives`) shared by analyze and diff. */
export function addContextOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--party <party>", "who reads it")
        .choices(["consumer", "worker", "business"])
        .default("consumer"),
    )
    .addOption(
      new Option("--negotiable <yesno>", "can the reader negotiate the terms")
        .choices(["yes", "no"])
        .default("no"),
    )
    .addOption(
      new Option("--alternatives <how-many>", "real alternatives the reader has")
        .choices(["none", "few", "many"])
        .default("few"),
    );
}

export function contextFromFlags(flags: ContextFlags): PowerContext {
  return { party: flags.party, negotiable: flags.negotiable === "yes", alternatives: flags.alternatives };
}

export const EXTENSION_BY_FORMAT: Record<ReportFormat, string> = {
  text: "txt",
  json: "json",
  md: "md",
  html: "html",
};
