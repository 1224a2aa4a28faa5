/**
 * Findings made from the corpus' gold annotations, for developing and checking the assessment
 * without a trained model. Each level-2/3 annotation becomes one finding with probability 1.
 */
import { unanalysedPower, isCategoryCode, type Finding, type UnfairLevel } from "../core/index.ts";
import type { AnnotatedSpan } from "../ingest/corpus-xml.ts";

const TAG = /^([a-z]+)([123])$/;

/** Gold findings from `stripCorpusAnnotations(...).annotations`; sentence and clause are -1 (unknown). */
export function findingsFromGold(annotations: readonly AnnotatedSpan[]): Finding[] {
  const findings: Finding[] = [];
  for (const annotation of annotations) {
    const match = TAG.exec(annotation.tag);
    if (!match || !isCategoryCode(match[1]!)) continue;
    const level = Number(match[2]);
    if (level !== 2 && level !== 3) continue;
    findings.push({
      start: annotation.start,
      end: annotation.end,
      category: match[1],
      level: level as UnfairLevel,
      probability: 1,
      clearlyUnfairProbability: level === 3 ? 1 : 0,
      sentence: -1,
      clause: -1,
      headingPath: [],
      evidence: [],
      fragments: [{ start: annotation.start, end: annotation.end }],
      power: unanalysedPower(),
    });
  }
  return findings;
}
