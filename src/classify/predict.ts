/**
 * Scores sentences with a loaded model: one linear score per category over the sentence's own
 * TF-IDF vector plus its scaled-down context (previous, next sentence, heading), then Platt
 * calibration, the category's tuned threshold, and the level (2 or 3).
 */
import type { CategoryCode, UnfairLevel } from "../core/index.ts";
import type { SentenceInput } from "./context.ts";
import type { Calibration, Model, StoredCategory } from "./model.ts";
import { extraFeatureIds } from "./model.ts";
import type { VectorBuffer } from "./fast-vectorize.ts";
import { ruleVerdict } from "./judgement.ts";
import { definitionsOf } from "./sentence-keys.ts";
import { earnedLevel } from "./level-rule.ts";
import { holderFor } from "./power-rule.ts";

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

let bases = new Int32Array(256);

/**
 * Writes a text's partial scores for weight slots `from` to `to` (exclusive), every task and category,
 * to `out[at…]`. Several outputs at a time, each summing its terms in feature order from 0 in a
 * register: the same sums, bit for bit, as adding feature by feature into the table, at less than
 * half the cost (no load and store per term). A score does not depend on the block range.
 */
function writePartialScores(
  model: Model,
  vector: VectorBuffer,
  from: number,
  to: number,
  out: Float64Array,
  at: number,
): void {
  const { blockStride, slotFloats, weights } = model;
  const { ids, values, length } = vector;
  if (bases.length < length) bases = new Int32Array(length * 2);
  for (let slot = from; slot < to; slot++) {
    const first = slot * slotFloats;
    const into = at + (slot - from) * blockStride;
    for (let k = 0; k < length; k++) bases[k] = ids[k]! * blockStride + first;
    let j = 0;
    // Twelve at a time first (a block of nine categories and three level models is one pass over
    // the features, each feature's weights read once), then six, then one.
    for (; j + 12 <= blockStride; j += 12) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      let s8 = 0;
      let s9 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let k = 0; k < length; k++) {
        const value = values[k]!;
        const base = bases[k]! + j;
        s0 += value * weights[base]!;
        s1 += value * weights[base + 1]!;
        s2 += value * weights[base + 2]!;
        s3 += value * weights[base + 3]!;
        s4 += value * weights[base + 4]!;
        s5 += value * weights[base + 5]!;
        s6 += value * weights[base + 6]!;
        s7 += value * weights[base + 7]!;
        s8 += value * weights[base + 8]!;
        s9 += value * weights[base + 9]!;
        s10 += value * weights[base + 10]!;
        s11 += value * weights[base + 11]!;
      }
      out[into + j] = s0;
      out[into + j + 1] = s1;
      out[into + j + 2] = s2;
      out[into + j + 3] = s3;
      out[into + j + 4] = s4;
      out[into + j + 5] = s5;
      out[into + j + 6] = s6;
      out[into + j + 7] = s7;
      out[into + j + 8] = s8;
      out[into + j + 9] = s9;
      out[into + j + 10] = s10;
      out[into + j + 11] = s11;
    }
    for (; j + 6 <= blockStride; j += 6) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      for (let k = 0; k < length; k++) {
        const value = values[k]!;
        const base = bases[k]! + j;
        s0 += value * weights[base]!;
        s1 += value * weights[base + 1]!;
        s2 += value * weights[base + 2]!;
        s3 += value * weights[base + 3]!;
        s4 += value * weights[base + 4]!;
        s5 += value * weights[base + 5]!;
      }
      out[into + j] = s0;
      out[into + j + 1] = s1;
      out[into + j + 2] = s2;
      out[into + j + 3] = s3;
      out[into + j + 4] = s4;
      out[into + j + 5] = s5;
    }
    for (; j < blockStride; j++) {
      let sum = 0;
      for (let k = 0; k < length; k++) sum += values[k]! * weights[bases[k]! + j]!;
      out[into + j] = sum;
    }
  }
}

/** Rows of partial scores for context texts that are not a neighbouring sentence (or a heading). */
class ContextRows {
  private readonly rowOf = new Map<string, number>();
  private table: Float64Array;
  private rows = 0;

  /** Rows for the slots `from` to `to` (exclusive) of the model's weights. */
  constructor(
    private readonly model: Model,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.table = new Float64Array(4 * this.width);
  }

  private get width(): number {
    return (this.to - this.from) * this.model.blockStride;
  }

