import type { AnalysisDiff } from "./types.ts";

/** Version of the JSON diff format (docs/diff-schema.md). Bump the major on a breaking change. */
export const DIFF_SCHEMA_VERSION = "1.0";

/** The JSON diff document: a versioned envelope around `AnalysisDiff` (see docs/diff-schema.md). */
export interface JsonDiff extends AnalysisDiff {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  generator: { name: "counterweight"; kind: "diff" };
}

/**
 * The diff as a versioned JSON object.
 *
 * @example
 * writeFileSync("diff.json", JSON.stringify(renderDiffJson(diff), null, 2));
 */
export function renderDiffJson(diff: AnalysisDiff): JsonDiff {
  return { schemaVersion: DIFF_SCHEMA_VERSION, generator: { name: "counterweight", kind: "diff" }, ...diff };
}
