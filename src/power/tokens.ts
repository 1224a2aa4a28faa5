/**
 * The tokens the power analysis reads: words (lower-cased, curly apostrophes straightened, "won't"
 * and "and/or" kept whole) and the punctuation that bounds a clause or a parenthesis.
 */

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

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\/[\p{L}]+)?|[,;:.()!?]/gu;

/** Splits a text into power tokens with offsets relative to the text. */
export function powerTokens(text: string): PowerToken[] {
  const tokens: PowerToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const punct = raw.length === 1 && ",;:.()!?".includes(raw);
    const norm = punct ? raw : raw.toLowerCase().replace(/’/g, "'");
    const capital = !punct && raw.charAt(0) !== raw.charAt(0).toLowerCase();
    tokens.push({ norm, start, end: start + raw.length, punct, capital });
  }
  return tokens;
}

/** The word without a possessive ending: "acme's" → "acme". */
export function withoutPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("s'") ? norm.slice(0, -1) : norm;
}
