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

/** A text's partial scores for every block, task and category (`stride` numbers). */
function partialScores(model: Model, vector: SparseVector): Float64Array {
  const stride = model.stride;
  const out = new Float64Array(stride);
  const weights = model.weights;
  const { ids, values } = vector;
  for (let i = 0; i < ids.length; i++) {
    const base = ids[i]! * stride;
    const value = values[i]!;
    for (let j = 0; j < stride; j++) out[j] = out[j]! + value * weights[base + j]!;
  }
  return out;
}

/**
 * Classifies sentences, each with optional context. Repeated texts (a sentence is also its
 * neighbours' context) are vectorised once per call.
 * @example classifySentences([{ text: "We may terminate your account at any time." }], loadModel())
 */
export function classifySentences(items: readonly SentenceInput[], model: Model): SentencePrediction[] {
  const cache = new Map<string, Float64Array>();
  const lookup = (text: string): Float64Array => {
    let scores = cache.get(text);
    if (!scores) {
      scores = partialScores(model, model.vectorize(text));
      cache.set(text, scores);
    }
    return scores;
  };
  const n = model.categories.length;
  const contexts: Array<keyof SentenceInput> = ["text", "previous", "next", "heading"];
  const predictions: SentencePrediction[] = [];
  const unfairScore = new Float64Array(n);
  const levelScore = new Float64Array(n);
  for (const item of items) {
    unfairScore.set(model.unfairBias);
    levelScore.set(model.levelBias);
    for (let b = 0; b < contexts.length; b++) {
      const text = item[contexts[b]!];
      if (text === undefined || text.length === 0) continue;
      const partial = lookup(text);
      const scale = model.blockScales[b]!;
      const offset = b * 2 * n;
      for (let c = 0; c < n; c++) {
        unfairScore[c] = unfairScore[c]! + scale * partial[offset + c]!;
        levelScore[c] = levelScore[c]! + scale * partial[offset + n + c]!;
      }
    }
    predictions.push(decide(model, unfairScore, levelScore));
  }
  return predictions;
}

function decide(model: Model, unfairScore: Float64Array, levelScore: Float64Array): SentencePrediction {
  const categories: CategoryPrediction[] = [];
  let any = false;
  model.file.categories.forEach((stored, c) => {
    const score = unfairScore[c]!;
    const probability = sigmoid(stored.calibration, score);
    const unfair = probability >= stored.threshold;
    const clearlyUnfairProbability =
      stored.level.kind === "linear"
        ? sigmoid(stored.level.calibration, levelScore[c]!)
        : stored.level.clearlyUnfair;
    any ||= unfair;
    categories.push({
      category: stored.code,
      probability,
      unfair,
      clearlyUnfairProbability,
      level: clearlyUnfairProbability >= 0.5 ? 3 : 2,
      score,
    });
  });
  return { categories, unfair: any };
}
