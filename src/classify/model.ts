/**
 * The model is data: one JSON file with a format id and version, refused on mismatch. This file
 * defines that format and turns it into the dense arrays the scorer reads.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CATEGORY_CODES, CounterweightError } from "../core/index.ts";
import type { CategoryCode } from "../core/index.ts";
import type { SentenceInput } from "./context.ts";
import { isSentenceKey } from "./sentence-keys.ts";
import { sentenceKeyIds } from "./sentence-key-ids.ts";
import type { FeatureOptions } from "./features.ts";
import { createBufferedVectorizer, plainVectorizer } from "./fast-vectorize.ts";
import type { BufferedVectorizer, Vectorizer } from "./fast-vectorize.ts";
import { vectorize } from "./vectorize.ts";
import type { FeatureSpace } from "./vectorize.ts";

export const MODEL_FORMAT = "counterweight-clause-model";
export const MODEL_FORMAT_VERSION = 2;

/** The parts of a sentence's feature vector; context blocks are scaled down by `blockScales`. */
export const BLOCKS = ["own", "previous", "next", "heading"] as const;
export type BlockName = (typeof BLOCKS)[number];

/** Sparse weights as stored: ascending ids as gaps from the previous id, values as integers × `scale`. */
export interface StoredWeights {
  bias: number;
  idGaps: number[];
  values: number[];
  scale: number;
}

/** Platt scaling: p = 1 / (1 + exp(a · score + b)). */
export interface Calibration {
  a: number;
  b: number;
}

export type StoredLevelModel =
  | { kind: "prior"; clearlyUnfair: number }
  | { kind: "linear"; weights: StoredWeights; calibration: Calibration };

export interface StoredCategory {
  code: CategoryCode;
  weights: StoredWeights;
  calibration: Calibration;
  /** Probability at or above which the sentence is reported as unfair in this category. */
  threshold: number;
  level: StoredLevelModel;
  /**
   * A sentence stating the category's definition in its core wording is judged against
   * `threshold × definitionFactor` instead of the threshold (1 or absent: no easing; 0: it is a
   * finding whatever its score); chosen per category by the inner cross-validation.
   */
  definitionFactor?: number;
}

export interface ModelFile {
  format: string;
  formatVersion: number;
  description: string;
  training: Record<string, unknown>;
  features: {
    options: FeatureOptions;
    blockScales: Record<BlockName, number>;
    vocabulary: string[];
    /** Inverse document frequencies × `idfScale`, rounded. */
    idf: number[];
    idfScale: number;
  };
  categories: StoredCategory[];
  /** How scores become judgements besides the thresholds; absent in older models (no gate, no rule). */
  decision?: DecisionRules;
}

export interface DecisionRules {
  /**
   * Context refines, it does not accuse: a sentence is unfair in a category only when its own
   * words push its score toward the category by at least `ownEvidence` (the sum of their
   * weights, without the bias); the heading and neighbours then raise or lower it. `null`: no
   * such condition.
   */
  ownEvidence: number | null;
  /** The power rule: no termination, change or removal finding on a reader's right or an equal term. */
  powerRule: boolean;
  /** A finding must speak of its category's subject in its own words. */
  topicWords: boolean;
  /** Sentences stating a definition's core wording are judged against the eased threshold. */
  definitions: boolean;
}

/**
 * A loaded model: the feature space and dense weights laid out for the scorer, block by block
 * and within a block feature by feature (every category and task of a feature together: one
 * pass over a sentence's features fills all).
 */
