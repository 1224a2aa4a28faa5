import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toOriginalOffset } from "../core/index.ts";
import { mapBlocks, normaliseText, toNormalisedOffset } from "./normalise.ts";

const PIECES = [
  "a",
  "B",
  "é",
  "“",
  "”",
  "—",
  "…",
  ".",
  "1",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u2009",
  "\u200b",
  "\u00ad",
  "\ufeff",
  "\u2028",
  "\f",
  "\u0007",
  "ﬁ",
  "ﬄ",
  "😀",
];
const messyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

const LIGATURE_TEXT: Record<string, string> = { ﬁ: "fi", ﬄ: "ffl" };
const visibleOnly = (text: string) =>
  text.replace(/[ﬁﬄ]/g, (ch) => LIGATURE_TEXT[ch]!).replace(/[\s\u200b\u00ad\ufeff\u0007]/g, "");

describe("normaliseText", () => {
  it("normalises whitespace and invisible characters but keeps quotes, dashes and ellipses", () => {
    const input = "  Title\u00a0\u00a0here \r\n\r\n\r\n\r\n“Terms”\u200b — soft\u00adware…  \n\tﬁnal  ";
    expect(normaliseText(input).text).toBe("Title here\n\n“Terms” — software…\nfinal");
  });

  it("maps every visible character back to the same character in the original", () => {
    fc.assert(
      fc.property(messyText, (input) => {
        const { text, map } = normaliseText(input);
        for (let offset = 0; offset < text.length; offset++) {
          const ch = text[offset]!;
          if (ch === " " || ch === "\n") continue;
          const original = input[toOriginalOffset(map, offset)]!;
          if (original in LIGATURE_TEXT) expect(LIGATURE_TEXT[original]).toContain(ch);
          else expect(original).toBe(ch);
        }
      }),
    );
  });

  it("keeps all visible text and leaves no whitespace runs, blank-line runs or untrimmed lines", () => {
    fc.assert(
      fc.property(messyText, (input) => {
        const { text } = normaliseText(input);
        expect(visibleOnly(text)).toBe(visibleOnly(input));
        expect(text).not.toMatch(/ {2}|\n{3}| \n|\n | $|^ |^\n|\n$/);
        expect(normaliseText(text).text).toBe(text);
      }),
    );
  });

  it("maps offsets forward so that a span of the original lands on the same words", () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (input, a, b) => {
        const normalised = normaliseText(input);
        const start = Math.min(a, b) % (input.length + 1);
        const end = Math.max(start, Math.max(a, b) % (input.length + 1));
        const [block] = mapBlocks([{ kind: "paragraph", start, end }], normalised);
        const expected = visibleOnly(input.slice(start, end));
        expect(block === undefined ? "" : visibleOnly(normalised.text.slice(block.start, block.end))).toBe(
          expected,
        );
      }),
    );
  });

  it("maps the end of the text to the end of the original's last visible character", () => {
    const { text, map } = normaliseText("ab   \n\n");
    expect(toOriginalOffset(map, text.length)).toBe(2);
    expect(toNormalisedOffset(map, text.length, 7)).toBe(2);
  });

  it("handles a long single line quickly", () => {
    const line = "word ".repeat(2_000_000);
    const started = performance.now();
    const { text } = normaliseText(line);
    expect(text.length).toBe(line.length - 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
