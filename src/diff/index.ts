/**
 * The diff stage: two analyses of an agreement in, what changed out — clauses aligned (unchanged,
 * moved, edited, added, removed), word-level changes, finding deltas and the grade change — and
 * the same diff as terminal text, versioned JSON or a self-contained HTML page.
 * This file is the stage's only import surface.
 */
export { diffAnalyses } from "./diff-analyses.ts";
export {
  alignClauses,
  type AlignInput,
  type AlignOptions,
  type AlignedPair,
  type Alignment,
} from "./align.ts";
export { wordChanges } from "./words.ts";
export { renderDiffText, type DiffTextOptions } from "./render-text.ts";
export { renderDiffJson, DIFF_SCHEMA_VERSION, type JsonDiff } from "./render-json.ts";
export { renderDiffHtml } from "./render-html.ts";
export type * from "./types.ts";
