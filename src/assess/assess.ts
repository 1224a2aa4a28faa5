/**
 * `assess`: turns the findings into what a person can act on: a grade with its reasons, plain
 * explanations, balanced counterparts, power sources, reading burden and access to justice.
 */
import {
  FINDING_CATEGORIES,
  CATEGORY_NAMES,
  LEVEL_NAMES,
  type AgreementDocument,
  type Finding,
  type Segmentation,
} from "../core/index.ts";
import { accessToJustice } from "./access-to-justice.ts";
import { detectCircumstances } from "./circumstances.ts";
import { counterpartFor, explainFinding } from "./explanations.ts";
import { findingPoints, gradeForScore, scoreFindings } from "./grade.ts";
import { assessContext, categoryContextWeight, powerSourceFor } from "./power.ts";
import { powerSummary } from "./power-words.ts";
import { readingBurden } from "./reading-burden.ts";
import { assessSafeguards } from "./safeguards/index.ts";
import {
  DEFAULT_POWER_CONTEXT,
  type Assessment,
  type CategorySummary,
  type FindingAssessment,
  type GradeReason,
  type PowerContext,
} from "./types.ts";

/** How many contributions "what moved the grade" lists. */
const GRADE_REASONS = 5;

/**
 * Assesses a classified document for a reader in the given power context.
 *
 * @example
 * const assessment = assess(document, segmentation, classify(document, segmentation), { party: "worker" });
 * console.log(assessment.grade, assessment.gradeReasons[0]?.summary);
 */
export function assess(
  document: AgreementDocument,
  segmentation: Segmentation,
  findings: readonly Finding[],
  context: Partial<PowerContext> = {},
): Assessment {
  const power: PowerContext = { ...DEFAULT_POWER_CONTEXT, ...stripUndefined(context) };
  const contextAssessment = assessContext(power);

  const circumstances = findings.map((f) => detectCircumstances(f.category, fragmentText(document.text, f)));
  const basePoints = findings.map((f, i) =>
    findingPoints(f, circumstances[i]!, categoryContextWeight(f.category, power)),
  );
  const { contributions, score } = scoreFindings(
    findings.map((f, i) => ({ category: f.category, points: basePoints[i]! })),
    contextAssessment.multiplier,
  );

  const order = findings
    .map((_, i) => i)
    .sort((x, y) => findings[y]!.level - findings[x]!.level || basePoints[y]! - basePoints[x]! || x - y);
  const rank = new Array<number>(findings.length);
  order.forEach((index, position) => (rank[index] = position));

  const assessed: FindingAssessment[] = findings.map((f, i) => {
    const summary = powerSummary(document.text, f);
    return {
      explanation: explainFinding(f.category, f.level, circumstances[i]!, power.party),
      counterpart: counterpartFor(f.category, circumstances[i]!, power.party),
      powerSource: powerSourceFor(f.category, power),
      circumstances: circumstances[i]!,
      points: round2(contributions[i]!),
      rank: rank[i]!,
      ...(summary !== undefined ? { powerSummary: summary } : {}),
    };
  });

  // What the agreement leaves out that the regulation expects counts as findings do.
  const safeguards = assessSafeguards(document, segmentation, power, contextAssessment.multiplier);
  const missingPoints = safeguards.reduce((sum, s) => sum + s.points, 0);
  const total = score + missingPoints;
  const grade = gradeForScore(total);
  const findingReasons: GradeReason[] = findings
    .map((f, i) => ({
      finding: i,
      category: f.category,
      level: f.level,
      points: round2(contributions[i]!),
      summary: reasonSummary(
        f,
        circumstances[i]!.filter((c) => c.effect === "worse").map((c) => c.label),
      ),
    }))
    .sort((x, y) => y.points - x.points || x.finding! - y.finding!);
  const safeguardReasons: GradeReason[] = safeguards
    .filter((s) => !s.present)
    .map((s) => ({
      safeguard: s.id,
      points: s.points,
      summary: `Missing: ${s.name.toLowerCase()} (${s.article})`,
    }));
  // Stable sort: on equal points a finding stays ahead of a missing safeguard.
  const gradeReasons = [...findingReasons, ...safeguardReasons]
    .sort((x, y) => y.points - x.points)
    .slice(0, GRADE_REASONS);

  const clauseText = (f: Finding) => {
    const clause = segmentation.clauses[f.clause];
    return clause ? document.text.slice(clause.start, clause.end) : document.text.slice(f.start, f.end);
  };

  return {
    grade,
    score: round2(total),
    gradeReasons,
    gradeSummary: gradeSummary(grade, findings, safeguards.filter((s) => !s.present).length),
    categories: summariseCategories(findings, contributions),
    findings: assessed,
    readingBurden: readingBurden(bodySentences(document, segmentation)),
    accessToJustice: accessToJustice(
      findings.map((f, i) => ({
        category: f.category,
        circumstances: circumstances[i]!,
        clauseText: clauseText(f),
      })),
      power,
    ),
    context: contextAssessment,
    safeguards,
  };
}

/** The words a finding is judged on: its fragments (the whole sentence for findings without them). */
export function fragmentText(text: string, finding: Finding): string {
  const fragments = finding.fragments ?? [finding];
  return fragments.map((f) => text.slice(f.start, f.end)).join(" ");
}

function reasonSummary(finding: Finding, worse: string[]): string {
  const head = `${CATEGORY_NAMES[finding.category]}, ${LEVEL_NAMES[finding.level]}`;
  return worse.length > 0 ? `${head}: ${worse.join(", ")}` : head;
}

function gradeSummary(grade: string, findings: readonly Finding[], missingSafeguards: number): string {
  const clear = findings.filter((f) => f.level === 3).length;
  const potential = findings.length - clear;
  const counts =
    findings.length === 0
      ? "No one-sided clauses were found."
      : `${clear} clearly unfair and ${potential} potentially unfair clause${potential === 1 ? "" : "s"} found.`;
  const meaning = {
    A: "Grade A: among the least one-sided terms we compared.",
    B: "Grade B: some one-sided terms, fewer than most agreements.",
    C: "Grade C: several one-sided terms; read the highlighted clauses.",
    D: "Grade D: many one-sided terms that shift power to the provider.",
    E: "Grade E: the terms use the provider's power against you throughout.",
  }[grade];
  const missing =
    missingSafeguards === 0
      ? ""
      : ` ${missingSafeguards} of the 7 safeguards a platform owes its partners ${missingSafeguards === 1 ? "is" : "are"} missing.`;
  return `${meaning} ${counts}${missing}`;
}

function summariseCategories(
  findings: readonly Finding[],
  contributions: readonly number[],
): CategorySummary[] {
  return FINDING_CATEGORIES.map((category) => {
    const indices = findings.flatMap((f, i) => (f.category === category ? [i] : []));
    const clearlyUnfair = indices.filter((i) => findings[i]!.level === 3).length;
    return {
      category,
      name: CATEGORY_NAMES[category],
      count: indices.length,
      clearlyUnfair,
      potentiallyUnfair: indices.length - clearlyUnfair,
      points: round2(indices.reduce((sum, i) => sum + contributions[i]!, 0)),
    };
  }).filter((summary) => summary.count > 0);
}

/** Body sentences for the reading burden; falls back to a plain split when the segmentation has none. */
function bodySentences(document: AgreementDocument, segmentation: Segmentation): string[] {
  const body = segmentation.sentences.filter((s) => !s.heading);
  if (body.length > 0) return body.map((s) => document.text.slice(s.start, s.end));
  return document.text.split(/(?<=[.!?])\s+|\n+/);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
