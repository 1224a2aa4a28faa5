/**
 * The segment stage: headings, clauses and sentences of an agreement, as offsets into its text.
 * This file is the stage's only import surface; the corpus evaluation lives in `./eval/`.
 */
export { segment } from "./segment.ts";
export type { SegmentOptions } from "./segment.ts";
export { findSentenceProblem } from "./invariants.ts";
