/**
 * `npm run eval:beyond [-- --json] [--split development|measurement] [--misses]`: the categories
 * beyond the nine against ToS;DR's points: recall on the points whose case maps to a category,
 * and the share of `good`/`neutral` points in which any of them is found. The measurement half
 * of the services is the default and the figure to report; `--misses` lists what was missed and
 * wrongly found, for the development half only.
 */
import { isCounterweightError } from "../../../core/index.ts";
import { BEYOND_CODES, beyondCategories } from "../definitions.ts";
import type { BeyondCode } from "../definitions.ts";
import { readBeyondPoints } from "../tosdr-cases.ts";
import type { TosdrSplit } from "../tosdr-cases.ts";

interface CategoryFigures {
  /** On the annotated partner agreements: not built yet (null, support 0). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
  tosdrRecall: number | null;
  tosdrSupport: number;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const splitAt = args.indexOf("--split");
  const split = (splitAt >= 0 ? args[splitAt + 1] : "measurement") as TosdrSplit;
  if (split !== "development" && split !== "measurement") {
    process.stderr.write(`eval:beyond: --split must be development or measurement, not ${String(split)}\n`);
    process.exitCode = 2;
    return;
  }
  const showMisses = args.includes("--misses");
  if (showMisses && split !== "development") {
    process.stderr.write("eval:beyond: --misses lists the development half only (add --split development)\n");
    process.exitCode = 2;
    return;
  }
  const points = readBeyondPoints(split);
  const found = new Map<BeyondCode, number>(BEYOND_CODES.map((code) => [code, 0]));
  const support = new Map<BeyondCode, number>(BEYOND_CODES.map((code) => [code, 0]));
  let negatives = 0;
  let falsePositives = 0;
  for (const point of points) {
    const codes = beyondCategories(point.quote);
    if (point.category === undefined) {
      negatives++;
      if (codes.length > 0) {
        falsePositives++;
        if (showMisses) process.stdout.write(`found ${codes.join(",")} in ${point.rating}: ${point.quote}\n`);
      }
      continue;
    }
    support.set(point.category, support.get(point.category)! + 1);
    if (codes.includes(point.category)) found.set(point.category, found.get(point.category)! + 1);
    else if (showMisses) process.stdout.write(`missed ${point.category}: ${point.quote}\n`);
  }
  const categories: Record<string, CategoryFigures> = {};
  for (const code of BEYOND_CODES) {
    const n = support.get(code)!;
    categories[code] = {
      precision: null,
      recall: null,
      f1: null,
      support: 0,
      tosdrRecall: n === 0 ? null : round(found.get(code)! / n),
      tosdrSupport: n,
    };
  }
  const result = {
    split,
    categories,
    tosdrFalsePositiveRate: negatives === 0 ? null : round(falsePositives / negatives),
    tosdrNegatives: negatives,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`ToS;DR points, ${split} half of the services (CC BY-SA 3.0, tosdr.org)\n`);
  for (const code of BEYOND_CODES) {
    const c = categories[code]!;
    process.stdout.write(
      `${code.padEnd(5)} recall ${String(c.tosdrRecall).padEnd(7)} of ${c.tosdrSupport}\n`,
    );
  }
  process.stdout.write(
    `found in good/neutral points: ${String(result.tosdrFalsePositiveRate)} of ${negatives}\n`,
  );
}

try {
  main();
} catch (error) {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:beyond: ${error.message}\n`);
  process.exitCode = 1;
}
