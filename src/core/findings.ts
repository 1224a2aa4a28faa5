import type { CategoryCode, UnfairLevel } from "./categories.ts";
import type { Span } from "./document.ts";

/** A word or phrase that pushed the decision, with its contribution to the score. */
export interface Evidence extends Span {
  weight: number;
}

/** One sentence judged one-sided in one category. Its span is the sentence's span. */
export interface Finding extends Span {
  category: CategoryCode;
  level: UnfairLevel;
  /** Calibrated probability that the sentence is unfair in this category. */
  probability: number;
  /** Calibrated probability that it is clearly (level 3) rather than potentially unfair. */
  clearlyUnfairProbability: number;
  /** Index into `Segmentation.sentences`. */
  sentence: number;
  /** Index into `Segmentation.clauses`. */
  clause: number;
  headingPath: string[];
  evidence: Evidence[];
}
