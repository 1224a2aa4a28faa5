/**
 * TF-IDF over the feature keys of `features.ts`: sublinear term frequency, smoothed idf, and an
 * L2-normalised vector per text. The vocabulary is fixed at training time and stored in the model.
 */
import { featureKeys } from "./features.ts";
import type { FeatureOptions } from "./features.ts";
import { isSentenceKey } from "./sentence-keys.ts";

/** A sparse vector: feature ids and their values, in first-occurrence order. */
export interface SparseVector {
  ids: number[];
  values: number[];
}

export interface FeatureSpace {
  options: FeatureOptions;
  vocabulary: ReadonlyMap<string, number>;
  idf: Float64Array;
}

/** Counts ids of known keys and weighs them: (1 + ln tf) · idf, then scales the vector to unit length. */
export function weighKeys(space: FeatureSpace, keys: readonly string[]): SparseVector {
  const counts = new Map<number, number>();
  for (const key of keys) {
    const id = space.vocabulary.get(key);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [id, count] of counts) {
    const value = (1 + Math.log(count)) * space.idf[id]!;
    ids.push(id);
    values.push(value);
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  }
  return { ids, values };
}

/**
 * The TF-IDF vector of a text; `extraKeys` are keys the sentence has besides its words (the power
 * analysis' "#p:…" keys), weighed like any other.
 */
export function vectorize(
  space: FeatureSpace,
  text: string,
  extraKeys: readonly string[] = [],
): SparseVector {
  const keys = featureKeys(text, space.options).keys;
  return weighKeys(space, extraKeys.length === 0 ? keys : [...keys, ...extraKeys]);
}

/**
 * Builds a vocabulary from texts: keys seen in at least `minDf` texts, sorted so that the ids do
 * not depend on input order; idf = ln((1 + n) / (1 + df)) + 1 as in scikit-learn.
 */
export function buildFeatureSpace(
  texts: readonly string[],
  minDf: number,
  options: FeatureOptions,
  extraKeys?: ReadonlyArray<readonly string[]>,
): FeatureSpace {
  const df = new Map<string, number>();
  texts.forEach((text, i) => {
    const keys = featureKeys(text, options).keys;
    const extra = extraKeys?.[i] ?? [];
    for (const key of new Set(extra.length === 0 ? keys : [...keys, ...extra]))
      df.set(key, (df.get(key) ?? 0) + 1);
  });
  const kept = [...df.entries()].filter(([, count]) => count >= minDf).map(([key]) => key);
  kept.sort();
  const vocabulary = new Map<string, number>();
  const idf = new Float64Array(kept.length);
  const keyScale = options.sentenceKeyScale ?? 1;
  kept.forEach((key, id) => {
    vocabulary.set(key, id);
    idf[id] = (Math.log((1 + texts.length) / (1 + df.get(key)!)) + 1) * (isSentenceKey(key) ? keyScale : 1);
  });
  return { options, vocabulary, idf };
}
