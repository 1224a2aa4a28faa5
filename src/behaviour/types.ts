/**
 * A behaviour case: one sentence in a realistic paragraph, with the findings a careful consumer
 * lawyer would expect on it. The cases are written from the category definitions in
 * docs/behaviour.md, before any tuning, and change only when a definition changes.
 */
import type { CategoryCode, UnfairLevel } from "../core/index.ts";

/** What a case tests; `byKind` in `npm run eval:behaviour` reports each. */
export const BEHAVIOUR_KINDS = [
  /** The provider holds the power (named, "we", or implied by the passive): a finding. */
  "provider-power",
  /** The reader's own right: no finding. */
  "reader-right",
  /** Both parties hold the same right on equal terms. */
  "mutual",
  /** The provider's power with safeguards (notice, stated reasons, refund, carve-outs). */
  "safeguards",
  /** The power expressly denied or limited away ("we will not …", "nothing in these terms limits …"). */
  "negation",
  /** Invariance: the same term with another provider name or defined term. */
  "company-name",
  /** Invariance: the same term in ALL CAPS. */
  "all-caps",
  /** Invariance: the same term with section numbering ("7.2", "§ 4", "(c)"). */
  "numbering",
  /** Invariance: the same term written as a list (an introduction and items on their own lines). */
  "list-format",
  /** Invariance: British against American spelling ("licence"/"license", "cancelled"/"canceled"). */
  "spelling",
  /** A fair sentence between two unfair sentences of another category: context must not accuse it. */
  "fair-between-unfair",
  /** A worker's (driver, courier, freelancer) version of the term. */
  "worker",
  /** A seller's, creator's or developer's version of the term. */
  "seller",
] as const;

export type BehaviourKind = (typeof BEHAVIOUR_KINDS)[number];

export interface BehaviourCase {
  /** Stable and unique: `<category>-<kind>-<n>`, e.g. `ter-reader-right-3`. */
  id: string;
  /** The category whose definition the case tests. */
  category: CategoryCode;
  kind: BehaviourKind;
  /** Who reads the agreement; default `consumer`. */
  party?: "consumer" | "worker" | "business";
  /**
   * The provider as the document names it; default `{ name: "Northwind Online Ltd", short: "Northwind" }`.
   * The document opens with a title and a preamble that define it, as real agreements do.
   */
  provider?: { name: string; short: string };
  /** The document's title after the provider's short name; default "Terms of Service". */
  title?: string;
  /** Replaces the default preamble (`These Terms are an agreement between you and … ("…", "we", "us").`). */
  preamble?: string;
  /** The section heading the paragraph sits under, e.g. "8. Suspension and Termination". */
  heading: string;
  /**
   * The paragraph, with the sentence under test in `[[` and `]]`, exactly once, between realistic
   * neighbours. Line breaks are kept, so lists and numbered items can be written as they appear.
   */
  text: string;
  /** Exactly the categories that must be found on the marked sentence; `[]` means no finding. */
  expect: CategoryCode[];
  /** When given, every expected finding must have this level (2 potentially, 3 clearly unfair). */
  level?: UnfairLevel;
  /** Why this is the expected answer, in the words of the definition. */
  note: string;
}
