/**
 * The assessment: what the findings add up to for the person who has to accept the agreement.
 * These types are the contract between `assess` and the report formats.
 */
import type {
  AgreementDocument,
  FindingCategory,
  Finding,
  Segmentation,
  UnfairLevel,
} from "../core/index.ts";
import type { SafeguardAssessment, SafeguardId } from "./safeguards/index.ts";

/** Who reads the agreement and how much room they have to say no. */
export interface PowerContext {
  party: "consumer" | "worker" | "business";
  /** True when the reader can refuse or change terms (a negotiated contract), false for take-it-or-leave-it. */
  negotiable: boolean;
  /** How many real alternatives the reader has to this provider. */
  alternatives: "none" | "few" | "many";
}

/** The usual case: a consumer facing standard terms with few alternatives. */
export const DEFAULT_POWER_CONTEXT: Readonly<PowerContext> = Object.freeze({
  party: "consumer",
  negotiable: false,
  alternatives: "few",
});

export type Grade = "A" | "B" | "C" | "D" | "E";

/** The four sources of imbalance named in the product brief. */
export type PowerSourceId = "legal-resources" | "dependence" | "overwhelming-power" | "authority";

export interface PowerSource {
  id: PowerSourceId;
  name: string;
  /** One plain sentence: how this clause draws on that source of power. */
  why: string;
}

/** A circumstance in the sentence that makes a clause worse or milder than the category's usual case. */
export interface Circumstance {
  /** Stable key, e.g. `any-reason`, `class-waiver`, `small-claims`. */
  id: string;
  effect: "worse" | "milder";
  /** Short label for lists, e.g. "for any reason". */
  label: string;
  /** One plain sentence for the reader. */
  explanation: string;
}

/** Everything the report says about one finding; `assessment.findings[i]` describes `analysis.findings[i]`. */
export interface FindingAssessment {
  /** Plain words: what the clause lets the drafter do, what it means for the reader, what makes it worse or milder. */
  explanation: string;
  /** How parties of equal strength write this term. */
  counterpart: string;
  powerSource: PowerSource;
  circumstances: Circumstance[];
  /** Severity points this finding added to the score (after repeats and context). */
  points: number;
  /** Rank by severity, 0 = most severe; reports list findings in this order. */
  rank: number;
  /** "Who holds the power: …", when the power analysis read who may do what in the clause. */
  powerSummary?: string;
}

/** One line of "what moved the grade": a finding, or a safeguard the agreement leaves out. */
export interface GradeReason {
  /** Index into `analysis.findings`; absent for a missing safeguard. */
  finding?: number;
  /** The missing safeguard ("S1" … "S7") this line is about; absent for a finding. */
  safeguard?: SafeguardId;
  /** The finding's category; absent for a missing safeguard. */
  category?: FindingCategory;
  level?: UnfairLevel;
  points: number;
  /** e.g. "Unilateral termination, clearly unfair: for any reason, without notice". */
  summary: string;
}

export interface CategorySummary {
  category: FindingCategory;
  name: string;
  count: number;
  clearlyUnfair: number;
  potentiallyUnfair: number;
  /** Points this category added to the score. */
  points: number;
}

export interface ReadingBurden {
  words: number;
  sentences: number;
  /** Reading time in minutes at `wordsPerMinute`. */
  readingMinutes: number;
  wordsPerMinute: number;
  /** Flesch–Kincaid grade level (US school years). */
  fleschKincaidGrade: number;
  /** Share (0..1) of sentences longer than 40 words. */
  longSentenceShare: number;
  /** Share (0..1) of words that stand in a run of three or more ALL-CAPS words. */
  allCapsShare: number;
  /** Percentile (0..100) of each figure among the 50 English corpus agreements: higher = heavier than most. */
  percentiles: {
    words: number;
    fleschKincaidGrade: number;
    longSentenceShare: number;
    allCapsShare: number;
  };
  /** One plain sentence summarising the burden. */
  summary: string;
}

export type Recourse = "kept" | "limited" | "removed";

export interface AccessToJustice {
  /** Can the reader take a dispute to a public court? */
  courts: Recourse;
  /** Can the reader sue in the courts where they live? */
  ownCourts: Recourse;
  /** Does the reader's own law apply? */
  ownLaw: Recourse;
  /** Can the reader join a class or collective action? */
  collectiveAction: Recourse;
  /** Is a small-claims court still open? */
  smallClaims: Recourse;
  /** A regulator or oversight body: always open, no clause can remove it. */
  regulator: "kept";
  /** Indices into `analysis.findings` of the clauses that shape this view. */
  findings: number[];
  /** Plain sentences: what recourse remains. */
  summary: string[];
}

export interface ContextAssessment extends PowerContext {
  /** Factor applied to every finding's points (1 = default consumer context). */
  multiplier: number;
  /** One plain sentence on what the context does to the weight of the clauses. */
  summary: string;
}

export interface Assessment {
  grade: Grade;
  /** Severity points after context; the grade is a fixed cut-off on this number (docs/grade.md). */
  score: number;
  /** The largest contributions, biggest first. */
  gradeReasons: GradeReason[];
  /** One plain sentence summing up the grade. */
  gradeSummary: string;
  categories: CategorySummary[];
  /** Aligned with `analysis.findings`. */
  findings: FindingAssessment[];
  readingBurden: ReadingBurden;
  accessToJustice: AccessToJustice;
  context: ContextAssessment;
  /**
   * The safeguards of Regulation (EU) 2019/1150, for a business or worker reader (empty for a
   * consumer): each present with the sentence that provides it, or missing and counted in the grade.
   */
  safeguards: SafeguardAssessment[];
}

/** The whole result of analysing one agreement. */
export interface Analysis {
  document: AgreementDocument;
  segmentation: Segmentation;
  findings: Finding[];
  assessment: Assessment;
}
