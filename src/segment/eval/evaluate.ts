/**
 * The segmentation evaluation as a library function: runs `segment` and the Intl.Segmenter
 * baseline over the corpus and scores both with the same boundary measure (see score.ts).
 */
import type { Span } from "../../core/index.ts";
import { segment } from "../index.ts";
import { alignGoldSentences } from "./align.ts";
import { DEFAULT_CORPUS_DIR, listDocuments, loadGoldDocument } from "./corpus.ts";
import { addCounts, boundaryErrors, countBoundaries, endBoundaries, scoresOf } from "./score.ts";
import type { BoundaryCounts, BoundaryScores } from "./score.ts";

export interface DocumentResult {
  name: string;
  goldSentences: number;
  unaligned: number;
  system: BoundaryCounts & BoundaryScores;
  baseline: BoundaryCounts & BoundaryScores;
  /** Milliseconds `segment` took on this document. */
  milliseconds: number;
  /** A few of the system's errors in context, `‖` marking the boundary. */
  examples: string[];
}

const EXAMPLES_PER_DOCUMENT = 5;

export interface SegmentationEvaluation {
  language: string;
  documents: number;
  goldSentences: number;
  unalignedSentences: number;
  boundaryPrecision: number;
  boundaryRecall: number;
  boundaryF1: number;
  baselinePrecision: number;
  baselineRecall: number;
  baselineF1: number;
  /** Total milliseconds `segment` took over all documents. */
  segmentMilliseconds: number;
  perDocument: DocumentResult[];
}

const ZERO: BoundaryCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/**
 * The baseline: `Intl.Segmenter('en', { granularity: 'sentence' })` over the whole text as-is.
 * Its segments carry trailing whitespace; `endBoundaries` trims it exactly as for our sentences.
 */
export function baselineSentences(text: string): Span[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const spans: Span[] = [];
  for (const piece of segmenter.segment(text)) {
    spans.push({ start: piece.index, end: piece.index + piece.segment.length });
  }
  return spans;
}

/** Evaluates sentence boundaries on every document of the corpus (micro-averaged over boundaries). */
export function evaluateSegmentation(
  options: { corpusDir?: string; language?: string } = {},
): SegmentationEvaluation {
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const language = options.language ?? "en";
  const perDocument: DocumentResult[] = [];
  let system = ZERO;
  let baseline = ZERO;
  for (const name of listDocuments(corpusDir, language)) {
    const doc = loadGoldDocument(name, corpusDir, language);
    const alignment = alignGoldSentences(doc.text, doc.gold);
    const started = performance.now();
    const sentences = segment({ text: doc.text }).sentences;
    const milliseconds = performance.now() - started;
    const systemEnds = endBoundaries(doc.text, sentences);
    const systemCounts = countBoundaries(doc.text, alignment.spans, systemEnds);
    const examples = boundaryErrors(doc.text, alignment.spans, systemEnds)
      .slice(0, EXAMPLES_PER_DOCUMENT)
      .map((error) => `${error.kind}: ${inContext(doc.text, error.offset)}`);
    const baselineCounts = countBoundaries(
      doc.text,
      alignment.spans,
      endBoundaries(doc.text, baselineSentences(doc.text)),
    );
    system = addCounts(system, systemCounts);
    baseline = addCounts(baseline, baselineCounts);
    perDocument.push({
      name,
      goldSentences: doc.gold.length,
      unaligned: alignment.unaligned,
      system: { ...systemCounts, ...scoresOf(systemCounts) },
      baseline: { ...baselineCounts, ...scoresOf(baselineCounts) },
      milliseconds,
      examples,
    });
  }
  const systemScores = scoresOf(system);
  const baselineScores = scoresOf(baseline);
  return {
    language,
    documents: perDocument.length,
    goldSentences: perDocument.reduce((sum, d) => sum + d.goldSentences, 0),
    unalignedSentences: perDocument.reduce((sum, d) => sum + d.unaligned, 0),
    boundaryPrecision: systemScores.precision,
    boundaryRecall: systemScores.recall,
    boundaryF1: systemScores.f1,
    baselinePrecision: baselineScores.precision,
    baselineRecall: baselineScores.recall,
    baselineF1: baselineScores.f1,
    segmentMilliseconds: perDocument.reduce((sum, d) => sum + d.milliseconds, 0),
    perDocument,
  };
}

function inContext(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const after = text.slice(offset, offset + 30);
  return JSON.stringify(`${before}‖${after}`);
}
