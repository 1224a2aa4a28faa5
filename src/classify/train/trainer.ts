/**
 * Trains the whole model from corpus documents. Per category: a linear SVM over all rows; Platt
 * calibration and the decision threshold from out-of-fold scores of an inner cross-validation
 * grouped by document (so nothing is tuned on the sentences it is judged on); and a level model
 * (level 3 versus 2) where both levels have enough examples, otherwise the observed level prior.
 */
import { CATEGORY_CODES } from "../../core/index.ts";
import type { CategoryCode } from "../../core/index.ts";
import type { CorpusDocument } from "../corpus/index.ts";
import { DEFAULT_FEATURE_OPTIONS } from "../features.ts";
import type { FeatureOptions } from "../features.ts";
import { BLOCKS, MODEL_FORMAT, MODEL_FORMAT_VERSION } from "../model.ts";
import type {
  BlockName,
  Calibration,
  DecisionRules,
  ModelFile,
  StoredCategory,
  StoredLevelModel,
} from "../model.ts";
import { sigmoid } from "../predict.ts";
import { buildFeatureSpace } from "../vectorize.ts";
import type { SparseVector } from "../vectorize.ts";
import { bestF1Threshold, fitPlatt } from "./calibrate.ts";
import { ruleVerdict } from "../judgement.ts";
import { buildDataset, documentInputs, extraKeysOf } from "./dataset.ts";
import { logCountRatios, scaleRows } from "./nb-scaling.ts";
import { createRandom, shuffleInPlace } from "./prng.ts";
import { storeWeights } from "./serialize.ts";
import { linearScore, trainLinearSvm } from "./svm.ts";
import type { LinearModel, SvmOptions } from "./svm.ts";

