/**
 * Character classes for the sentence scanner, by UTF-16 code: one table lookup per character in
 * the hot loop instead of a regular expression or a string search.
 */

/** Sentence-ending punctuation. */
export const TERMINATORS = ".!?…";
/** Closing quotes and brackets that stay with the sentence they close: `.”` `.)` `?’`. */
export const CLOSERS = "\"'”’»)]}";
/** Opening quotes and brackets stripped from the front of a word: `(e.g.` → `e.g.`. */
export const OPENERS = "\"'“‘«([{";

const SPACE = 1;
const TERMINATOR = 2;
const CLOSER = 4;
const OPENER = 8;
const LOWER = 16;
const UPPER = 32;
const WORD = 64;

const CLASSES = new Uint8Array(0x10000);
for (const ch of TERMINATORS) CLASSES[ch.charCodeAt(0)]! |= TERMINATOR;
for (const ch of CLOSERS) CLASSES[ch.charCodeAt(0)]! |= CLOSER;
for (const ch of OPENERS) CLASSES[ch.charCodeAt(0)]! |= OPENER;
// Exactly JavaScript's `\s`, so "non-whitespace" means the same here as in every other stage.
for (const ch of " \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") {
  CLASSES[ch.charCodeAt(0)]! |= SPACE;
}
for (let code = 0x2000; code <= 0x200a; code++) CLASSES[code]! |= SPACE;

/** Letter case is tabled for Latin scripts only (cheap to build); other scripts ask Unicode. */
const TABLED_LETTERS = 0x300;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /[\p{Lu}\p{Lt}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
for (let code = 0; code < TABLED_LETTERS; code++) {
  const ch = String.fromCharCode(code);
  if (LOWER_LETTER.test(ch)) CLASSES[code]! |= LOWER;
  if (UPPER_LETTER.test(ch)) CLASSES[code]! |= UPPER;
  if (WORD_CHAR.test(ch)) CLASSES[code]! |= WORD;
}

function hasClass(code: number, flag: number, pattern: RegExp): boolean {
  if (code < TABLED_LETTERS) return (CLASSES[code]! & flag) !== 0;
  return pattern.test(String.fromCharCode(code));
}

export const isSpace = (code: number): boolean => (CLASSES[code]! & SPACE) !== 0;
export const isTerminator = (code: number): boolean => (CLASSES[code]! & TERMINATOR) !== 0;
export const isCloser = (code: number): boolean => (CLASSES[code]! & CLOSER) !== 0;
export const isOpener = (code: number): boolean => (CLASSES[code]! & OPENER) !== 0;
export const isLower = (code: number): boolean => hasClass(code, LOWER, LOWER_LETTER);
export const isUpper = (code: number): boolean => hasClass(code, UPPER, UPPER_LETTER);
/** Letters, digits and combining marks: the characters of a word. */
export const isWordChar = (code: number): boolean => hasClass(code, WORD, WORD_CHAR);
