/**
 * The reading burden: how much work the agreement asks of the person who must accept it.
 * Percentiles compare against the 50 English corpus agreements, precomputed by
 * `corpus-stats/build.ts` into `corpus-stats.json` so that no corpus is needed at run time.
 */
import corpusStats from "./corpus-stats.json" with { type: "json" };
import { countWords, type WordCounts } from "./reading-words.ts";
import type { ReadingBurden } from "./types.ts";

/** Average adult silent reading speed for non-fiction (Brysbaert 2019). */
export const WORDS_PER_MINUTE = 238;
/** A sentence longer than this is hard to hold in mind in one go. */
export const LONG_SENTENCE_WORDS = 40;

/** The raw figures, before comparing with the corpus. */
export interface ReadingFigures {
  words: number;
  sentences: number;
  fleschKincaidGrade: number;
  longSentenceShare: number;
  allCapsShare: number;
}

/** Measures a text given as its sentences (headings left out). */
export function measureReading(sentences: readonly string[]): ReadingFigures {
  let words = 0;
  let syllables = 0;
  let longSentences = 0;
  let capsWords = 0;
  let counted = 0;
  const counts: WordCounts = { words: 0, syllables: 0, capsWords: 0 };
  for (const sentence of sentences) {
    countWords(sentence, counts);
    if (counts.words === 0) continue;
    counted += 1;
    words += counts.words;
    if (counts.words > LONG_SENTENCE_WORDS) longSentences += 1;
    syllables += counts.syllables;
    capsWords += counts.capsWords;
  }
  if (words === 0)
    return { words: 0, sentences: 0, fleschKincaidGrade: 0, longSentenceShare: 0, allCapsShare: 0 };
  const grade = 0.39 * (words / counted) + 11.8 * (syllables / words) - 15.59;
  return {
    words,
    sentences: counted,
    fleschKincaidGrade: round1(Math.max(0, grade)),
    longSentenceShare: round3(longSentences / counted),
    allCapsShare: round3(capsWords / words),
  };
}

/** The reading burden with reading time, corpus percentiles and a one-line summary. */
export function readingBurden(sentences: readonly string[]): ReadingBurden {
  const figures = measureReading(sentences);
  const readingMinutes = Math.round((figures.words / WORDS_PER_MINUTE) * 10) / 10;
  const percentiles = {
    words: percentile(corpusStats.metrics.words, figures.words),
    fleschKincaidGrade: percentile(corpusStats.metrics.fleschKincaidGrade, figures.fleschKincaidGrade),
    longSentenceShare: percentile(corpusStats.metrics.longSentenceShare, figures.longSentenceShare),
    allCapsShare: percentile(corpusStats.metrics.allCapsShare, figures.allCapsShare),
  };
  const minutes = Math.max(1, Math.round(readingMinutes));
  const length =
    percentiles.words === 0
      ? "shorter than all 50 agreements we compared"
      : percentiles.words === 100
        ? "longer than all 50 agreements we compared"
        : `longer than ${percentiles.words}% of the 50 agreements we compared`;
  const summary =
    `${figures.words.toLocaleString("en")} words: about ${minutes} minute${minutes === 1 ? "" : "s"} ` +
    `of careful reading at ${WORDS_PER_MINUTE} words a minute, ${length}. Reading level: US school grade ` +
    `${figures.fleschKincaidGrade} (${gradeWords(figures.fleschKincaidGrade)}); ` +
    `${Math.round(figures.longSentenceShare * 100)}% of sentences run over ${LONG_SENTENCE_WORDS} words and ` +
    `${Math.round(figures.allCapsShare * 100)}% of the words are in ALL CAPS.`;
  return { ...figures, readingMinutes, wordsPerMinute: WORDS_PER_MINUTE, percentiles, summary };
}

/** Percent of corpus values below `value`, counting ties as half (0..100). */
export function percentile(sortedValues: readonly number[], value: number): number {
  if (sortedValues.length === 0) return 50;
  let below = 0;
  let equal = 0;
  for (const v of sortedValues) {
    if (v < value) below += 1;
    else if (v === value) equal += 1;
  }
  return Math.round(((below + equal / 2) / sortedValues.length) * 100);
}

function gradeWords(grade: number): string {
  if (grade >= 16) return "university graduate level";
  if (grade >= 13) return "university level";
  if (grade >= 10) return "late high-school level";
  if (grade >= 7) return "middle-school level";
  return "easy";
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