export interface TrainOptions {
  seed: number;
  /** Keep feature keys found in at least this many training sentences. */
  minDf: number;
  features: FeatureOptions;
  blockScales: Record<BlockName, number>;
  c: number;
  /** Extra cost on positives, for the rare categories. */
  positiveWeight: number;
  innerFolds: number;
  /** Cost multiplier for negatives tagged level 1 ("fair") in the category: on-topic but fair. */
  fairNegativeWeight: number;
  /** Naive-Bayes scaling smoothing (NBSVM); 0 turns the scaling off. */
  nbAlpha: number;
  /** Fewest examples of each level needed to learn level 3 versus 2 rather than use the prior. */
  minLevelExamples: number;
  /** Weights below this magnitude are dropped from the file. */
  pruneBelow: number;
  /** Who-may-do-what keys of the power analysis as features ("#p:provider:permission:ter"). */
  powerFeatures: boolean;
  /** What the own words must add to the score (null: context alone may create a finding). */
  ownEvidence: number | null;
  /** Apply the power rule (a reader's right or an equal term is not a power finding). */
  powerRule: boolean;
  /** A finding must speak of its category's subject in its own words. */
  topicWords: boolean;
  /** Sentences stating a definition's core wording may be judged against an eased threshold. */
  definitions: boolean;
  /** The easings tried per category for those sentences (1: none, 0: always a finding); the inner F1 chooses. */
  definitionFactors: number[];
  /** Per category, the easings tried instead of `definitionFactors` (experiments). */
  definitionFactorsOf?: Partial<Record<CategoryCode, number[]>>;
  /** Weight of the weak extra sentences (ToS;DR quotes) against corpus sentences; 0 leaves them out. */
  weakWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = Object.freeze({
  seed: 20240607,
  minDf: 2,
  features: DEFAULT_FEATURE_OPTIONS,
  // The neighbours' blocks tie with none in the inner cross-validation (0.7098 with them at 0.2,
  // 0.7097 without) and cost two thirds of the scoring: left out. The heading's block pays
  // (0.7028 without it); its scale 0.5 ties with 0.2 and 0.35 inside (within 0.001), and the
  // development cases of the behaviour suite broke the tie. docs/decisions/0007, variant 20.
  blockScales: { own: 1, previous: 0, next: 0, heading: 0.5 },
  c: 0.5,
  positiveWeight: 2,
  innerFolds: 5,
  fairNegativeWeight: 1,
  nbAlpha: 0,
  minLevelExamples: 12,
  pruneBelow: 0.002,
  powerFeatures: true,
  ownEvidence: 0.5,
  powerRule: true,
  topicWords: true,
  definitions: true,
  definitionFactors: [1, 0.75, 0.5, 0.3, 0.15, 0],
  weakWeight: 0.25,
});

export interface InnerFit {
  precision: number;
  recall: number;
  f1: number;
  threshold: number;
}

export interface TrainResult {
  file: ModelFile;
  /** Per category, out-of-fold figures of the inner cross-validation (training documents only). */
  inner: Record<CategoryCode, InnerFit>;
  /** Per category, the raw out-of-fold score of every training row (zeros where a fold lacked a class). */
  outOfFold: Record<CategoryCode, Float64Array>;
}

/**
 * Trains one linear model; with `nbAlpha` > 0 on NB-scaled rows, the scaling folded back into the
 * weights so that the model scores plain rows.
 */
function fitLinear(
  rows: readonly SparseVector[],
  labels: Int8Array,
  dims: number,
  svm: SvmOptions,
  nbAlpha: number,
): LinearModel {
  if (nbAlpha <= 0) return trainLinearSvm(rows, labels, dims, svm);
  const ratios = logCountRatios(rows, labels, dims, nbAlpha);
  const model = trainLinearSvm(scaleRows(rows, ratios), labels, dims, svm);
  for (let f = 0; f < dims; f++) model.weights[f] = model.weights[f]! * ratios[f]!;
  return model;
}

/** Assigns each document to one of k inner folds: shuffled by seed after sorting by name. */
function innerFoldOf(documents: readonly CorpusDocument[], k: number, seed: number): Int32Array {
  const names = documents.map((d) => d.name).sort();
  shuffleInPlace(names, createRandom(seed));
  const foldByName = new Map(names.map((name, i) => [name, i % k]));
  return Int32Array.from(documents, (d) => foldByName.get(d.name)!);
}

/**
 * Scores of every row from models that never saw the row's document; with `ownDims`, also the
 * score of the row's own block alone (ids below `ownDims`) into `ownScores`.
 */
function outOfFoldScores(
  rows: readonly SparseVector[],
  labels: Int8Array,
  foldOfRow: Int32Array,
  k: number,
  dims: number,
  svm: SvmOptions,
  nbAlpha: number,
  own?: { dims: number; scores: Float64Array },
): Float64Array | undefined {
  const scores = new Float64Array(rows.length);
  for (let fold = 0; fold < k; fold++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    for (let i = 0; i < rows.length; i++) (foldOfRow[i] === fold ? testIdx : trainIdx).push(i);
    const trainLabels = Int8Array.from(trainIdx, (i) => labels[i]!);
    if (!trainLabels.includes(1) || !trainLabels.includes(-1)) return undefined;
    const model = fitLinear(
      trainIdx.map((i) => rows[i]!),
      trainLabels,
      dims,
      {
        ...svm,
        seed: svm.seed + fold,
        ...(svm.rowWeights ? { rowWeights: Float64Array.from(trainIdx, (i) => svm.rowWeights![i]!) } : {}),
      },
      nbAlpha,
    );
    for (const i of testIdx) {
      scores[i] = linearScore(model, rows[i]!);
      if (own) own.scores[i] = ownScore(model, rows[i]!, own.dims);
    }
  }
  return scores;
}

/** What the row's own block adds to the score (the sentence's words and keys; no context, no bias). */
function ownScore(model: LinearModel, row: SparseVector, ownDims: number): number {
  let dot = 0;
  for (let k = 0; k < row.ids.length; k++) {
    const id = row.ids[k]!;
    if (id < ownDims) dot += model.weights[id]! * row.values[k]!;
  }
  return dot;
}

/** Out-of-fold precision, recall and F1 at `threshold`. */
function innerFigures(probabilities: Float64Array, positive: boolean[], threshold: number): InnerFit {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < positive.length; i++) {
    const predicted = probabilities[i]! >= threshold;
    if (predicted && positive[i]) tp++;
    else if (predicted) fp++;
    else if (positive[i]) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, threshold };
}

