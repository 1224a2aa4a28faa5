/**
 * Where a word of a list can start in a text: a table of the words' first three characters,
 * ASCII letters of either case and spaces (what a pattern with the `i` flag, without `u`, matches
 * to them: no other character). A long pattern of many words, tried at every position, costs
 * more than this test; tried only where it says, it finds the same matches.
 */

/** Per ASCII code: 1–26 a letter of either case, 27 a space, 0 anything else. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 26; c++) CLASS[65 + c] = CLASS[97 + c] = c + 1;
CLASS[32] = 27;

function classOf(code: number): number {
  return code < 128 ? CLASS[code]! : 0;
}

export class WordStarts {
  private readonly table = new Uint8Array(28 * 28 * 28);

  /** @throws Error when a word is shorter than three characters or starts with other ones. */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      const a = classOf(word.charCodeAt(0));
      const b = classOf(word.charCodeAt(1));
      const c = classOf(word.charCodeAt(2));
      if (a === 0 || b === 0 || c === 0) throw new Error(`WordStarts: cannot index "${word}"`);
      this.table[(a * 28 + b) * 28 + c] = 1;
    }
  }

  /** The first position from `from` on where a word of the list can start, or -1. */
  next(text: string, from: number): number {
    const table = this.table;
    const end = text.length - 2;
    let a = classOf(text.charCodeAt(from));
    let b = classOf(text.charCodeAt(from + 1));
    for (let p = from; p < end; p++) {
      const c = classOf(text.charCodeAt(p + 2));
      // No entry with a class 0 (another character) is ever set: no test of a, b, c apart.
      if (table[(a * 28 + b) * 28 + c] === 1) return p;
      a = b;
      b = c;
    }
    return -1;
  }
}