  /** Where the partial scores of `text` for slot `slot` start in `this.scores`. */
  offset(text: string, slot: number): number {
    let row = this.rowOf.get(text);
    if (row === undefined) {
      if ((this.rows + 1) * this.width > this.table.length) {
        const grown = new Float64Array(this.table.length * 2);
        grown.set(this.table);
        this.table = grown;
      }
      row = this.rows++;
      writePartialScores(
        this.model,
        this.model.vectorizeInto(text),
        this.from,
        this.to,
        this.table,
        row * this.width,
      );
      this.rowOf.set(text, row);
    }
    return row * this.width + (slot - this.from) * this.model.blockStride;
  }

  get scores(): Float64Array {
    return this.table;
  }
}

const OWN = 0;
const PREVIOUS = 1;
const NEXT = 2;
const HEADING = 3;

/**
 * Classifies sentences, each with optional context. Every sentence is vectorised and scored once
 * for the blocks a sentence can fill (own, previous of the next one, next of the previous one),
 * even though it is also its neighbours' context; headings, and context that is not the
 * neighbouring sentence, get rows of their own, each distinct text once. Blocks the model gives
 * no weight (scale 0) are not scored at all.
 * @example classifySentences([{ text: "We may terminate your account at any time." }], loadModel())
 */
export function classifySentences(items: readonly SentenceInput[], model: Model): SentencePrediction[] {
  const predictions: SentencePrediction[] = new Array<SentencePrediction>(items.length);
  scoreSentences(items, model, (i, unfairScore, levelScore, ownScore) => {
    predictions[i] = decide(model, unfairScore, levelScore, ownScore, items[i]!);
  });
  return predictions;
}

/** One category of one sentence judged unfair, as `classifySentences` would report it. */
export interface UnfairCategory {
  sentence: number;
  /** Index in `CATEGORY_CODES` order. */
  category: number;
  probability: number;
  clearlyUnfairProbability: number;
  level: UnfairLevel;
}

/**
 * The categories judged unfair, sentence by sentence: the same judgements as `classifySentences`
 * (the same arithmetic), without an object per sentence and category for the many that are not.
 */
export function unfairCategories(items: readonly SentenceInput[], model: Model): UnfairCategory[] {
  const stored = model.file.categories;
  const found: UnfairCategory[] = [];
  scoreSentences(items, model, (i, unfairScore, levelScore, ownScore) => {
    for (let c = 0; c < stored.length; c++) {
      const category = stored[c]!;
      const judged = judge(model, c, sigmoid(category.calibration, unfairScore[c]!), ownScore[c]!, items[i]!);
      if (judged === undefined) continue;
      const clearlyUnfairProbability = clearlyUnfair(category, levelScore[c]!);
      found.push({
        sentence: i,
        category: c,
        probability: judged,
        clearlyUnfairProbability,
        level: levelFor(category, clearlyUnfairProbability, items[i]!),
      });
    }
  });
  return found;
}

/**
 * Whether a sentence is unfair in a category, and the probability it reports. Vetoed sentences
 * never are; a sentence stating the definition always is (reporting at least the definition's
 * corpus precision); otherwise the score must reach the threshold and the sentence's own words
 * must be evidence (context refines, it does not accuse).
 */
function judge(
  model: Model,
  c: number,
  probability: number,
  ownScore: number,
  item: SentenceInput,
): number | undefined {
  const rules = model.decision;
  const category = model.file.categories[c]!;
  // A factor of 0: a sentence stating the definition is a finding whatever its score.
  const eased = category.threshold * (category.definitionFactor ?? 1);
  // Most sentences are far below every threshold: the cheap tests first, the patterns last.
  if (!(probability >= eased)) return undefined;
  const defined = rules.definitions && (definitionsOf(item) & (1 << c)) !== 0;
  if (!(probability >= (defined ? eased : category.threshold))) return undefined;
  if (rules.ownEvidence !== null && ownScore - model.unfairBias[c]! < rules.ownEvidence) return undefined;
  if (ruleVerdict(category.code, item, rules).vetoed) return undefined;
  return probability;
}

function levelFor(
  category: StoredCategory,
  clearlyUnfairProbability: number,
  item: SentenceInput,
): UnfairLevel {
  const holder = item.power ? holderFor(category.code, item.power) : "none";
  return earnedLevel(category.code, clearlyUnfairProbability, item.text, holder);
}

