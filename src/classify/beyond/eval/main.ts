/**
 * `npm run eval:beyond [-- --json] [--split development|measurement] [--misses]`: the categories
 * beyond the nine against the project's annotated partner agreements (precision, recall and F1 by
 * sentence) and against ToS;DR's points (recall on the points whose case maps to a category, and
 * the share of `good`/`neutral` points in which any of them is found). The measurement half of
 * the services is the default and the figure to report; `--misses` lists what was missed and
 * wrongly found, for the development half only.
 */
import { readSplitArgs } from "./split-args.ts";
import { isCounterweightError } from "../../../core/index.ts";
import { BEYOND_CODES, beyondCategories, statesBeyond } from "../definitions.ts";
import { readPartnerAnnotations } from "../partner-annotations.ts";
import type { BeyondCode } from "../definitions.ts";
import { readBeyondPoints } from "../tosdr-cases.ts";
import type { TosdrSplit } from "../tosdr-cases.ts";

interface CategoryFigures {
  /** On the annotated partner agreements, by sentence; null when nothing was marked or annotated. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
  tosdrRecall: number | null;
  tosdrSupport: number;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** True and false positives and misses by sentence on the annotated partner agreements. */
async function annotatedCounts(split: TosdrSplit, showMisses: boolean) {
  const counts = new Map(BEYOND_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  const documents = await readPartnerAnnotations(split);
  let unlocated = 0;
  for (const doc of documents) {
    unlocated += doc.unlocated;
    for (const code of BEYOND_CODES) {
      const gold = doc.gold.get(code)!;
      const tally = counts.get(code)!;
      doc.texts.forEach((text, i) => {
        const marked = statesBeyond(code, text);
        if (marked && gold.has(i)) tally.tp++;
        else if (marked) tally.fp++;
        else if (gold.has(i)) tally.fn++;
        if (showMisses && marked !== gold.has(i))
          process.stdout.write(
            `${marked ? "wrongly marked" : "missed"} ${code} (${doc.service} [${i}]): ${text}\n`,
          );
      });
    }
  }
  return { counts, documents: documents.length, unlocated };
}

async function main(): Promise<void> {
  const parsed = readSplitArgs("eval:beyond", process.argv.slice(2));
  if (!parsed) return;
  const { json, split, showMisses } = parsed;
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
  const annotated = await annotatedCounts(split, showMisses);
  const categories: Record<string, CategoryFigures> = {};
  for (const code of BEYOND_CODES) {
    const n = support.get(code)!;
    const { tp, fp, fn } = annotated.counts.get(code)!;
    const precision = tp + fp === 0 ? null : tp / (tp + fp);
    const recall = tp + fn === 0 ? null : tp / (tp + fn);
    const f1 =
      precision === null || recall === null || precision + recall === 0
        ? null
        : (2 * precision * recall) / (precision + recall);
    categories[code] = {
      precision: precision === null ? null : round(precision),
      recall: recall === null ? null : round(recall),
      f1: f1 === null ? null : round(f1),
      support: tp + fn,
      tosdrRecall: n === 0 ? null : round(found.get(code)! / n),
      tosdrSupport: n,
    };
  }
  const result = {
    split,
    annotatedDocuments: annotated.documents,
    unlocatedQuotes: annotated.unlocated,
    categories,
    tosdrFalsePositiveRate: negatives === 0 ? null : round(falsePositives / negatives),
    tosdrNegatives: negatives,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(
    `${split} half: ${annotated.documents} annotated partner agreements (Open Terms Archive, ODC-BY 1.0) and ToS;DR points (CC BY-SA 3.0, tosdr.org)\n`,
  );
  process.stdout.write("      precision recall  f1      support | ToS;DR recall of\n");
  for (const code of BEYOND_CODES) {
    const c = categories[code]!;
    const cell = (v: number | null) => String(v ?? "-").padEnd(7);
    process.stdout.write(
      `${code.padEnd(5)} ${cell(c.precision)}   ${cell(c.recall)} ${cell(c.f1)} ${String(c.support).padEnd(7)} | ${cell(c.tosdrRecall)} ${c.tosdrSupport}\n`,
    );
  }
  process.stdout.write(
    `found in good/neutral points: ${String(result.tosdrFalsePositiveRate)} of ${negatives}\n`,
  );
}

main().catch((error: unknown) => {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:beyond: ${error.message}\n`);
  process.exitCode = 1;
});
