/**
 * What changed between two analyses of an agreement: how the clauses line up, what changed inside
 * them, and what the change did to the findings and the grade. Pure data, no storage: a store of
 * versions or a feed builds on these objects.
 */
import type { Grade } from "../assess/index.ts";
import type { FindingCategory, UnfairLevel } from "../core/index.ts";

/**
 * How a clause of the newer version relates to the older one.
 * - `unchanged`: the same text, in the same relative order.
 * - `moved`: the same or nearly the same text, but out of order with the rest (`edited` says whether its words changed too).
 * - `edited`: similar text in the same relative order, with word-level changes.
 * - `added` / `removed`: no counterpart on the other side.
 */
export type ClauseChangeKind = "unchanged" | "moved" | "edited" | "added" | "removed";

/** One clause on one side of the diff; `index` points into that side's `segmentation.clauses`. */
export interface ClauseRef {
  index: number;
  start: number;
  end: number;
  headingPath: string[];
  text: string;
}

/** A run of words that is the same on both sides, only in the newer, or only in the older text. */
export interface WordChange {
  op: "equal" | "insert" | "delete";
  text: string;
}

/**
 * One change in the findings. `category-added` / `category-removed`: the category is found on one
 * side of a clause pair only; `level-raised` / `level-lowered`: found on both at another level;
 * `circumstance-added` / `circumstance-removed`: a circumstance (e.g. `opt-out`, `any-reason`)
 * appeared or disappeared in a category found on both sides.
 */
export type FindingDeltaKind =
  | "category-added"
  | "category-removed"
  | "level-raised"
  | "level-lowered"
  | "circumstance-added"
  | "circumstance-removed";

export interface FindingDelta {
  kind: FindingDeltaKind;
  category: FindingCategory;
  /** Highest level in the older clause, absent when the category was not found there. */
  olderLevel?: UnfairLevel;
  /** Highest level in the newer clause, absent when the category is no longer found there. */
  newerLevel?: UnfairLevel;
  /** For circumstance deltas: the circumstance's stable id, label and its usual effect on fairness. */
  circumstance?: { id: string; label: string; effect: "worse" | "milder" };
  /** Whether the change is bad (`worse`) or good (`better`) for the reader. */
  direction: "worse" | "better";
  /** Relative weight used to order the summary, most severe first (bigger = more severe). */
  severity: number;
  /** One plain sentence, e.g. "New clearly unfair termination clause in 3. Term". */
  summary: string;
  /** Index into `AnalysisDiff.clauses` of the clause pair this delta belongs to. */
  clause: number;
  /** The heading the clause stands under ("14. Disputes"), empty when it has none. */
  place: string;
}

export interface ClauseChange {
  kind: ClauseChangeKind;
  older?: ClauseRef;
  newer?: ClauseRef;
  /** Similarity 0..1 of the two texts (1 for identical after normalisation); 0 for added and removed. */
  similarity: number;
  /** True when the words changed (kind `edited`, or `moved` with edits). */
  edited: boolean;
  /** Word-level changes, present whenever `edited` is true. */
  words?: WordChange[];
  /** Finding deltas of this clause pair, most severe first. */
  findings: FindingDelta[];
}

/** A run of consecutive clauses that moved together (a moved section). Indices are into `clauses`. */
export interface MovedBlock {
  /** Index in `AnalysisDiff.clauses` of the first and one past the last clause of the run. */
  from: number;
  to: number;
  /** The older clause indices the run came from (first, one past last). */
  olderStart: number;
  olderEnd: number;
  headingPath: string[];
}

export interface DiffSide {
  name: string;
  grade: Grade;
  score: number;
  clauses: number;
  findings: number;
  clearlyUnfair: number;
  potentiallyUnfair: number;
}

export interface GradeChange {
  older: Grade;
  newer: Grade;
  direction: "worse" | "better" | "same";
  /** e.g. "Grade C → D: the terms got worse for you." */
  summary: string;
}

export interface ClauseCounts {
  unchanged: number;
  moved: number;
  edited: number;
  added: number;
  removed: number;
}

export interface AnalysisDiff {
  older: DiffSide;
  newer: DiffSide;
  grade: GradeChange;
  counts: ClauseCounts;
  /** Every clause of both versions, in the newer version's order; removed clauses stand where they were. */
  clauses: ClauseChange[];
  moves: MovedBlock[];
  /** Every finding delta, most severe first. */
  findingDeltas: FindingDelta[];
  /** Short plain sentences, grade first, then the finding deltas (most severe first), then the text changes. */
  summary: string[];
}
