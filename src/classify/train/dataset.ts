/**
 * Turns corpus documents into training rows: per sentence, its own TF-IDF vector (words and power
 * keys) followed by the scaled vectors of its context (previous, next, heading) in separate blocks
 * of the feature space — the same vectors the scorer builds at inference.
 */
import type { CategoryCode } from "../../core/index.ts";
import type { FeatureOptions } from "../features.ts";
import { sentenceKeys } from "../sentence-keys.ts";
import { buildSentenceInputs } from "../context.ts";
import type { SentenceInput } from "../context.ts";
import type { CorpusDocument } from "../corpus/index.ts";
import { unfairLevel } from "../corpus/index.ts";
import { documentPower } from "../document-power.ts";
import { vectorize } from "../vectorize.ts";
import type { FeatureSpace, SparseVector } from "../vectorize.ts";

const BLOCK_COUNT = 4;

export interface Dataset {
  rows: SparseVector[];
  /** Index of the row's document in the input list. */
  documentOf: Int32Array;
  /** Per category: 0 (not unfair), 2 or 3 per row. */
  levels: Map<CategoryCode, Uint8Array>;
  /** Per category: 1 where the row carries a level-1 ("fair") tag of it and no unfair one. */
  fairTagged: Map<CategoryCode, Uint8Array>;
  dims: number;
}

/** The classifier inputs of a corpus document, with power statements when `power` is on. */
export function documentInputs(document: CorpusDocument, power: boolean): SentenceInput[] {
  const texts = document.sentences.map((s) => s.text);
  return buildSentenceInputs(texts, power ? documentPower(texts).statements : undefined);
}

/** The extra feature keys of an input (power, definitions), as the model's feature options ask. */
export function extraKeysOf(input: SentenceInput, options: FeatureOptions): string[] {
  return sentenceKeys(input, options);
}

/**
 * The row of sentence `i` of a document: block b occupies ids [b·V, (b+1)·V). The own, previous
 * and next blocks are the sentences' own vectors (with power keys), the heading block the
 * heading's words, as the scorer does.
 */
export function sentenceRow(
  inputs: readonly SentenceInput[],
  i: number,
  space: FeatureSpace,
  blockScales: readonly number[],
  ownVector: (i: number) => SparseVector,
  textVector: (text: string) => SparseVector,
): SparseVector {
  const size = space.idf.length;
  const ids: number[] = [];
  const values: number[] = [];
  const input = inputs[i]!;
  const push = (vector: SparseVector, block: number) => {
    const scale = blockScales[block]!;
    if (scale === 0) return;
    for (let k = 0; k < vector.ids.length; k++) {
      ids.push(block * size + vector.ids[k]!);
      values.push(scale * vector.values[k]!);
    }
  };
  push(ownVector(i), 0);
  if (i > 0 && input.previous !== undefined && input.previous.length > 0) push(ownVector(i - 1), 1);
  if (i + 1 < inputs.length && input.next !== undefined && input.next.length > 0) push(ownVector(i + 1), 2);
  if (input.heading !== undefined && input.heading.length > 0) push(textVector(input.heading), 3);
  return { ids, values };
}

export function buildDataset(
  documents: readonly CorpusDocument[],
  inputsOf: ReadonlyArray<readonly SentenceInput[]>,
  space: FeatureSpace,
  blockScales: readonly number[],
  categories: readonly CategoryCode[],
): Dataset {
  const cache = new Map<string, SparseVector>();
  const textVector = (text: string) => {
    let vector = cache.get(text);
    if (!vector) {
      vector = vectorize(space, text);
      cache.set(text, vector);
    }
    return vector;
  };
  const rows: SparseVector[] = [];
  const documentOf: number[] = [];
  const levelLists = new Map(categories.map((c) => [c, [] as number[]]));
  const fairLists = new Map(categories.map((c) => [c, [] as number[]]));
  documents.forEach((document, d) => {
    const inputs = inputsOf[d]!;
    const own = inputs.map((input) => vectorize(space, input.text, extraKeysOf(input, space.options)));
    inputs.forEach((_, i) => {
      rows.push(sentenceRow(inputs, i, space, blockScales, (k) => own[k]!, textVector));
      documentOf.push(d);
      const sentence = document.sentences[i]!;
      for (const c of categories) {
        const level = unfairLevel(sentence, c);
        levelLists.get(c)!.push(level);
        fairLists.get(c)!.push(level === 0 && sentence.tags.some((t) => t.category === c) ? 1 : 0);
      }
    });
  });
  const levels = new Map<CategoryCode, Uint8Array>();
  for (const [c, list] of levelLists) levels.set(c, Uint8Array.from(list));
  const fairTagged = new Map<CategoryCode, Uint8Array>();
  for (const [c, list] of fairLists) fairTagged.set(c, Uint8Array.from(list));
  return {
    rows,
    documentOf: Int32Array.from(documentOf),
    levels,
    fairTagged,
    dims: BLOCK_COUNT * space.idf.length,
  };
}
