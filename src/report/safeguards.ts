/**
 * The safeguards of Regulation (EU) 2019/1150 as the report formats show them: each present with
 * the sentence that provides it and where, or "missing: …" with why it matters and how a
 * balanced agreement provides it. The report says plainly that this is a reading aid.
 */
import { SAFEGUARDS_NOTE, type Analysis } from "../assess/index.ts";
import { lineAndColumn } from "./locate.ts";

export interface SafeguardView {
  id: string;
  /** "S1 Changes notified at least 15 days ahead (Art. 3(2))". */
  title: string;
  present: boolean;
  /** The providing sentence, whitespace collapsed, when present. */
  quote?: string;
  line?: number;
  explanation: string;
  counterpart: string;
  points: number;
}

export { SAFEGUARDS_NOTE };

/** Longest providing sentence shown in full; longer ones are cut at a word. */
const QUOTE_CHARS = 320;

function cut(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= QUOTE_CHARS) return flat;
  return `${flat.slice(0, flat.lastIndexOf(" ", QUOTE_CHARS))} …`;
}

/** The safeguards of the analysis, in order; empty for a consumer's reading. */
export function safeguardViews(analysis: Analysis): SafeguardView[] {
  const text = analysis.document.text;
  // Analyses stored before the safeguards were read have none.
  return (analysis.assessment.safeguards ?? []).map((s) => ({
    id: s.id,
    title: `${s.id} ${s.name} (${s.article})`,
    present: s.present,
    ...(s.present && s.start !== null && s.end !== null
      ? { quote: cut(text.slice(s.start, s.end)), line: lineAndColumn(text, s.start).line }
      : {}),
    explanation: s.explanation,
    counterpart: s.counterpart,
    points: s.points,
  }));
}

/** "#3" for a finding, "S4" for a missing safeguard: where a grade reason points. */
export function reasonTarget(reason: { finding?: number; safeguard?: string }): string {
  return reason.finding !== undefined ? `#${reason.finding + 1}` : (reason.safeguard ?? "");
}
