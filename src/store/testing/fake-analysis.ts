/**
 * Test data: a real `Analysis` of a short text built without the ingest, segment and classify
 * stages (naive paragraph and sentence splits, findings where a phrase occurs), then assessed for real.
 */
import { assess, type Analysis } from "../../assess/index.ts";
import type {
  AgreementDocument,
  FindingCategory,
  Clause,
  Finding,
  Sentence,
  UnfairLevel,
} from "../../core/index.ts";
import { unanalysedPower } from "../../core/index.ts";

export interface FakeFinding {
  /** A phrase inside one sentence of the text; the finding covers that sentence. */
  phrase: string;
  category: FindingCategory;
  level?: UnfairLevel;
}

/** Analyses `text` as if the classifier had flagged the sentences holding each phrase. */
export function fakeAnalysis(text: string, flagged: FakeFinding[] = [], name = "fake.txt"): Analysis {
  const document: AgreementDocument = {
    name,
    format: "text",
    text,
    original: { text, map: { anchors: [] } },
    blocks: [],
    metadata: { bytes: text.length, encoding: "utf-8" },
  };
  const clauses: Clause[] = [];
  const sentences: Sentence[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const clauseIndex = clauses.length;
    clauses.push({
      start: paragraph.index,
      end: paragraph.index + paragraph[0].length,
      kind: "paragraph",
      headingPath: [],
    });
    for (const sentence of paragraph[0].matchAll(/[^.!?]+[.!?]?/g)) {
      const lead = sentence[0].length - sentence[0].trimStart().length;
      const start = paragraph.index + sentence.index + lead;
      const end = paragraph.index + sentence.index + sentence[0].trimEnd().length;
      if (end > start) sentences.push({ start, end, clause: clauseIndex, heading: false });
    }
  }
  const findings: Finding[] = flagged.map((f) => {
    const at = text.indexOf(f.phrase);
    if (at < 0) throw new Error(`fakeAnalysis: "${f.phrase}" is not in the text`);
    const index = sentences.findIndex((s) => s.start <= at && at < s.end);
    const sentence = sentences[index]!;
    return {
      start: sentence.start,
      end: sentence.end,
      category: f.category,
      level: f.level ?? 3,
      probability: 0.9,
      clearlyUnfairProbability: f.level === 2 ? 0.2 : 0.8,
      sentence: index,
      clause: sentence.clause,
      headingPath: [],
      evidence: [{ start: at, end: at + f.phrase.length, weight: 1 }],
      fragments: [{ start: sentence.start, end: sentence.end }],
      power: unanalysedPower(),
    };
  });
  const segmentation = { headings: [], clauses, sentences };
  return { document, segmentation, findings, assessment: assess(document, segmentation, findings) };
}

/** A short one-sided agreement: arbitration, termination and liability clauses. */
export const ONE_SIDED_TEXT = [
  "Welcome to Example. By using the service you agree to these terms.",
  "We may terminate your account at any time for any reason without notice.",
  "All disputes shall be resolved by binding arbitration and you waive any class action.",
  "We are not liable for any damages arising from your use of the service.",
].join("\n");

/** A fair agreement: no findings. */
export const FAIR_TEXT = [
  "Either party may end this agreement with thirty days notice.",
  "Disputes may be brought before the courts where the member lives.",
].join("\n");

/** Fake analysis of ONE_SIDED_TEXT with its three one-sided clauses flagged. */
export function oneSidedAnalysis(name = "example.txt"): Analysis {
  return fakeAnalysis(
    ONE_SIDED_TEXT,
    [
      { phrase: "terminate your account", category: "ter" },
      { phrase: "binding arbitration", category: "a" },
      { phrase: "not liable", category: "ltd", level: 2 },
    ],
    name,
  );
}
