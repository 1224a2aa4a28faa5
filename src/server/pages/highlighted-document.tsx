/**
 * The agreement's text with the flagged sentences marked. Built from offsets: the text is cut at
 * every fragment boundary inside each clause, and every piece is escaped by JSX.
 */
import type { Analysis } from "../../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES } from "../../core/index.ts";
import { fragmentsOf } from "../../report/index.ts";

interface Piece {
  start: number;
  end: number;
  /** Indices of the findings covering this piece. */
  findings: number[];
}

/** The highlighted spans: every fragment of every finding (a finding's extent is its whole clause). */
function marksOf(analysis: Analysis): Array<{ f: { start: number; end: number }; i: number }> {
  return analysis.findings.flatMap((finding, i) => fragmentsOf(finding).map((f) => ({ f, i })));
}

function piecesOf(start: number, end: number, analysis: Analysis, marks = marksOf(analysis)): Piece[] {
  const inside = marks.filter(({ f }) => f.start < end && f.end > start);
  const cuts = new Set([start, end]);
  for (const { f } of inside) {
    cuts.add(Math.max(start, f.start));
    cuts.add(Math.min(end, f.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k]!, sorted[k + 1]!];
    pieces.push({
      start: a,
      end: b,
      findings: [...new Set(inside.filter(({ f }) => f.start <= a && f.end >= b).map(({ i }) => i))],
    });
  }
  return pieces;
}

export function HighlightedDocument({ analysis }: { analysis: Analysis }) {
  const { document, segmentation, findings } = analysis;
  const anchored = new Set<number>();
  const marks = marksOf(analysis);
  return (
    <div class="document-text">
      {segmentation.clauses.map((clause) => {
        const pieces = piecesOf(clause.start, clause.end, analysis, marks).map((piece) => {
          const text = document.text.slice(piece.start, piece.end);
          if (piece.findings.length === 0) return text;
          // The first piece of each finding carries its anchor, so the findings list can link here.
          const anchors = piece.findings.filter((i) => !anchored.has(i));
          anchors.forEach((i) => anchored.add(i));
          const worst = Math.max(...piece.findings.map((i) => findings[i]!.level));
          const label = piece.findings
            .map((i) => `${CATEGORY_NAMES[findings[i]!.category]}, ${LEVEL_NAMES[findings[i]!.level]}`)
            .join("; ");
          return (
            <>
              {anchors.map((i) => (
                <span id={`doc-f-${i + 1}`} class="anchor"></span>
              ))}
              <mark class={`flag level-${worst}`} title={label}>
                {text}
              </mark>
            </>
          );
        });
        return clause.kind === "heading" ? <p class="doc-heading">{pieces}</p> : <p>{pieces}</p>;
      })}
    </div>
  );
}