/** Learns "clearly unfair" (3) against "potentially unfair" (2) among a category's unfair rows. */
function trainLevel(
  rows: readonly SparseVector[],
  levels: Uint8Array,
  foldOfRow: Int32Array,
  dims: number,
  options: TrainOptions,
): StoredLevelModel {
  const unfairIdx: number[] = [];
  let level3 = 0;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i]! > 0) {
      unfairIdx.push(i);
      if (levels[i] === 3) level3++;
    }
  }
  const level2 = unfairIdx.length - level3;
  const prior: StoredLevelModel = {
    kind: "prior",
    clearlyUnfair: Math.round(((level3 + 1) / (unfairIdx.length + 2)) * 1e4) / 1e4,
  };
  if (level3 < options.minLevelExamples || level2 < options.minLevelExamples) return prior;
  const subRows = unfairIdx.map((i) => rows[i]!);
  const labels = Int8Array.from(unfairIdx, (i) => (levels[i] === 3 ? 1 : -1));
  const folds = Int32Array.from(unfairIdx, (i) => foldOfRow[i]!);
  const svm: SvmOptions = { c: options.c, positiveWeight: 1, seed: options.seed + 7 };
  const oof = outOfFoldScores(subRows, labels, folds, options.innerFolds, dims, svm, 0);
  if (!oof) return prior;
  const calibration = fitPlatt(
    oof,
    Array.from(labels, (y) => y > 0),
  );
  const model = trainLinearSvm(subRows, labels, dims, svm);
  return {
    kind: "linear",
    weights: storeWeights(model, options.pruneBelow),
    calibration: roundCalibration(calibration),
  };
}

function roundCalibration(calibration: Calibration): Calibration {
  return { a: Math.round(calibration.a * 1e6) / 1e6, b: Math.round(calibration.b * 1e6) / 1e6 };
}

/**
 * Trains a complete model file from documents (all tuning inside them). `weak` documents (ToS;DR
 * quotes) join the training rows with `options.weakWeight`, but never an inner test fold: the
 * calibration, thresholds and inner figures come from the corpus documents alone.
 */