/**
 * Scores every sentence and hands each one's unfair and level scores (before calibration), and
 * the unfair score from its own words alone, to `visit`, in order. The arrays are reused: `visit`
 * must read them before it returns.
 */
function scoreSentences(
  items: readonly SentenceInput[],
  model: Model,
  visit: (i: number, unfairScore: Float64Array, levelScore: Float64Array, ownScore: Float64Array) => void,
): void {
  const { stride, blockStride, slots } = model;
  const n = model.categories.length;
  // The slots a sentence's own vector fills: its own block, and the neighbour blocks in use
  // (the active blocks among own, previous and next come first and in order).
  const ownSlots = Math.max(slots[OWN]!, slots[PREVIOUS]!, slots[NEXT]!) + 1;
  const own = new Float64Array(Math.max(1, items.length) * stride);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const vector = model.vectorizeInto(item.text, false, extraFeatureIds(model, item));
    writePartialScores(model, vector, 0, ownSlots, own, i * stride);
  }
  const headingSlot = slots[HEADING]!;
  const headings = headingSlot < 0 ? undefined : new ContextRows(model, headingSlot, headingSlot + 1);
  let others: ContextRows | undefined;
  const levelCategories = model.levelCategories;
  const unfairScore = new Float64Array(n);
  const levelScore = new Float64Array(n);
  const ownScore = new Float64Array(n);
  const addBlock = (b: number, table: Float64Array, offset: number) => {
    const scale = model.blockScales[b]!;
    for (let c = 0; c < n; c++) unfairScore[c] = unfairScore[c]! + scale * table[offset + c]!;
    for (let j = 0; j < levelCategories.length; j++) {
      const c = levelCategories[j]!;
      levelScore[c] = levelScore[c]! + scale * table[offset + n + j]!;
    }
  };
  const addContext = (b: number, text: string | undefined, neighbour: number) => {
    const slot = slots[b]!;
    if (slot < 0 || text === undefined || text.length === 0) return;
    if (neighbour >= 0 && neighbour < items.length && items[neighbour]!.text === text) {
      addBlock(b, own, neighbour * stride + slot * blockStride);
    } else {
      others ??= new ContextRows(model, 1, ownSlots);
      // The offset first: adding a row may grow (replace) the table.
      const offset = others.offset(text, slot);
      addBlock(b, others.scores, offset);
    }
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    unfairScore.set(model.unfairBias);
    levelScore.set(model.levelBias);
    addBlock(OWN, own, i * stride);
    ownScore.set(unfairScore);
    addContext(PREVIOUS, item.previous, i - 1);
    addContext(NEXT, item.next, i + 1);
    if (headings && item.heading !== undefined && item.heading.length > 0) {
      const offset = headings.offset(item.heading, headingSlot);
      addBlock(HEADING, headings.scores, offset);
    }
    visit(i, unfairScore, levelScore, ownScore);
  }
}

function decide(
  model: Model,
  unfairScore: Float64Array,
  levelScore: Float64Array,
  ownScore: Float64Array,
  item: SentenceInput,
): SentencePrediction {
  const stored = model.file.categories;
  const categories: CategoryPrediction[] = new Array<CategoryPrediction>(stored.length);
  let any = false;
  for (let c = 0; c < stored.length; c++) {
    const category = stored[c]!;
    const score = unfairScore[c]!;
    const calibrated = sigmoid(category.calibration, score);
    const judged = judge(model, c, calibrated, ownScore[c]!, item);
    const unfair = judged !== undefined;
    const probability = judged ?? calibrated;
    const clearlyUnfairProbability = clearlyUnfair(category, levelScore[c]!);
    any ||= unfair;
    categories[c] = {
      category: category.code,
      probability,
      unfair,
      clearlyUnfairProbability,
      // Only a finding earns a level from its circumstances; the rest keep the model's reading.
      level: unfair
        ? levelFor(category, clearlyUnfairProbability, item)
        : clearlyUnfairProbability >= 0.5
          ? 3
          : 2,
      score,
    };
  }
  return { categories, unfair: any };
}

/** Probability that an unfair sentence is clearly unfair: the level model, or its prior. */
function clearlyUnfair(category: StoredCategory, levelScore: number): number {
  return category.level.kind === "linear"
    ? sigmoid(category.level.calibration, levelScore)
    : category.level.clearlyUnfair;
}