export interface Model {
  file: ModelFile;
  space: FeatureSpace;
  /** The fast inference path of `vectorize` for this space. */
  vectorize: Vectorizer;
  /** The same, into buffers reused between calls (the scorer's path: no allocation per sentence). */
  vectorizeInto: BufferedVectorizer;
  blockScales: number[];
  categories: readonly CategoryCode[];
  /** Partial scores of one text for every active block: active blocks × `blockStride`. */
  stride: number;
  /**
   * Per block (`BLOCKS` order), its place among the blocks with a non-zero scale, or -1: a block
   * the model does not use (scale 0) has no weights and is never scored.
   */
  slots: number[];
  /** Floats per feature in a block: n + levelCategories.length. */
  blockStride: number;
  /** Floats per active block in `weights`: features × `blockStride`. */
  slotFloats: number;
  /**
   * Block by block, then feature by feature: `weights[slots[b] * slotFloats + f * blockStride + c]`
   * is category c's unfair weight in block b and `… + n + j` the level weight of category
   * `levelCategories[j]`. A sentence's own words are scored against the first block alone, whose
   * weights then sit together (half the memory the scorer reads than with the blocks side by side).
   */
  weights: Float32Array;
  /** Indices of the categories with a linear level model (the others use a prior: no weights). */
  levelCategories: number[];
  unfairBias: Float64Array;
  levelBias: Float64Array;
  /** Feature ids of the sentence keys ("#p:provider:permission:ter", "#d:law"). */
  extraIds: ReadonlyMap<string, number>;
  decision: DecisionRules;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The committed model, resolved from this module so it loads from any working directory. */
export const DEFAULT_MODEL_PATH = resolve(HERE, "../../model/counterweight-model.json");

function mismatch(path: string, what: string): CounterweightError {
  return new CounterweightError(
    "MODEL_MISMATCH",
    `${path}: ${what}; run \`npm run train\` to rebuild the model, or update Counterweight`,
  );
}

function scatter(
  target: Float32Array,
  stored: StoredWeights,
  size: number,
  offset: number,
  blockStride: number,
  slots: readonly number[],
) {
  let id = -1;
  for (let i = 0; i < stored.idGaps.length; i++) {
    id += stored.idGaps[i]!;
    const block = Math.floor(id / size);
    const slot = slots[block]!;
    // A block of scale 0 never had a value in training: its weights are zero.
    if (slot < 0) continue;
    target[(slot * size + id - block * size) * blockStride + offset] = stored.values[i]! * stored.scale;
  }
}

/** Builds the runtime model from a parsed file, checking its format id and version. */
export function modelFromFile(file: ModelFile, source = "model"): Model {
  if (file === null || typeof file !== "object" || file.format !== MODEL_FORMAT) {
    throw mismatch(source, `not a ${MODEL_FORMAT} file`);
  }
  if (file.formatVersion !== MODEL_FORMAT_VERSION) {
    throw mismatch(source, `model format version ${file.formatVersion}, expected ${MODEL_FORMAT_VERSION}`);
  }
  const codes = file.categories.map((c) => c.code);
  if (codes.join(",") !== CATEGORY_CODES.join(",")) throw mismatch(source, "the model's categories differ");
  const size = file.features.vocabulary.length;
  const vocabulary = new Map<string, number>();
  file.features.vocabulary.forEach((key, id) => vocabulary.set(key, id));
  const idf = Float64Array.from(file.features.idf, (v) => v * file.features.idfScale);
  const n = codes.length;
  const levelCategories: number[] = [];
  file.categories.forEach((category, c) => {
    if (category.level.kind === "linear") levelCategories.push(c);
  });
  // Only categories with a level model get level weights: a smaller stride is a faster inner loop.
  const blockStride = n + levelCategories.length;
  const blockScales = BLOCKS.map((b) => file.features.blockScales[b]);
  let active = 0;
  const slots = blockScales.map((scale) => (scale === 0 ? -1 : active++));
  if (slots[0] !== 0) throw mismatch(source, "the model gives the sentence's own words no weight");
  const stride = active * blockStride;
  const weights = new Float32Array(active * size * blockStride);
  const unfairBias = new Float64Array(n);
  const levelBias = new Float64Array(n);
  file.categories.forEach((category, c) => {
    scatter(weights, category.weights, size, c, blockStride, slots);
    unfairBias[c] = category.weights.bias;
    if (category.level.kind === "linear") {
      scatter(weights, category.level.weights, size, n + levelCategories.indexOf(c), blockStride, slots);
      levelBias[c] = category.level.weights.bias;
    }
  });
  const space: FeatureSpace = { options: file.features.options, vocabulary, idf };
  const slow: Vectorizer = (text) => vectorize(space, text);
  const vectorizeInto = createBufferedVectorizer(space, slow);
  return {
    file,
    space,
    vectorize: space.options.stemLength > 0 ? slow : plainVectorizer(vectorizeInto),
    vectorizeInto,
    blockScales,
    categories: codes,
    stride,
    slots,
    blockStride,
    slotFloats: size * blockStride,
    weights,
    levelCategories,
    unfairBias,
    levelBias,
    extraIds: new Map([...vocabulary].filter(([key]) => isSentenceKey(key))),
    decision: { ...NO_RULES, ...file.decision },
  };
}

const NO_IDS = new Int32Array(0);
const NO_RULES: DecisionRules = {
  ownEvidence: null,
  powerRule: false,
  topicWords: false,
  definitions: false,
};

/** The feature ids of a sentence's extra keys (power, definitions); unknown keys left out. */
export function extraFeatureIds(
  model: Model,
  input: Pick<SentenceInput, "text" | "power" | "definitions">,
): Int32Array {
  if (model.extraIds.size === 0) return NO_IDS;
  return sentenceKeyIds(model.space, input);
}

let cachedDefault: Model | undefined;

/**
 * Loads a model file; without a path, the committed model (cached after the first call).
 * @throws CounterweightError `MODEL_MISMATCH` when the file has another format id or version.
 */
export function loadModel(path?: string): Model {
  if (path === undefined && cachedDefault) return cachedDefault;
  const file = path ?? DEFAULT_MODEL_PATH;
  if (!existsSync(file)) {
    throw new CounterweightError("NOT_FOUND", `${file}: model file not found; run \`npm run train\``);
  }
  let parsed: ModelFile;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as ModelFile;
  } catch (error) {
    throw new CounterweightError("MODEL_MISMATCH", `${file}: not valid JSON; run \`npm run train\``, {
      cause: error,
    });
  }
  const model = modelFromFile(parsed, file);
  if (path === undefined) cachedDefault = model;
  return model;
}
