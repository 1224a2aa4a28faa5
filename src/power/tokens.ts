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

function isPunct(code: number): boolean {
  return (
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 46 ||
    code === 40 ||
    code === 41 ||
    code === 33 ||
    code === 63
  );
}

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return isWordPoint(text.codePointAt(i)!);
}

function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** Splits a text into power tokens with offsets relative to the text. */
export function powerTokens(text: string): PowerToken[] {
  const tokens: PowerToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isPunct(code)) {
      const mark = text[i]!;
      tokens.push({ norm: mark, start: i, end: i + 1, punct: true, capital: false });
      i++;
      continue;
    }
    if (!isWordAt(text, i)) {
      i += width(text, i);
      continue;
    }
    const start = i;
    let curly = false;
    let upper = false;
    while (i < length) {
      if (isWordAt(text, i)) {
        const c = text.charCodeAt(i);
        if (c >= 65 ? c <= 90 || c >= 128 : false) upper = true;
        i += width(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      // "won't", "Acme’s": an apostrophe between letters; "and/or": a slash between letters.
      if (
        (c === APOSTROPHE || c === CURLY_APOSTROPHE || c === SLASH) &&
        i + 1 < length &&
        isWordAt(text, i + 1) &&
        i > start
      ) {
        if (c === CURLY_APOSTROPHE) curly = true;
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    // Most words are lower case already: no second string for them.
    const lower = upper ? raw.toLowerCase() : raw;
    const first = raw.charCodeAt(0);
    const capital = first >= 65 && first <= 90 ? true : first < 128 ? false : lower.charCodeAt(0) !== first;
    tokens.push({ norm: curly ? lower.replace(/’/g, "'") : lower, start, end: i, punct: false, capital });
  }
  return tokens;
}

/** The word without a possessive ending: "acme's" → "acme". */
export function withoutPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm;
}
