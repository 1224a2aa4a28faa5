import pc from "picocolors";
import { isCounterweightError } from "../core/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";

/**
 * Prints an error as one line on stderr (with the stack only under --debug) and returns the
 * exit code it deserves: 2 for the user's input or arguments, 70 for our own bugs.
 */
export function reportError(error: unknown, debug: boolean): ExitCode {
  const userFault = isCounterweightError(error) && error.userFault;
  const message = error instanceof Error ? error.message : String(error);
  const oneLine = message.replace(/\s*\n\s*/g, " ").trim();
  const prefix = userFault ? "error" : "internal error";
  const color = process.stderr.isTTY ? pc.red : (text: string) => text;
  process.stderr.write(
    `${color(prefix)}: ${oneLine}${userFault ? "" : " (please report this; rerun with --debug for details)"}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return userFault ? EXIT.usageOrBadInput : EXIT.internal;
}
