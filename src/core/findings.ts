import type { FindingCategory, UnfairLevel } from "./categories.ts";
import type { Span } from "./document.ts";
import type { PowerHolder, PowerStatement } from "./power.ts";

/** A word or phrase that pushed the decision, with its contribution to the score. */
export interface Evidence extends Span {
  weight: number;
}

/**
 * One clause judged one-sided in one category. Its span is the clause (a paragraph, a list with its
 * introduction, or lines of one sentence broken apart); `fragments` are the sentences of it that
 * carry the category, each highlighted; `sentence` is the strongest of them.
 */
export interface Finding extends Span {
  category: FindingCategory;
  level: UnfairLevel;
  /** Calibrated probability that the sentence is unfair in this category. */
  probability: number;
  /** Calibrated probability that it is clearly (level 3) rather than potentially unfair. */
  clearlyUnfairProbability: number;
  /** Index into `Segmentation.sentences` of the strongest fragment. */
  sentence: number;
  /** Index into `Segmentation.clauses` of the line that holds the strongest fragment. */
  clause: number;
  /** The sentences of the clause judged one-sided in this category, in document order. */
  fragments: Span[];
  headingPath: string[];
  evidence: Evidence[];
  /**
   * Who holds the power the clause is about: the statements of its fragments about the category
   * (spans into the document text), and those of the other party in the same section.
   */
  power: FindingPower;
}

export interface FindingPower {
  holder: PowerHolder;
  statements: PowerStatement[];
  /** The provider's name as the report shows it ("Acme"), found in the document. */
  provider?: string;
}

/** The power of a finding nobody analysed (gold annotations, test fixtures, stored old versions). */
export function unanalysedPower(): FindingPower {
  return { holder: "none", statements: [] };
}
