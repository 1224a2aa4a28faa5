import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segment } from "./index.ts";
import { findSentenceProblem } from "./invariants.ts";

/** Fragments that exercise the rules: abbreviations, labels, quotes, odd spaces, surrogates. */
const PIECES = [
  "a",
  "Inc.",
  "e.g.",
  "etc.",
  "U.S.",
  "1.",
  "4.1.1.",
  "ii.",
  "(a)",
  "...",
  "…",
  ".",
  "!",
  "?",
  "”",
  "“",
  "(",
  ")",
  "\n",
  "\r\n",
  " ",
  "\u00a0",
  "\u2003",
  "\t",
  "\u200b",
  "The",
  "you",
  "mySugr",
  "😀",
  "\ud800",
  "www.x.com",
  "J.",
  "No.",
  "#",
  "## ",
  "• ",
  "A",
  "Z.",
  "x.Y",
  "\u2028",
];

const legalishText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("sentence guarantees", () => {
  it("holds for arbitrary strings: sentences in order, trimmed, non-overlapping, covering all text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.integer({ min: 1, max: 80 }),
        (text, max) => {
          expect(
            findSentenceProblem(text, segment({ text }, { maxSentenceChars: max }).sentences),
          ).toBeNull();
        },
      ),
      { numRuns: 400 },
    );
  });

  it("holds for text built from legal punctuation, abbreviations and odd whitespace", () => {
    fc.assert(
      fc.property(legalishText, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const { sentences, clauses } = segment({ text }, { maxSentenceChars: max });
        expect(findSentenceProblem(text, sentences)).toBeNull();
        expect(sentences.every((s) => s.end - s.start <= max)).toBe(true);
        expect(sentences.every((s) => s.clause >= 0 && s.clause < clauses.length)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("holds whatever blocks a reader passes, valid or not", () => {
    const block = fc.record({
      kind: fc.constantFrom("heading" as const, "paragraph" as const, "list-item" as const),
      level: fc.integer({ min: 1, max: 6 }),
      start: fc.integer({ min: -5, max: 120 }),
      end: fc.integer({ min: -5, max: 120 }),
    });
    fc.assert(
      fc.property(legalishText, fc.array(block, { maxLength: 8 }), (text, blocks) => {
        expect(findSentenceProblem(text, segment({ text, blocks }).sentences)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("reports a broken guarantee", () => {
    const text = "One. Two.";
    expect(findSentenceProblem(text, [{ start: 0, end: 4, clause: 0, heading: false }])).toMatch(
      /no sentence/,
    );
    expect(
      findSentenceProblem(text, [
        { start: 0, end: 5, clause: 0, heading: false },
        { start: 5, end: 9, clause: 0, heading: false },
      ]),
    ).toMatch(/not trimmed/);
  });
});
