/**
 * The grade formula (documented for people in docs/grade.md). Every finding earns severity points;
 * repeats of a category count less and less; the reader's context scales the total; fixed cut-offs
 * turn the score into a letter. Points are never negative, so more or severer findings can never
 * improve the grade.
 */
import type { FindingCategory, Finding, UnfairLevel } from "../core/index.ts";
import type { Circumstance, Grade } from "./types.ts";

/** Points of one finding before weights: a clearly unfair clause counts three times a potentially unfair one. */
export const LEVEL_POINTS: Record<UnfairLevel, number> = { 2: 1, 3: 3 };

/**
 * How much a category costs the reader. Clauses that close the route to a court or take the account
 * away weigh most; a clause that only says "using means accepting" weighs least.
 */
export const CATEGORY_WEIGHTS: Record<FindingCategory, number> = {
  a: 1.5,
  ter: 1.3,
  ltd: 1.3,
  j: 1.2,
  ch: 1.2,
  law: 1.0,
  cr: 1.0,
  use: 0.6,
  pinc: 0.5,
  // Beyond the corpus' nine: a class or jury waiver closes a route to court as arbitration does,
  // an indemnity can cost more than the service ever did, a broad licence takes rights for good.
  cw: 1.3,
  ind: 1.2,
  lic: 1.0,
  // What decides a partner's living: pay changed at will or withheld, and decisions by rating or
  // machine weigh as a termination clause does; a restraint on dealing elsewhere as a licence.
  pay: 1.2,
  hold: 1.2,
  auto: 1.2,
  excl: 1.0,
};

/** The k-th finding of a category (0 = the heaviest) counts REPEAT_DECAY^k of its points. */
export const REPEAT_DECAY = 0.7;

/** Each worse circumstance adds 10%, each milder one takes 10% off, within these bounds. */
const CIRCUMSTANCE_STEP = 0.1;
const CIRCUMSTANCE_MIN = 0.8;
const CIRCUMSTANCE_MAX = 1.3;

/** Lowest score of each grade worse than A; a score below GRADE_CUTOFFS.B is an A. */
export const GRADE_CUTOFFS: Record<Exclude<Grade, "A">, number> = { B: 12, C: 18, D: 25, E: 31 };

/** Severity points of one finding before repeats and context. */
export function findingPoints(
  finding: Pick<Finding, "category" | "level" | "probability">,
  circumstances: readonly Circumstance[],
  categoryContextWeight = 1,
): number {
  const worse = circumstances.filter((c) => c.effect === "worse").length;
  const milder = circumstances.length - worse;
  const circumstanceFactor = clamp(
    1 + CIRCUMSTANCE_STEP * (worse - milder),
    CIRCUMSTANCE_MIN,
    CIRCUMSTANCE_MAX,
  );
  const probability = clamp(finding.probability, 0, 1);
  return (
    LEVEL_POINTS[finding.level] *
    CATEGORY_WEIGHTS[finding.category] *
    categoryContextWeight *
    probability *
    circumstanceFactor
  );
}

/**
 * Applies diminishing returns within each category and the context multiplier.
 * Returns the points each finding finally contributes (same order as the input) and their total.
 */
export function scoreFindings(
  items: ReadonlyArray<{ category: FindingCategory; points: number }>,
  contextMultiplier: number,
): { contributions: number[]; score: number } {
  const contributions = new Array<number>(items.length).fill(0);
  const byCategory = new Map<FindingCategory, number[]>();
  items.forEach((item, index) => {
    const list = byCategory.get(item.category) ?? [];
    list.push(index);
    byCategory.set(item.category, list);
  });
  for (const indices of byCategory.values()) {
    // Heaviest first, so the decay always falls on the lesser repeats (this keeps the sum monotone).
    indices.sort((x, y) => items[y]!.points - items[x]!.points || x - y);
    indices.forEach((index, k) => {
      contributions[index] = items[index]!.points * REPEAT_DECAY ** k * contextMultiplier;
    });
  }
  const score = contributions.reduce((sum, value) => sum + value, 0);
  return { contributions, score };
}

/** The letter for a score. */
export function gradeForScore(score: number): Grade {
  if (score >= GRADE_CUTOFFS.E) return "E";
  if (score >= GRADE_CUTOFFS.D) return "D";
  if (score >= GRADE_CUTOFFS.C) return "C";
  if (score >= GRADE_CUTOFFS.B) return "B";
  return "A";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
