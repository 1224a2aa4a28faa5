/** The figures `npm run eval:behaviour` prints: pass rates overall, for no-finding cases, by category, kind and split. */
import type { CaseResult } from "./run-cases.ts";

export interface Rate {
  cases: number;
  passed: number;
  passRate: number;
}

export interface BehaviourSummary {
  cases: number;
  passed: number;
  passRate: number;
  /** The cases whose expected answer is no finding (a reader's right, an equal term, a denial). */
  noFinding: { cases: number; passRate: number };
  byCategory: Record<string, Rate>;
  byKind: Record<string, Rate>;
  bySplit: Record<string, Rate & { noFinding: { cases: number; passRate: number } }>;
}

function rate(results: readonly CaseResult[]): Rate {
  const passed = results.filter((r) => r.passed).length;
  return {
    cases: results.length,
    passed,
    passRate: results.length === 0 ? 1 : round4(passed / results.length),
  };
}

function groupBy(results: readonly CaseResult[], key: (r: CaseResult) => string): Record<string, Rate> {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) {
    const k = key(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return Object.fromEntries([...groups].map(([k, list]) => [k, rate(list)]));
}

function noFinding(results: readonly CaseResult[]): { cases: number; passRate: number } {
  const { cases, passRate } = rate(results.filter((r) => r.case.expect.length === 0));
  return { cases, passRate };
}

export function summarise(bySplit: Readonly<Record<string, readonly CaseResult[]>>): BehaviourSummary {
  const all = Object.values(bySplit).flat();
  const overall = rate(all);
  return {
    ...overall,
    noFinding: noFinding(all),
    byCategory: groupBy(all, (r) => r.case.category),
    byKind: groupBy(all, (r) => r.case.kind),
    bySplit: Object.fromEntries(
      Object.entries(bySplit).map(([split, results]) => [
        split,
        { ...rate(results), noFinding: noFinding(results) },
      ]),
    ),
  };
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
