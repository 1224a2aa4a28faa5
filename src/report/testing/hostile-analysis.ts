/**
 * A small analysis whose document text carries script-injection payloads, for the report tests.
 * Two findings share one sentence, so the highlight count is tested where it is hardest.
 */
import { assess, type Analysis } from "../../assess/index.ts";
import type {
  AgreementDocument,
  FindingCategory,
  Finding,
  Segmentation,
  UnfairLevel,
} from "../../core/index.ts";
import { unanalysedPower } from "../../core/index.ts";

export const PAYLOADS = [
  "<script>window.__pwned = 1; alert(1)</script>",
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click</a>',
  "\u001b[31mred\u001b[0m",
];

const SENTENCES: Array<[string, Array<[FindingCategory, UnfairLevel]>]> = [
  ["1. Your account", []],
  [`We may terminate your account at any time for any reason ${PAYLOADS[0]} without notice.`, [["ter", 3]]],
  [
    `We may change these terms ${PAYLOADS[1]} at any time, and we are not liable for any damages.`,
    [
      ["ch", 2],
      ["ltd", 2],
    ],
  ],
  ["2. Disputes", []],
  [
    `All disputes go to binding arbitration ${PAYLOADS[2]} and you waive any class action ${PAYLOADS[3]}.`,
    [["a", 3]],
  ],
  ["These terms are governed by the laws of Delaware & \"quoted\" 'text'.", [["law", 2]]],
];

/** The analysis of the hostile fixture (findings in document order). */
export function hostileAnalysis(): Analysis {
  let text = "";
  const spans: Array<{ start: number; end: number }> = [];
  for (const [sentence] of SENTENCES) {
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence + "\n\n";
  }
  const document: AgreementDocument = {
    name: `terms <b>bold</b>.txt`,
    format: "text",
    text,
    original: { text, map: { anchors: [] } },
    blocks: [],
    metadata: { bytes: text.length, encoding: "utf-8" },
  };
  const headingOf = (i: number) => (i < 3 ? ["1. Your account"] : ["2. Disputes"]);
  const segmentation: Segmentation = {
    headings: [
      { ...spans[0]!, level: 1, path: ["1. Your account"] },
      { ...spans[3]!, level: 1, path: ["2. Disputes"] },
    ],
    clauses: spans.map((s, i) => ({
      ...s,
      kind: i % 3 === 0 ? "heading" : "paragraph",
      headingPath: headingOf(i),
    })),
    sentences: spans.map((s, i) => ({ ...s, clause: i, heading: i % 3 === 0 })),
  };
  const findings: Finding[] = SENTENCES.flatMap(([, tags], i) =>
    tags.map(([category, level]) => ({
      ...spans[i]!,
      category,
      level,
      probability: level === 3 ? 0.93 : 0.71,
      clearlyUnfairProbability: level === 3 ? 0.8 : 0.2,
      sentence: i,
      clause: i,
      headingPath: headingOf(i),
      evidence: [{ start: spans[i]!.start + 3, end: spans[i]!.start + 6, weight: 0.5 }],
      fragments: [spans[i]!],
      power: unanalysedPower(),
    })),
  );
  return { document, segmentation, findings, assessment: assess(document, segmentation, findings) };
}
