import type { Span } from "./document.ts";

/** A section heading: numbered ("14. Disputes") or titled ("Arbitration"). */
export interface Heading extends Span {
  /** 1 for top-level sections, deeper numbers for sub-sections. */
  level: number;
  /** Headings above and including this one, as their texts, outermost first. */
  path: string[];
}

/** A paragraph or numbered item: the unit a person reads as one term. */
export interface Clause extends Span {
  kind: "paragraph" | "list-item" | "heading";
  /** The headings this clause sits under, outermost first (e.g. ["14. Disputes", "Arbitration"]). */
  headingPath: string[];
}

/** One sentence; sentences never overlap and together cover every non-space character. */
export interface Sentence extends Span {
  /** Index into `Segmentation.clauses` of the clause holding this sentence. */
  clause: number;
  /** True when the sentence is (part of) a heading rather than body text. */
  heading: boolean;
}

export interface Segmentation {
  headings: Heading[];
  clauses: Clause[];
  sentences: Sentence[];
}

/** Joins a heading path for display: `14. Disputes › Arbitration`. */
export function formatHeadingPath(path: readonly string[]): string {
  return path.join(" › ");
}
