/** Precision, recall and F1 per category, macro and micro averages, and unfair-sentence detection. */
import type { CategoryCode } from "../../core/index.ts";

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface CategoryScores extends Scores {
  support: number;
}

export interface EvaluationScores {
  categories: Record<CategoryCode, CategoryScores>;
  macroF1: number;
  microF1: number;
  detection: Scores;
}

/** Gold and predicted category sets of one sentence. */
export interface LabelledPrediction {
  gold: ReadonlySet<CategoryCode>;
  predicted: ReadonlySet<CategoryCode>;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Scores pooled predictions; detection counts a sentence as unfair when it has any category. */
export function scorePredictions(
  items: readonly LabelledPrediction[],
  categories: readonly CategoryCode[],
): EvaluationScores {
  const result = {} as Record<CategoryCode, CategoryScores>;
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  let macro = 0;
  for (const c of categories) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const item of items) {
      const gold = item.gold.has(c);
      const predicted = item.predicted.has(c);
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
    result[c] = { ...scores(tp, fp, fn), support: tp + fn };
    const exact = scores(tp, fp, fn);
    macro += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    void exact;
  }
  let dtp = 0;
  let dfp = 0;
  let dfn = 0;
  for (const item of items) {
    const gold = item.gold.size > 0;
    const predicted = item.predicted.size > 0;
    if (gold && predicted) dtp++;
    else if (predicted) dfp++;
    else if (gold) dfn++;
  }
  return {
    categories: result,
    macroF1: round(macro / categories.length),
    microF1: scores(tpAll, fpAll, fnAll).f1,
    detection: scores(dtp, dfp, dfn),
  };
}
