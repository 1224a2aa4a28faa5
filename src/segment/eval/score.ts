/**
 * Boundary scoring. A boundary is the offset where a sentence ENDS, after trimming trailing
 * whitespace (so "A. B." has boundaries after "A." and after "B."). Both systems and the gold
 * are reduced to such end offsets and scored identically.
 *
 * A boundary is the gap between two sentences, and where an opening quote or bracket in that gap
 * belongs is a tokenisation detail on which the gold is not consistent (it often ends a sentence
 * with the next one's opening `(` or `"`: `… contract. (` | `An Account …`). So before two
 * boundaries are compared, each is moved forward over whitespace, opening quotes, opening
 * brackets and bullets (`canonicalBoundary`); the same for gold, system and baseline.
 *
 * Only boundaries inside aligned gold sentences are judged: a predicted boundary `b` counts when
 * some aligned gold sentence has `start < b <= end` (true positive when `b === end`, false positive
 * otherwise). Predicted boundaries in text covered by an unaligned gold sentence are ignored, so
 * alignment failures can neither reward nor punish a system.
 */
import type { Span } from "../../core/index.ts";

export interface BoundaryCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface BoundaryScores {
  precision: number;
  recall: number;
  f1: number;
}

/** End offsets of the given spans, trimmed of trailing whitespace and deduplicated, ascending. */
export function endBoundaries(text: string, spans: readonly Span[]): number[] {
  const ends = new Set<number>();
  for (const span of spans) {
    let end = span.end;
    while (end > span.start && /\s/.test(text[end - 1]!)) end--;
    if (end > span.start) ends.add(end);
  }
  return [...ends].sort((a, b) => a - b);
}

const SKIPPED_IN_GAP = /[\s"'“‘„«(\[{•]/;

/** Moves a boundary forward over whitespace, opening quotes/brackets and bullets. */
export function canonicalBoundary(text: string, offset: number): number {
  while (offset < text.length && SKIPPED_IN_GAP.test(text[offset]!)) offset++;
  return offset;
}

/** Counts predicted end boundaries against aligned gold sentences (see the module comment). */
export function countBoundaries(
  text: string,
  goldSpans: ReadonlyArray<Span | null>,
  predicted: readonly number[],
): BoundaryCounts {
  const gold = goldSpans.filter((span): span is Span => span !== null).sort((a, b) => a.start - b.start);
  const goldEnds = new Set(gold.map((span) => canonicalBoundary(text, span.end)));
  const matched = new Set<number>();
  let falsePositives = 0;
  let g = 0;
  for (const boundary of predicted) {
    while (g < gold.length && gold[g]!.end < boundary) g++;
    const span = gold[g];
    if (span === undefined || span.start >= boundary) continue; // not inside any aligned gold sentence
    const canonical = canonicalBoundary(text, boundary);
    if (goldEnds.has(canonical)) matched.add(canonical);
    else falsePositives++;
  }
  const truePositives = matched.size;
  return { truePositives, falsePositives, falseNegatives: goldEnds.size - truePositives };
}

export interface BoundaryError {
  kind: "false positive" | "false negative";
  /** The canonical boundary offset in the text. */
  offset: number;
}

/** The boundaries behind the false positives and false negatives of `countBoundaries`, in text order. */
export function boundaryErrors(
  text: string,
  goldSpans: ReadonlyArray<Span | null>,
  predicted: readonly number[],
): BoundaryError[] {
  const gold = goldSpans.filter((span): span is Span => span !== null).sort((a, b) => a.start - b.start);
  const goldEnds = new Set(gold.map((span) => canonicalBoundary(text, span.end)));
  const found = new Set<number>();
  const errors: BoundaryError[] = [];
  let g = 0;
  for (const boundary of predicted) {
    while (g < gold.length && gold[g]!.end < boundary) g++;
    const span = gold[g];
    if (span === undefined || span.start >= boundary) continue;
    const canonical = canonicalBoundary(text, boundary);
    found.add(canonical);
    if (!goldEnds.has(canonical)) errors.push({ kind: "false positive", offset: canonical });
  }
  for (const end of goldEnds) if (!found.has(end)) errors.push({ kind: "false negative", offset: end });
  return errors.sort((a, b) => a.offset - b.offset);
}

/** Adds counts (for micro-averaging over documents). */
export function addCounts(a: BoundaryCounts, b: BoundaryCounts): BoundaryCounts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** Precision, recall and F1 from counts; an empty side scores 1 (nothing to get wrong). */
export function scoresOf(counts: BoundaryCounts): BoundaryScores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
