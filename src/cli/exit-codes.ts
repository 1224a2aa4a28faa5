/**
 * Exit codes of the `counterweight` command, documented in the README.
 * 1 is reserved for `--fail-on`, so a drafter's CI can tell "unfair clauses found" from "could not run".
 */
export const EXIT = {
  ok: 0,
  failOnMatched: 1,
  usageOrBadInput: 2,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
