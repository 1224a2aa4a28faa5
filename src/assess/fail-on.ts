import type { Analysis } from "./types.ts";

/** The threshold of `--fail-on`: fail on clearly unfair clauses only, or on potentially unfair ones too. */
export type FailOn = "clearly-unfair" | "potentially-unfair";

/**
 * Exit code for CI use: 1 when a finding at or above the threshold exists, else 0.
 *
 * @example
 * process.exitCode = failOnExitCode(analysis, "clearly-unfair");
 */
export function failOnExitCode(analysis: Pick<Analysis, "findings">, threshold: FailOn): 0 | 1 {
  const minimumLevel = threshold === "clearly-unfair" ? 3 : 2;
  return analysis.findings.some((finding) => finding.level >= minimumLevel) ? 1 : 0;
}
