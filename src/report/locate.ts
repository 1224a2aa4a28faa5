import type { Analysis } from "../assess/index.ts";
import type { Finding, Segmentation, Span } from "../core/index.ts";

/** Where a finding sits, for a person: the heading path, and line and column (1-based) in the document text. */
export interface Location {
  headingPath: string[];
  line: number;
  column: number;
  start: number;
  end: number;
}

/** Finds line and column of an offset by counting line breaks before it. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The highlighted pieces of a finding (findings stored before clauses were grouped have none: their span). */
export function fragmentsOf(finding: Finding): Span[] {
  return finding.fragments !== undefined && finding.fragments.length > 0
    ? finding.fragments
    : [{ start: finding.start, end: finding.end }];
}

/** The strongest sentence of a finding, where the report places it. */
export function strongestFragment(finding: Finding, segmentation: Segmentation): Span {
  const sentence = segmentation.sentences[finding.sentence];
  const fragments = fragmentsOf(finding);
  if (sentence && fragments.some((f) => f.start <= sentence.start && sentence.end <= f.end)) {
    return { start: sentence.start, end: sentence.end };
  }
  return fragments[0]!;
}

/** The location of `analysis.findings[index]`: its strongest sentence. */
export function locateFinding(analysis: Analysis, index: number): Location {
  const finding = analysis.findings[index]!;
  const clause = analysis.segmentation.clauses[finding.clause] ?? clauseAt(analysis, finding.start);
  const headingPath = finding.headingPath.length > 0 ? finding.headingPath : (clause?.headingPath ?? []);
  const place = strongestFragment(finding, analysis.segmentation);
  return {
    headingPath,
    ...lineAndColumn(analysis.document.text, place.start),
    start: place.start,
    end: place.end,
  };
}

/** The clause holding an offset, for findings that do not name their clause. */
function clauseAt(analysis: Analysis, offset: number) {
  return analysis.segmentation.clauses.find((c) => c.start <= offset && offset < c.end);
}

/** The finding indices in report order: most severe first. */
export function severityOrder(analysis: Analysis): number[] {
  return analysis.findings
    .map((_, index) => index)
    .sort(
      (x, y) => (analysis.assessment.findings[x]?.rank ?? x) - (analysis.assessment.findings[y]?.rank ?? y),
    );
}

/** The words of a finding a reader is shown: its fragments, " … " where the clause goes on between them. */
export function findingText(analysis: Analysis, index: number): string {
  const text = analysis.document.text;
  const fragments = fragmentsOf(analysis.findings[index]!);
  let quoted = "";
  fragments.forEach((fragment, k) => {
    const words = collapse(text.slice(fragment.start, fragment.end));
    if (k === 0) quoted = words;
    else {
      const between = text.slice(fragments[k - 1]!.end, fragment.start);
      quoted += /\S/.test(between) ? ` … ${words}` : ` ${words}`;
    }
  });
  return quoted;
}

/** The whole clause of a finding, whitespace collapsed. */
export function clauseText(analysis: Analysis, index: number): string {
  const finding = analysis.findings[index]!;
  return collapse(analysis.document.text.slice(finding.start, finding.end));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
