/**
 * Runs behaviour cases through the whole pipeline, as a reader's pasted agreement would go:
 * ingest (Markdown), segment, power, classify, assess. A case passes when the findings on its
 * marked sentence have exactly the expected categories (and, when given, the expected level);
 * findings beyond the nine count only against a case that expects none.
 */
import type { Analysis } from "../assess/index.ts";
import { analyzeText } from "../analyze.ts";
import type { Model } from "../classify/index.ts";
import { isCategoryCode } from "../core/index.ts";
import type { FindingCategory, Span, UnfairLevel } from "../core/index.ts";
import { caseDocument } from "./case-document.ts";
import type { BehaviourCase } from "./types.ts";

export interface CaseResult {
  case: BehaviourCase;
  passed: boolean;
  /** Categories found on the marked sentence, with their levels. */
  found: Array<{ category: FindingCategory; level: UnfairLevel }>;
}

/** Where the marked sentence stands in the analysed (normalised) text. */
function locateTarget(analysis: Analysis, built: { text: string; target: Span }): Span {
  const wanted = built.text.slice(built.target.start, built.target.end).replace(/\s+/g, " ").trim();
  const text = analysis.document.text;
  for (const candidate of [wanted, wanted.replace(/^[-*+]\s+/, "")]) {
    const at = text.indexOf(candidate);
    if (at >= 0) return { start: at, end: at + candidate.length };
  }
  throw new Error(
    `behaviour case: the marked sentence "${wanted.slice(0, 60)}…" is not in the analysed text`,
  );
}

function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

/** Analyses one case and judges it (with the committed model, or `model` for a comparison). */
export async function runCase(c: BehaviourCase, model?: Model): Promise<CaseResult> {
  const built = caseDocument(c);
  const analysis = await analyzeText(built.text, `${c.id}.md`, {
    context: { party: c.party ?? "consumer" },
    ...(model ? { model } : {}),
  });
  const target = locateTarget(analysis, built);
  const found = analysis.findings
    .filter((f) => f.fragments.some((fragment) => overlaps(fragment, target)))
    .map((f) => ({ category: f.category, level: f.level }));
  // The cases speak of the corpus' nine categories. A finding beyond them (a class waiver inside
  // an arbitration clause) is outside what a case expecting one of the nine says; a case that
  // expects no finding at all still fails on it.
  const judged = c.expect.length === 0 ? found : found.filter((f) => isCategoryCode(f.category));
  const categories = new Set(judged.map((f) => f.category));
  const expected = new Set<FindingCategory>(c.expect);
  const sameCategories = categories.size === expected.size && [...expected].every((x) => categories.has(x));
  const levelOk = c.level === undefined || judged.every((f) => f.level === c.level);
  return { case: c, passed: sameCategories && levelOk, found };
}

export async function runCases(cases: readonly BehaviourCase[], model?: Model): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c, model));
  return results;
}
