/**
 * The character n-grams a language is recognised by: letters only (any script), lower-cased,
 * each word padded with a space on both sides so that word starts and ends count, n = 1 to 3.
 */

/**
 * At most this many letters are read (about five hundred words, wherever they start: a page may
 * open with a long run of links and markup): a language shows itself in far fewer.
 */
export const SAMPLE_LETTERS = 2_500;

const WORD = /\p{L}+/gu;

/** Calls `visit` for every 1-, 2- and 3-gram of the text's words. */
export function forEachNgram(
  text: string,
  visit: (gram: string) => void,
  letterLimit = SAMPLE_LETTERS,
): void {
  let letters = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && letters < letterLimit; match = WORD.exec(text)) {
    letters += match[0].length;
    const padded = ` ${match[0].toLowerCase()} `;
    for (let i = 0; i < padded.length; i++) {
      const c = padded[i]!;
      if (c !== " ") visit(c);
      if (i + 2 <= padded.length) visit(padded.slice(i, i + 2));
      if (i + 3 <= padded.length) visit(padded.slice(i, i + 3));
    }
  }
}

/** Counts of every n-gram of the texts, read whole. */
export function countNgrams(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) forEachNgram(text, (g) => counts.set(g, (counts.get(g) ?? 0) + 1), Infinity);
  return counts;
}
