/**
 * The categories beyond the nine as sentence judgements, in the form the clause grouping reads
 * (`UnfairCategory`), so that they become findings exactly as the model's do: one per clause and
 * category, placed at a sentence, with the wording that states the term as evidence.
 */
import type { Evidence, UnfairLevel } from "../../core/index.ts";
import type { UnfairCategory } from "../predict.ts";
import { BEYOND_CODES, beyondWordings } from "./definitions.ts";

/**
 * What a finding of these categories reports as its probability. They are read from definition
 * wordings, not scored, so this is no calibrated probability: it is the share of such findings
 * judged right by hand in two samples of 40 drawn from Open Terms Archive agreements, 35 of 40
 * in each (docs/decisions/0008-beyond-the-corpus.md).
 */
export const BEYOND_PROBABILITY = 0.875;

/** Without circumstances read for them yet, the level is "potentially unfair". */
const BEYOND_LEVEL: UnfairLevel = 2;

export interface BeyondJudgements {
  judged: UnfairCategory[];
  /** The evidence of a judgement: the wording, as offsets into its sentence. */
  evidence: (sentence: number, category: number) => Evidence[];
}

/**
 * Judges every sentence for the categories beyond the nine; their category indices follow the
 * model's (`firstIndex` is the first, in `BEYOND_CODES` order).
 */
export function judgeBeyond(texts: readonly string[], firstIndex: number): BeyondJudgements {
  const judged: UnfairCategory[] = [];
  const spans = new Map<string, Evidence>();
  texts.forEach((text, sentence) => {
    for (const wording of beyondWordings(text)) {
      const category = firstIndex + BEYOND_CODES.indexOf(wording.code);
      judged.push({
        sentence,
        category,
        probability: BEYOND_PROBABILITY,
        clearlyUnfairProbability: 0,
        level: BEYOND_LEVEL,
      });
      spans.set(`${sentence}:${category}`, { start: wording.start, end: wording.end, weight: 1 });
    }
  });
  return {
    judged,
    evidence: (sentence, category) => {
      const span = spans.get(`${sentence}:${category}`);
      return span ? [span] : [];
    },
  };
}
