import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsPattern } from "./word-pattern.ts";

describe("a trie pattern of words", () => {
  it("matches where the plain alternation matches", () => {
    const words = ["close", "closed", "court", "as is", "law of", "laws of", "c.o"];
    const trie = new RegExp(wordsPattern(words), "i");
    const plain = new RegExp(words.map((w) => w.replace(/[.]/g, "\\.")).join("|"), "i");
    for (const text of ["We CLOSE it", "the Court", "as is", "under the laws of", "law", "c.o", "cxo", ""]) {
      expect(trie.test(text), text).toBe(plain.test(text));
    }
    fc.assert(
      fc.property(fc.string(), (text) => trie.test(text) === plain.test(text)),
      { numRuns: 500 },
    );
  });
});