export function trainModel(
  corpus: readonly CorpusDocument[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  weak: readonly CorpusDocument[] = [],
): TrainResult {
  const documents = options.weakWeight > 0 ? [...corpus, ...weak] : corpus;
  const inputsOf = documents.map((d) => documentInputs(d, options.powerFeatures));
  const inputs = inputsOf.flat();
  const space = buildFeatureSpace(
    inputs.map((input) => input.text),
    options.minDf,
    options.features,
    inputs.map((input) => extraKeysOf(input, options.features)),
  );
  const blockScales = BLOCKS.map((b) => options.blockScales[b]);
  const data = buildDataset(documents, inputsOf, space, blockScales, CATEGORY_CODES);
  const ownDims = space.idf.length;
  const rules: DecisionRules = {
    ownEvidence: options.ownEvidence,
    powerRule: options.powerRule,
    topicWords: options.topicWords,
    definitions: options.definitions,
  };
  const docFold = innerFoldOf(corpus, options.innerFolds, options.seed);
  // Weak rows are in every inner training set and no inner test set.
  const foldOfRow = Int32Array.from(data.documentOf, (d) => (d < corpus.length ? docFold[d]! : -1));
  const n = data.documentOf.findIndex((d) => d >= corpus.length);
  const corpusRows = n < 0 ? data.rows.length : n;
  const categories: StoredCategory[] = [];
  const inner = {} as Record<CategoryCode, InnerFit>;
  const outOfFold = {} as Record<CategoryCode, Float64Array>;
  for (const [c, code] of CATEGORY_CODES.entries()) {
    const levels = data.levels.get(code)!;
    const labels = Int8Array.from(levels, (level) => (level > 0 ? 1 : -1));
    const positive = Array.from(labels, (y) => y > 0);
    const fair = data.fairTagged.get(code)!;
    const weighted = (options.fairNegativeWeight !== 1 && fair.includes(1)) || corpusRows < data.rows.length;
    const svm: SvmOptions = {
      c: options.c,
      positiveWeight: options.positiveWeight,
      seed: options.seed + 101 * c,
      ...(weighted
        ? {
            rowWeights: Float64Array.from(fair, (f, row) =>
              row >= corpusRows ? options.weakWeight : f ? options.fairNegativeWeight : 1,
            ),
          }
        : {}),
    };
    const own = { dims: ownDims, scores: new Float64Array(data.rows.length) };
    const oof = outOfFoldScores(
      data.rows,
      labels,
      foldOfRow,
      options.innerFolds,
      data.dims,
      svm,
      options.nbAlpha,
      own,
    );
    outOfFold[code] = oof ?? new Float64Array(data.rows.length);
    let calibration: Calibration = { a: -1, b: 0 };
    let threshold = 0.5;
    let definitionFactor: number | undefined;
    if (oof) {
      const scores = oof.subarray(0, corpusRows);
      const truth = positive.slice(0, corpusRows);
      calibration = roundCalibration(fitPlatt(scores, truth));
      // The threshold is chosen for the decision as the product makes it: rows whose own words add
      // too little, or that the rules take away, never pass; rows stating the definition (when that
      // rule is on) always do.
      const evidence = options.ownEvidence;
      const verdicts = inputs.slice(0, corpusRows).map((input) => ruleVerdict(code, input, rules));
      // A defined row passes at t when p ≥ t × factor: judge it by p / factor, for each candidate
      // factor, and keep the factor (and threshold) with the best inner F1.
      let best: { f1: number; factor: number; threshold: number; judged: Float64Array } | undefined;
      for (const factor of options.definitions
        ? (options.definitionFactorsOf?.[code] ?? options.definitionFactors)
        : [1]) {
        const judged = scores.map((score, row) => {
          const verdict = verdicts[row]!;
          if (verdict.vetoed) return 0;
          if (evidence !== null && own.scores[row]! < evidence) return 0;
          const probability = sigmoid(calibration, score);
          if (!verdict.defined) return probability;
          return factor === 0 ? 1 : Math.min(1, probability / factor);
        });
        const cut = Math.round(bestF1Threshold(judged, truth) * 1e6) / 1e6;
        const f1 = innerFigures(judged, truth, cut).f1;
        if (!best || f1 > best.f1 + 1e-9) best = { f1, factor, threshold: cut, judged };
      }
      threshold = best!.threshold;
      if (best!.factor !== 1) definitionFactor = best!.factor;
      inner[code] = innerFigures(best!.judged, truth, threshold);
    } else {
      inner[code] = { precision: 0, recall: 0, f1: 0, threshold };
    }
    const model = fitLinear(data.rows, labels, data.dims, svm, options.nbAlpha);
    categories.push({
      code,
      weights: storeWeights(model, options.pruneBelow),
      calibration,
      threshold,
      level: trainLevel(
        data.rows.slice(0, corpusRows),
        levels.subarray(0, corpusRows),
        foldOfRow.subarray(0, corpusRows),
        data.dims,
        options,
      ),
      ...(definitionFactor !== undefined ? { definitionFactor } : {}),
    });
  }
  const idfScale = 1e-4;
  const file: ModelFile = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    description:
      "Counterweight clause classifier: per-category linear SVMs over TF-IDF n-grams with sentence context, Platt-calibrated.",
    training: {
      corpus: "tos-unfair-clauses/en (Galassi et al. 2024, CC BY 4.0; extends CLAUDETTE, Lippi et al. 2019)",
      documents: corpus.length,
      sentences: corpusRows,
      ...(corpusRows < data.rows.length
        ? {
            weak: { source: "tosdr-points (ToS;DR, CC BY-SA 3.0)", sentences: data.rows.length - corpusRows },
          }
        : {}),
      options,
    },
    features: {
      options: options.features,
      blockScales: options.blockScales,
      vocabulary: [...space.vocabulary.keys()],
      idf: Array.from(space.idf, (v) => Math.round(v / idfScale)),
      idfScale,
    },
    categories,
    decision: rules,
  };
  return { file, inner, outOfFold };
}
