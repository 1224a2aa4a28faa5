/**
 * Turns corpus documents into training rows: per sentence, its own TF-IDF vector followed by the
 * scaled vectors of its context (previous, next, heading) in separate blocks of the feature space.
 */
import type { CategoryCode } from "../../core/index.ts";
import { buildSentenceInputs } from "../context.ts";
import type { SentenceInput } from "../context.ts";
import type { CorpusDocument } from "../corpus/index.ts";
import { unfairLevel } from "../corpus/index.ts";
import { vectorize } from "../vectorize.ts";
import type { FeatureSpace, SparseVector } from "../vectorize.ts";

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

const CONTEXT_FIELDS: ReadonlyArray<keyof SentenceInput> = ["text", "previous", "next", "heading"];

/** The row of one sentence input: block b occupies ids [b·V, (b+1)·V). */
export function sentenceRow(
  input: SentenceInput,
  space: FeatureSpace,
  blockScales: readonly number[],
  vectorOf: (text: string) => SparseVector,
): SparseVector {
  const size = space.idf.length;
  const ids: number[] = [];
  const values: number[] = [];
  CONTEXT_FIELDS.forEach((field, block) => {
    const text = input[field];
    const scale = blockScales[block]!;
    if (text === undefined || text.length === 0 || scale === 0) return;
    const vector = vectorOf(text);
    for (let k = 0; k < vector.ids.length; k++) {
      ids.push(block * size + vector.ids[k]!);
      values.push(scale * vector.values[k]!);
    }
  });
  return { ids, values };
}

export function buildDataset(
  documents: readonly CorpusDocument[],
  space: FeatureSpace,
  blockScales: readonly number[],
  categories: readonly CategoryCode[],
): Dataset {
  const cache = new Map<string, SparseVector>();
  const vectorOf = (text: string) => {
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
    const inputs = buildSentenceInputs(document.sentences.map((s) => s.text));
    inputs.forEach((input, i) => {
      rows.push(sentenceRow(input, space, blockScales, vectorOf));
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
    dims: CONTEXT_FIELDS.length * space.idf.length,
  };
}
