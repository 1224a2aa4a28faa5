/**
 * The tokens the power analysis reads: words (lower-cased, curly apostrophes straightened, "won't"
 * and "and/or" kept whole) and the punctuation that bounds a clause or a parenthesis. Scanned by
 * char codes: this runs on every sentence of every agreement.
 */
import { isWordPoint } from "../core/index.ts";

export interface PowerToken {
  /** Lower-cased word, or the punctuation mark itself. */
  norm: string;
  start: number;
  end: number;
  /** True for `,` `;` `:` `.` `(` `)` `!` `?`. */
  punct: boolean;
  /** True when the word is written with a capital first letter ("Company", a defined term). */
  capital: boolean;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const SLASH = 47;

/** Per ASCII code: 1 a clause mark (`,` `;` `:` `.` `(` `)` `!` `?`), 2 a digit or small letter, 3 a capital. */
const ASCII_KIND = new Uint8Array(128);
for (const mark of ",;:.()!?") ASCII_KIND[mark.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 2;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = 2;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = 3;

/** Code units of the word character at `i`, or 0 when there is none (beyond ASCII, `isWordPoint`). */
function wordWidth(text: string, i: number, code: number): number {
  if (code < 128) return ASCII_KIND[code]! >= 2 ? 1 : 0;
  const point = text.codePointAt(i)!;
  return isWordPoint(point) ? (point > 0xffff ? 2 : 1) : 0;
}

/** Splits a text into power tokens with offsets relative to the text. */
export function powerTokens(text: string): PowerToken[] {
  const tokens: PowerToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128 && ASCII_KIND[code] === 1) {
      tokens.push({ norm: text[i]!, start: i, end: i + 1, punct: true, capital: false });
      i++;
      continue;
    }
    const first = wordWidth(text, i, code);
    if (first === 0) {
      // Not a word: a lone high surrogate and its pair are skipped together.
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    let curly = false;
    // Any capital or any character beyond ASCII: the word is lower-cased (most are not).
    let upper = false;
    while (i < length) {
      const c = text.charCodeAt(i);
      const w = wordWidth(text, i, c);
      if (w > 0) {
        if (c >= 128 || ASCII_KIND[c] === 3) upper = true;
        i += w;
        continue;
      }
      // "won't", "Acme’s": an apostrophe between letters; "and/or": a slash between letters.
      if (
        (c === APOSTROPHE || c === CURLY_APOSTROPHE || c === SLASH) &&
        i + 1 < length &&
        i > start &&
        wordWidth(text, i + 1, text.charCodeAt(i + 1)) > 0
      ) {
        if (c === CURLY_APOSTROPHE) curly = true;
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    const lower = upper ? raw.toLowerCase() : raw;
    const capital = code >= 65 && code <= 90 ? true : code < 128 ? false : lower.charCodeAt(0) !== code;
    tokens.push({ norm: curly ? lower.replace(/’/g, "'") : lower, start, end: i, punct: false, capital });
  }
  return tokens;
}

/** The word without a possessive ending: "acme's" → "acme". */
export function withoutPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm;
}
