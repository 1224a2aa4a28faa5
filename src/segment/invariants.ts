/**
 * The guarantees `segment` makes about sentences, as a checker: tests run it over the corpus and
 * over random text, and callers can run it on untrusted segmentations.
 */
import type { Sentence } from "../core/index.ts";
import { isSpace } from "./characters.ts";

/**
 * Returns the first broken guarantee, or null when all hold: offsets inside the text, in order,
 * never overlapping, trimmed of whitespace at both ends, and together covering every
 * non-whitespace character.
 */
export function findSentenceProblem(text: string, sentences: readonly Sentence[]): string | null {
  let covered = 0;
  for (const [index, s] of sentences.entries()) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end)) {
      return `sentence ${index} has an empty or invalid span [${s.start}, ${s.end})`;
    }
    if (s.end > text.length) return `sentence ${index} ends past the text (${s.end} > ${text.length})`;
    if (s.start < covered) return `sentence ${index} overlaps or precedes the previous one`;
    if (isSpace(text.charCodeAt(s.start)) || isSpace(text.charCodeAt(s.end - 1))) {
      return `sentence ${index} is not trimmed of whitespace`;
    }
    const gap = firstNonSpace(text, covered, s.start);
    if (gap >= 0) return `character ${gap} is in no sentence`;
    covered = s.end;
  }
  const tail = firstNonSpace(text, covered, text.length);
  return tail >= 0 ? `character ${tail} is in no sentence` : null;
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}
