import { describe, expect, test } from "vitest";
import { LONG_SENTENCE_WORDS, measureReading, readingBurden, WORDS_PER_MINUTE } from "./index.ts";

describe("reading burden", () => {
  test("figures of a known text", () => {
    const long = Array.from({ length: 41 }, () => "word").join(" ") + ".";
    const sentences = [
      "The cat sat on the mat.",
      "YOU AGREE THAT WE ARE NOT LIABLE.",
      long,
      "I use AAA rules.",
    ];
    const figures = measureReading(sentences);
    expect(figures.words).toBe(6 + 7 + 41 + 4);
    expect(figures.sentences).toBe(4);
    expect(figures.longSentenceShare).toBe(0.25);
    // Seven words in a run of capitals count; "I" and "AAA" alone are not shouting.
    expect(figures.allCapsShare).toBeCloseTo(7 / 58, 3);
  });

  test("Flesch-Kincaid grade of simple sentences is low, of legal prose high", () => {
    expect(measureReading(["The cat sat on the mat.", "It was a good day."]).fleschKincaidGrade).toBeLessThan(
      3,
    );
    const legal = [
      "Notwithstanding the foregoing, the indemnification obligations hereunder shall survive termination of this agreement, irrespective of the circumstances giving rise to such termination, including any unilateral modification of the applicable consideration.",
    ];
    expect(measureReading(legal).fleschKincaidGrade).toBeGreaterThan(18);
  });

  test("reading time at the stated speed and percentiles against the corpus", () => {
    const sentences = Array.from(
      { length: 500 },
      () => "You accept that we may change these terms at any time.",
    );
    const burden = readingBurden(sentences);
    expect(burden.words).toBe(5500);
    expect(burden.wordsPerMinute).toBe(WORDS_PER_MINUTE);
    expect(burden.readingMinutes).toBeCloseTo(5500 / 238, 1);
    // 5,500 words sits in the middle of the 50 corpus agreements (825 to 22,154 words).
    expect(burden.percentiles.words).toBeGreaterThan(20);
    expect(burden.percentiles.words).toBeLessThan(80);
    expect(burden.percentiles.longSentenceShare).toBe(0);
    expect(burden.summary).toContain("238 words a minute");
    expect(burden.summary).toContain(`over ${LONG_SENTENCE_WORDS} words`);
  });

  test("an empty text has zero burden", () => {
    expect(readingBurden([]).words).toBe(0);
  });
});
