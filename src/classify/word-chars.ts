/** What counts as a word character for the fast vectoriser: `[\p{L}\p{N}]`, looked up by code. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII classes: 0 not a word character, 1 digit, 2 lower-case letter, 3 upper-case letter. */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 2;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 3;

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
