import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CORPUS_DIR } from "./corpus-grades.ts";
import { CAPS_RUN, countSyllables, countWords, isCapsWord, type WordCounts } from "./reading-words.ts";

/** The definition the character scanner must reproduce: regex words, then per-word counts. */
function reference(sentence: string): WordCounts {
  const tokens = sentence.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  let capsWords = 0;
  let run = 0;
  for (const token of tokens) {
    if (isCapsWord(token)) run += 1;
    else {
      if (run >= CAPS_RUN) capsWords += run;
      run = 0;
    }
  }
  if (run >= CAPS_RUN) capsWords += run;
  const syllables = tokens.reduce((sum, token) => sum + countSyllables(token), 0);
  return { words: tokens.length, syllables, capsWords };
}

function counted(sentence: string): WordCounts {
  const out: WordCounts = { words: 0, syllables: 0, capsWords: 0 };
  countWords(sentence, out);
  return out;
}

describe("countWords", () => {
  test("counts as the regex definition does on every line of the English corpus", () => {
    const dir = join(CORPUS_DIR, "en/xml");
    let lines = 0;
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        expect(counted(line), line).toEqual(reference(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  test("counts as the regex definition does on any mix of words, scripts and separators", () => {
    const pieces = [
      ...["The", "cat", "TERMS", "AND", "CONDITIONS", "arbitrates", "used", "make", "bles", "queue", "y"],
      ...["café", "ÉTÉ", "Straße", "İ", "ΣΟΦΟΣ", "½", "٣", "😀", "𝐀𝐁", "ﬁ", "42", "3.5", "U.S.", "e-mail"],
      ...[" ", "'", "’", ".", "-", "--", ",", "\n", "'s", "’S", "-x", ".."],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const sentence = parts.join("");
        expect(counted(sentence)).toEqual(reference(sentence));
      }),
      { numRuns: 1000 },
    );
  });
});
