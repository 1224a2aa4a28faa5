import { describe, expect, it } from "vitest";
import type { Block } from "../core/index.ts";
import { segment } from "./index.ts";

const TERMS = [
  "ACME TERMS OF SERVICE",
  "1. Scope",
  "These Terms apply to you.",
  "1.1 Definitions",
  "“Services” means our apps.",
  "Governing Law",
  "Irish law applies.",
  "2. Disputes",
  "(a) you may sue in your courts; and",
  "(b) we may sue in ours.",
  "Section 3 Liability",
  "ARTICLE V",
  "a. Account and Password",
  "Keep it safe.",
].join("\n");

describe("headings and clauses", () => {
  const result = segment({ text: TERMS });
  const headingTexts = result.headings.map((h) => TERMS.slice(h.start, h.end));

  it("finds numbered, keyword, titled, ALL-CAPS and lettered headings", () => {
    expect(headingTexts).toEqual([
      "ACME TERMS OF SERVICE",
      "1. Scope",
      "1.1 Definitions",
      "Governing Law",
      "2. Disputes",
      "Section 3 Liability",
      "ARTICLE V",
      "a. Account and Password",
    ]);
  });

  it("gives numbered headings their depth and nests titles under the numbered section", () => {
    const levels = Object.fromEntries(result.headings.map((h) => [TERMS.slice(h.start, h.end), h.level]));
    expect(levels["1. Scope"]).toBe(1);
    expect(levels["1.1 Definitions"]).toBe(2);
    expect(levels["Governing Law"]).toBe(3);
    expect(levels["2. Disputes"]).toBe(1);
  });

  it("records each heading's path, outer headings first", () => {
    const governing = result.headings.find((h) => TERMS.slice(h.start, h.end) === "Governing Law")!;
    expect(governing.path).toEqual(["1. Scope", "1.1 Definitions", "Governing Law"]);
    const lettered = result.headings.at(-1)!;
    expect(lettered.path).toEqual(["ARTICLE V", "a. Account and Password"]);
  });

  it("makes every non-blank line a clause with its kind and heading path", () => {
    expect(result.clauses).toHaveLength(14);
    const item = result.clauses.find((c) => TERMS.slice(c.start, c.end).startsWith("(a)"))!;
    expect(item.kind).toBe("list-item");
    expect(item.headingPath).toEqual(["2. Disputes"]);
    const body = result.clauses.find((c) => TERMS.slice(c.start, c.end) === "Irish law applies.")!;
    expect(body.kind).toBe("paragraph");
    expect(body.headingPath).toEqual(["1. Scope", "1.1 Definitions", "Governing Law"]);
  });

  it("links each sentence to its clause and flags heading sentences", () => {
    for (const sentence of result.sentences) {
      const clause = result.clauses[sentence.clause]!;
      expect(sentence.start).toBeGreaterThanOrEqual(clause.start);
      expect(sentence.end).toBeLessThanOrEqual(clause.end);
      expect(sentence.heading).toBe(clause.kind === "heading");
    }
    const flagged = result.sentences.filter((s) => s.heading).map((s) => TERMS.slice(s.start, s.end));
    expect(flagged).toContain("Scope");
    expect(flagged).not.toContain("These Terms apply to you.");
  });

  it("does not take sentences, addresses or long lines for headings", () => {
    const text = "We may End It.\nSacramento, CA 95833\nYou must keep your password safe and tell us at once";
    expect(segment({ text }).headings).toEqual([]);
  });

  it("understands Markdown hashes in plain text", () => {
    const text = "# Terms\n## Payment\nPay on time.";
    const { headings } = segment({ text });
    expect(headings.map((h) => [h.level, h.path])).toEqual([
      [1, ["Terms"]],
      [2, ["Terms", "Payment"]],
    ]);
    expect(text.slice(headings[1]!.start, headings[1]!.end)).toBe("Payment");
  });
});

describe("blocks from the reader", () => {
  // "Refunds" would not pass as a heading on its own shape; the block says it is one.
  const text = "Our terms\nrefunds policy\nWe refund within 14 days.\nCall us";
  const blocks: Block[] = [
    { kind: "heading", level: 1, start: 0, end: 9 },
    { kind: "heading", level: 2, start: 10, end: 24 },
    { kind: "paragraph", start: 25, end: 50 },
    { kind: "list-item", start: 51, end: 58 },
  ];
  const result = segment({ text, blocks });

  it("takes headings and their levels from heading blocks", () => {
    expect(result.headings.map((h) => [h.level, h.path])).toEqual([
      [1, ["Our terms"]],
      [2, ["Our terms", "refunds policy"]],
    ]);
  });

  it("takes list items from list-item blocks", () => {
    expect(result.clauses.map((c) => c.kind)).toEqual(["heading", "heading", "paragraph", "list-item"]);
  });

  it("never lets a sentence run across a block edge, even without a line break", () => {
    const inline = "Title Here Body text. More";
    const { sentences } = segment({
      text: inline,
      blocks: [
        { kind: "heading", level: 1, start: 0, end: 10 },
        { kind: "paragraph", start: 11, end: inline.length },
      ],
    });
    expect(sentences.map((s) => inline.slice(s.start, s.end))).toEqual(["Title Here", "Body text.", "More"]);
  });
});

describe("bad arguments", () => {
  it.each([0, -5, 2.5, Number.NaN])("refuses maxSentenceChars %s with a usage error", (value) => {
    expect(() => segment({ text: "Hi." }, { maxSentenceChars: value })).toThrow(
      expect.objectContaining({ code: "USAGE", message: expect.stringMatching(/maxSentenceChars/) }),
    );
  });
});

describe("untrusted blocks", () => {
  it("ignores blocks with impossible offsets and still covers the text", () => {
    const text = "First line here.\nSecond line. Third.";
    const blocks = [
      { kind: "heading", level: 1, start: Number.NaN, end: 4 },
      { kind: "paragraph", start: -3, end: 2 },
      { kind: "paragraph", start: 30, end: 10 },
      { kind: "paragraph", start: 5, end: 9_999 },
    ] as Block[];
    const { sentences } = segment({ text, blocks });
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "First",
      "line here.",
      "Second line.",
      "Third.",
    ]);
  });
});
