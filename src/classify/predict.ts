/**
 * Scores sentences with a loaded model: one linear score per category over the sentence's own
 * TF-IDF vector plus its scaled-down context (previous, next sentence, heading), then Platt
 * calibration, the category's tuned threshold, and the level (2 or 3).
 */
import type { CategoryCode, UnfairLevel } from "../core/index.ts";
import type { SentenceInput } from "./context.ts";
import type { Calibration, Model } from "./model.ts";
import type { SparseVector } from "./vectorize.ts";

export interface CategoryPrediction {
  category: CategoryCode;
  /** Calibrated probability that the sentence is unfair (level 2 or 3) in this category. */
  probability: number;
  /** True when `probability` reaches the category's threshold. */
  unfair: boolean;
  /** Probability that an unfair sentence is clearly (level 3) rather than potentially unfair. */
  clearlyUnfairProbability: number;
  level: UnfairLevel;
  /** The raw linear score before calibration. */
  score: number;
}

export interface SentencePrediction {
  /** One entry per category, in `CATEGORY_CODES` order. */
  categories: CategoryPrediction[];
  /** True when any category is judged unfair. */
  unfair: boolean;
}

export function sigmoid(calibration: Calibration, score: number): number {
  return 1 / (1 + Math.exp(calibration.a * score + calibration.b));
}

/** Adds a text's partial scores for every block, task and category (`stride` numbers) at `at`. */
function addPartialScores(model: Model, vector: SparseVector, out: Float64Array, at: number): void {
  const stride = model.stride;
  const weights = model.weights;
  const { ids, values } = vector;
  for (let i = 0; i < ids.length; i++) {
    const base = ids[i]! * stride;
    const value = values[i]!;
    for (let j = 0; j < stride; j++) out[at + j] = out[at + j]! + value * weights[base + j]!;
  }
}

const CONTEXTS = ["previous", "next", "heading"] as const;

/**
 * Classifies sentences, each with optional context. Every distinct text is vectorised and scored
 * once, even though a sentence is also its neighbours' context: own texts fill one row each of a
 * flat score table, context texts not among them get rows after those.
 * @example classifySentences([{ text: "We may terminate your account at any time." }], loadModel())
 */
export function classifySentences(items: readonly SentenceInput[], model: Model): SentencePrediction[] {
  const stride = model.stride;
  const rowOf = new Map<string, number>();
  let table = new Float64Array(Math.max(1, items.length) * stride);
  let rows = 0;
  const rowFor = (text: string): number => {
    const known = rowOf.get(text);
    if (known !== undefined) return known;
    if ((rows + 1) * stride > table.length) {
      const grown = new Float64Array(table.length * 2);
      grown.set(table);
      table = grown;
    }
    const row = rows++;
    addPartialScores(model, model.vectorize(text), table, row * stride);
    rowOf.set(text, row);
    return row;
  };
  const ownRows = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) ownRows[i] = rowFor(items[i]!.text);
  const n = model.categories.length;
  const blockStride = model.blockStride;
  const levelCategories = model.levelCategories;
  const unfairScore = new Float64Array(n);
  const levelScore = new Float64Array(n);
  const predictions: SentencePrediction[] = new Array<SentencePrediction>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    unfairScore.set(model.unfairBias);
    levelScore.set(model.levelBias);
    for (let b = 0; b < 4; b++) {
      let row: number;
      if (b === 0) row = ownRows[i]!;
      else {
        const text = item[CONTEXTS[b - 1]!];
        if (text === undefined || text.length === 0) continue;
        row = rowFor(text);
      }
      const scale = model.blockScales[b]!;
      if (scale === 0) continue;
      const offset = row * stride + b * blockStride;
      for (let c = 0; c < n; c++) unfairScore[c] = unfairScore[c]! + scale * table[offset + c]!;
      for (let j = 0; j < levelCategories.length; j++) {
        const c = levelCategories[j]!;
        levelScore[c] = levelScore[c]! + scale * table[offset + n + j]!;
      }
    }
    predictions[i] = decide(model, unfairScore, levelScore);
  }
  return predictions;
}

function decide(model: Model, unfairScore: Float64Array, levelScore: Float64Array): SentencePrediction {
  const stored = model.file.categories;
  const categories: CategoryPrediction[] = new Array<CategoryPrediction>(stored.length);
  let any = false;
  for (let c = 0; c < stored.length; c++) {
    const category = stored[c]!;
    const score = unfairScore[c]!;
    const probability = sigmoid(category.calibration, score);
    const unfair = probability >= category.threshold;
    const clearlyUnfairProbability =
      category.level.kind === "linear"
        ? sigmoid(category.level.calibration, levelScore[c]!)
        : category.level.clearlyUnfair;
    any ||= unfair;
    categories[c] = {
      category: category.code,
      probability,
      unfair,
      clearlyUnfairProbability,
      level: clearlyUnfairProbability >= 0.5 ? 3 : 2,
      score,
    };
  }
  return { categories, unfair: any };
}
