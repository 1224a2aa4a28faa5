import { describe, expect, it } from "vitest";
import { WordStarts } from "./word-starts.ts";
import { wordsPattern } from "./word-pattern.ts";

const WORDS = ["liab", "as is", "terminat", "end"];

/** Every position where the unanchored pattern (with `i`) matches, tried one by one. */
function matchPositions(source: string, text: string): number[] {
  const at = new RegExp(source, "iy");
  const found: number[] = [];
  for (let p = 0; p < text.length; p++) {
    at.lastIndex = p;
    if (at.test(text)) found.push(p);
  }
  return found;
}

function candidates(next: (text: string, from: number) => number, text: string): number[] {
  const found: number[] = [];
  for (let p = next(text, 0); p >= 0; p = next(text, p + 1)) found.push(p);
  return found;
}

describe("WordStarts", () => {
  const starts = new WordStarts(WORDS);
  const texts = ["Reliable, AS IS; we may TERMINATE", "the end, weekend, ending", "ſ K é-liab_liab 1end"];

  it("offers every position where a word matches (case-insensitively, inside words too)", () => {
    for (const text of texts) {
      const offered = candidates((t, p) => starts.next(t, p), text);
      for (const p of matchPositions(wordsPattern(WORDS), text)) expect(offered).toContain(p);
    }
  });

  it("refuses words it cannot index", () => {
    expect(() => new WordStarts(["ab"])).toThrow();
    expect(() => new WordStarts(["é-x"])).toThrow();
  });
});
