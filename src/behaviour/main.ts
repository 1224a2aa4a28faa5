/**
 * `npm run eval:behaviour [-- --json] [--split development|held-out] [--failures]`: runs the
 * behaviour suite and prints its pass rates (one JSON object with `--json`). `--failures` lists
 * the failing development cases; held-out failures are listed only with `--split held-out`, so
 * that building against the suite never reads them by accident.
 */
import { isCounterweightError } from "../core/index.ts";
import { CASES, type BehaviourSplit } from "./cases/index.ts";
import { runCases, type CaseResult } from "./run-cases.ts";
import { summarise } from "./summary.ts";

const SPLITS: readonly BehaviourSplit[] = ["development", "held-out"];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const splitArg = args.indexOf("--split");
  const only = splitArg >= 0 ? args[splitArg + 1] : undefined;
  if (only !== undefined && !SPLITS.includes(only as BehaviourSplit)) {
    process.stderr.write(`eval:behaviour: --split must be development or held-out, not ${only}\n`);
    process.exitCode = 2;
    return;
  }
  const splits = only ? [only as BehaviourSplit] : SPLITS;
  const results: Record<string, CaseResult[]> = {};
  for (const split of splits) results[split] = await runCases(CASES[split]);
  const summary = summarise(results);
  if (json) console.log(JSON.stringify(summary));
  else {
    console.log(`behaviour cases   ${summary.cases}, passed ${summary.passed} (${pct(summary.passRate)})`);
    console.log(`no-finding cases  ${summary.noFinding.cases}, passed ${pct(summary.noFinding.passRate)}`);
    for (const [split, r] of Object.entries(summary.bySplit))
      console.log(
        `  ${split.padEnd(12)} ${r.passed}/${r.cases} (${pct(r.passRate)}), no finding ${pct(r.noFinding.passRate)}`,
      );
    for (const [kind, r] of Object.entries(summary.byKind))
      console.log(`  kind ${kind.padEnd(20)} ${r.passed}/${r.cases}`);
    for (const [category, r] of Object.entries(summary.byCategory))
      console.log(`  category ${category.padEnd(5)} ${r.passed}/${r.cases}`);
  }
  if (args.includes("--failures")) {
    const shown = only === "held-out" ? results["held-out"]! : (results.development ?? []);
    for (const r of shown.filter((x) => !x.passed)) {
      const found = r.found.map((f) => `${f.category}${f.level}`).join(" ") || "none";
      const expected = r.case.expect.map((c) => `${c}${r.case.level ?? ""}`).join(" ") || "none";
      process.stderr.write(`FAIL ${r.case.id}: expected ${expected}, found ${found}\n`);
    }
  }
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

main().catch((error: unknown) => {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:behaviour: ${error.message}\n`);
  process.exitCode = 1;
});
