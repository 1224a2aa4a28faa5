/**
 * What counts as a word character where a stage reads text by char codes: `[\p{L}\p{N}]`, looked
 * up by code point. Shared so that the classifier's tokens and the reading counts agree.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not (typographic quotes are frequent). */
const BMP_WORD = new Uint8Array(0x10000);
const astralWord = new Map<number, boolean>();

/** Whether a code point is a letter or digit, memoised. */
export function isWordPoint(point: number): boolean {
  if (point <= 0xffff) {
    let known = BMP_WORD[point]!;
    if (known === 0) BMP_WORD[point] = known = WORD_CHAR.test(String.fromCharCode(point)) ? 1 : 2;
    return known === 1;
  }
  let known = astralWord.get(point);
  if (known === undefined) astralWord.set(point, (known = WORD_CHAR.test(String.fromCodePoint(point))));
  return known;
}

/** ASCII capitals and small letters of a text, counted: ALL-CAPS tests read these. */
export function asciiCaseCounts(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return { upper, lower };
}
