/** Thread-pool test handler: doubles numbers, fails on negative ones with a user-fault error. */
import { inputError } from "../../core/index.ts";

export function setup(init: unknown): number {
  return (init as { factor: number }).factor;
}

export async function handle(task: number, factor: number): Promise<number> {
  if (task < 0) throw inputError("USAGE", String(task), "negative numbers are refused");
  return task * factor;
}
