import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../core/index.ts";
import { addLimitOptions, limitsFromFlags, parseDuration, type LimitFlags } from "./limit-flags.ts";

function parse(args: string[]): LimitFlags {
  const command = addLimitOptions(new Command("x").exitOverride());
  command.parse(args, { from: "user" });
  return command.opts<LimitFlags>();
}

describe("limit flags", () => {
  it("turns every flag into the limit it names", () => {
    const limits = limitsFromFlags(
      parse([
        "--max-bytes=30MB",
        "--max-text=123",
        "--max-archive-size=1MB",
        "--max-archive-entries=7",
        "--max-pages=9",
        "--max-depth=11",
        "--max-sentence=300",
        "--time-budget=2s",
      ]),
    );
    expect(limits).toEqual({
      maxBytes: 30 * 1024 * 1024,
      maxTextChars: 123,
      maxArchiveBytes: 1024 * 1024,
      maxArchiveEntries: 7,
      maxPdfPages: 9,
      maxNestingDepth: 11,
      maxSentenceChars: 300,
      timeBudgetMs: 2000,
    });
    expect(Object.keys(limits).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
  });

  it("leaves unset limits to their defaults", () => {
    expect(limitsFromFlags(parse(["--max-text", "5"]))).toEqual({ maxTextChars: 5 });
  });

  it("reads durations in ms, s and m and refuses nonsense", () => {
    expect(parseDuration("1500")).toBe(1500);
    expect(parseDuration("1.5s")).toBe(1500);
    expect(parseDuration("2m")).toBe(120_000);
    expect(() => parseDuration("soon")).toThrow(/duration such as 15s/);
    expect(() => parseDuration("0")).toThrow(/duration/);
  });
});
