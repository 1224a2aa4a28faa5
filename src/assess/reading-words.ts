/**
 * The word-level counts behind the reading burden, read straight from the characters of a
 * sentence: the words of `WORD` (`[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`), their syllables and the
 * words in runs of capitals. ASCII words (nearly all) are counted without building a string;
 * others go through `countSyllables` and `isCapsWord`, which define the counts.
 */
import { isWordPoint } from "../core/index.ts";

/** A run of this many ALL-CAPS words is shouting, not an acronym. */
export const CAPS_RUN = 3;

/** Vowel groups, less a silent final "e"; at least one per word. Good enough for a grade estimate. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Whether a word is in capitals: it has letters, and they are all upper-case. */
export function isCapsWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const VOWEL = new Uint8Array(128);
for (const c of "aeiouy") VOWEL[c.charCodeAt(0)] = 1;
const E = 101;
const S = 115;
const D = 100;
const L = 108;

/** A letter of `[^laeiouy]`. */
function quiet(c: number): boolean {
  return c !== L && VOWEL[c] === 0;
}

/** `countSyllables` of the lower-case letters `w[0, n)` of an ASCII word. */
function asciiSyllables(w: Uint8Array, n: number): number {
  if (n <= 3) return 1;
  // The silent ending: "[^laeiouy]es" ends furthest left, so it wins over "ed" and "[^laeiouy]e".
  if (w[n - 1] === S && w[n - 2] === E && quiet(w[n - 3]!)) n -= 3;
  else if ((w[n - 1] === D && w[n - 2] === E) || (w[n - 1] === E && quiet(w[n - 2]!))) n -= 2;
  let groups = 0;
  let run = 0;
  for (let k = 0; k < n; k++) {
    if (VOWEL[w[k]!] === 1) run++;
    else if (run > 0) {
      groups += (run + 1) >> 1;
      run = 0;
    }
  }
  groups += (run + 1) >> 1;
  return Math.max(1, groups);
}

export interface WordCounts {
  words: number;
  syllables: number;
  capsWords: number;
}

let letters = new Uint8Array(64);

/** The width in code units of the letter or digit at `i`, or 0 when there is none. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return isWordPoint(point) ? (point > 0xffff ? 2 : 1) : 0;
}

/** Counts the words of a sentence, their syllables and the words in runs of capitals into `out`. */
export function countWords(sentence: string, out: WordCounts): void {
  let words = 0;
  let syllables = 0;
  let capsWords = 0;
  let run = 0;
  const length = sentence.length;
  if (letters.length < length) letters = new Uint8Array(length * 2);
  let i = 0;
  while (i < length) {
    let width = widthAt(sentence, i);
    if (width === 0) {
      i += sentence.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    let n = 0;
    let upper = false;
    let lower = false;
    for (;;) {
      while (width > 0) {
        const code = sentence.charCodeAt(i);
        if (code >= 128) ascii = false;
        else if (code >= 97) {
          lower = true;
          letters[n++] = code;
        } else if (code >= 65) {
          upper = true;
          letters[n++] = code | 32;
        }
        i += width;
        width = i < length ? widthAt(sentence, i) : 0;
      }
      const separator = i < length ? sentence.charCodeAt(i) : 0;
      if (separator !== 39 && separator !== 0x2019 && separator !== 46 && separator !== 45) break;
      if (i + 1 >= length || (width = widthAt(sentence, i + 1)) === 0) break;
      i += 1;
    }
    words++;
    let caps: boolean;
    if (ascii) {
      syllables += asciiSyllables(letters, n);
      caps = upper && !lower;
    } else {
      const word = sentence.slice(start, i);
      syllables += countSyllables(word);
      caps = isCapsWord(word);
    }
    if (caps) run++;
    else {
      if (run >= CAPS_RUN) capsWords += run;
      run = 0;
    }
  }
  if (run >= CAPS_RUN) capsWords += run;
  out.words = words;
  out.syllables = syllables;
  out.capsWords = capsWords;
}
