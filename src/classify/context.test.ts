import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCorpusDocuments, readCorpusDocument } from "./corpus/index.ts";
import { isHeadingLike } from "./index.ts";

/** The definition `isHeadingLike` computes in one pass: regular expressions over the trimmed text. */
function reference(text: string): boolean {
  const trimmed = text.trim();
  const numberingOnly = /^[\s(]*(?:[0-9]+|[ivxlc]+|[a-z])(?:[.)][0-9a-z]*)*[.):]?\s*$/i;
  if (trimmed.length === 0 || trimmed.length > 90 || numberingOnly.test(trimmed)) return false;
  if (!/[A-Za-z]{3}/.test(trimmed)) return false;
  if (trimmed.split(/\s+/).length > 12) return false;
  const lettersOnly = trimmed.replace(/[^A-Za-z]/g, "");
  if (lettersOnly.length >= 3 && lettersOnly === lettersOnly.toUpperCase()) return true;
  return !/[.;,:!?]["'”’)]?$/.test(trimmed);
}

describe("isHeadingLike", () => {
  it("agrees with its regular-expression definition on the corpus and on generated lines", () => {
    const texts = listCorpusDocuments().flatMap((name) =>
      readCorpusDocument(name).sentences.map((s) => s.text),
    );
    expect(texts.filter((text) => isHeadingLike(text) !== reference(text))).toEqual([]);
    const pieces = ["A", "b", "TERMS", "of", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\n"];
    pieces.push("1.", "(a)", "iv", ".", ":", "’", "”", ")", "é", "É", "x");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(isHeadingLike(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
