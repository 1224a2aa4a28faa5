import type { Analysis } from "../assess/index.ts";

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

/** The location of `analysis.findings[index]`. */
export function locateFinding(analysis: Analysis, index: number): Location {
  const finding = analysis.findings[index]!;
  const clause = analysis.segmentation.clauses[finding.clause] ?? clauseAt(analysis, finding.start);
  const headingPath = finding.headingPath.length > 0 ? finding.headingPath : (clause?.headingPath ?? []);
  return {
    headingPath,
    ...lineAndColumn(analysis.document.text, finding.start),
    start: finding.start,
    end: finding.end,
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

/** The finding's sentence text, whitespace collapsed for display. */
export function findingText(analysis: Analysis, index: number): string {
  const finding = analysis.findings[index]!;
  return analysis.document.text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim();
}
