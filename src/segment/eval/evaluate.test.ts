import { describe, expect, it } from "vitest";
import { segment } from "../index.ts";
import { findSentenceProblem } from "../invariants.ts";
import { alignGoldSentences } from "./align.ts";
import { listDocuments, loadGoldDocument } from "./corpus.ts";
import { evaluateSegmentation } from "./evaluate.ts";
import { countBoundaries, endBoundaries, scoresOf } from "./score.ts";

describe("segmentation of the 50 English corpus documents", () => {
  const names = listDocuments();

  it("finds all 50 documents", () => {
    expect(names).toHaveLength(50);
  });

  it("keeps every sentence inside the text, in order, non-overlapping and covering all non-space text", () => {
    for (const name of names) {
      const { text } = loadGoldDocument(name);
      const problem = findSentenceProblem(text, segment({ text }).sentences);
      expect(problem, name).toBeNull();
    }
  });

  // Slow (10–20 s): Intl.Segmenter is superlinear on whole documents in V8, and the baseline gets
  // each document whole, as the evaluation promises.
  it("scores boundary F1 of at least 0.985 and beats Intl.Segmenter", { timeout: 180_000 }, () => {
    const result = evaluateSegmentation();
    expect(result.documents).toBe(50);
    expect(result.unalignedSentences).toBe(0);
    expect(result.boundaryF1).toBeGreaterThanOrEqual(0.985);
    expect(result.boundaryF1).toBeGreaterThan(result.baselineF1);
  });
});

describe("alignment and scoring", () => {
  const text = "Hello there.  This is   a test. (Quoted part.) End";

  it("aligns gold lines whitespace-insensitively and reports lines it cannot find", () => {
    const gold = ["Hello there.", "This is a test.", "Something else entirely.", "(Quoted part.)", "End"];
    const { spans, unaligned } = alignGoldSentences(text, gold);
    expect(unaligned).toBe(1);
    expect(spans[2]).toBeNull();
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe("This is   a test.");
    expect(text.slice(spans[4]!.start, spans[4]!.end)).toBe("End");
  });

  it("falls back to a letters-and-digits match for lines that differ in punctuation", () => {
    const { spans } = alignGoldSentences("It’s “fine” now.", ['It\'s "fine" now.']);
    expect(spans[0]).toEqual({ start: 0, end: 16 });
  });

  it("counts end boundaries, treating an opening bracket between sentences as part of the gap", () => {
    const gold = alignGoldSentences(text, [
      "Hello there.",
      "This is a test. (",
      "Quoted part.)",
      "End",
    ]).spans;
    const predicted = endBoundaries(text, [
      { start: 0, end: 12 },
      { start: 14, end: 31 },
      { start: 32, end: 46 },
      { start: 47, end: 50 },
    ]);
    expect(countBoundaries(text, gold, predicted)).toEqual({
      truePositives: 4,
      falsePositives: 0,
      falseNegatives: 0,
    });
    const merged = endBoundaries(text, [
      { start: 0, end: 31 },
      { start: 32, end: 40 },
      { start: 41, end: 50 },
    ]);
    const counts = countBoundaries(text, gold, merged);
    expect(counts).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(scoresOf(counts).precision).toBeCloseTo(2 / 3);
  });

  it("ignores predicted boundaries inside unaligned gold text", () => {
    const { spans } = alignGoldSentences(text, ["Hello there.", "Not in the text.", "(Quoted part.)", "End"]);
    const counts = countBoundaries(
      text,
      spans,
      endBoundaries(text, [
        { start: 0, end: 12 },
        { start: 14, end: 25 },
      ]),
    );
    expect(counts.falsePositives).toBe(0);
    expect(counts.truePositives).toBe(1);
  });
});
