import { describe, expect, it } from "vitest";
import { segment } from "./index.ts";

/** The sentence texts `segment` finds in `text`. */
function sentencesOf(text: string, maxSentenceChars?: number): string[] {
  const options = maxSentenceChars === undefined ? {} : { maxSentenceChars };
  return segment({ text }, options).sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence boundaries in legal text", () => {
  it("splits ordinary sentences and keeps closing quotes and brackets with their sentence", () => {
    expect(sentencesOf("He said “stop.” Then he left. (This is final.) We agree!")).toEqual([
      "He said “stop.”",
      "Then he left.",
      "(This is final.)",
      "We agree!",
    ]);
  });

  it.each([
    ["Latin abbreviations", "Some data, e.g. Names and emails, i.e. Personal Data, is kept. It is safe."],
    ["titles", "Contact Mr. Smith or Dr. Jones at St. Mary's. They reply."],
    ["references", "See Sec. 4.2 and Art. 6 of Reg. No. 2016/679 and para. 3 too. Then stop."],
    ["case names", "As held in Smith v. Jones and Doe vs. Roe here. It binds."],
    ["initials", "Signed by J. Smith and K. L. Brown today. Done."],
    ["company names", "Uber B.V. and Acme Inc. Services and Foo Ltd. Group agree. Fine."],
    ["countries", "Users in the U.S. Market and the U.K. Market are covered. Done."],
    ["times of day", "Open from 9 a.m. Monday to 5 p.m. Friday only. Closed otherwise."],
  ])("does not break after %s", (_name, text) => {
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]!.length).toBeLessThan(20);
  });

  it("lets a number abbreviation end a sentence when no number follows", () => {
    expect(
      sentencesOf("The answer is no. We reply within 5 min. Please wait. See No. 5 and Tel. +44 20."),
    ).toEqual(["The answer is no.", "We reply within 5 min.", "Please wait.", "See No. 5 and Tel. +44 20."]);
  });

  it("lets an ambiguous abbreviation end a sentence when a sentence opener follows", () => {
    expect(sentencesOf("The service is run by Dropbox, Inc. You agree to these terms.")).toEqual([
      "The service is run by Dropbox, Inc.",
      "You agree to these terms.",
    ]);
  });

  it("ends a sentence at etc. before a capital but not before a lower-case word", () => {
    expect(sentencesOf("We sell books, music, etc. You may buy them. Books, etc. are sold here.")).toEqual([
      "We sell books, music, etc.",
      "You may buy them.",
      "Books, etc. are sold here.",
    ]);
  });

  it("keeps inline enumerations inside the sentence", () => {
    const text =
      "You may not: (a) copy the app; (b) sell it; a) rent it; (i) lend it; (1) lease it; 1.1 share it. Next.";
    expect(sentencesOf(text)).toEqual([text.slice(0, -6), "Next."]);
  });

  it("keeps URLs, e-mail addresses, decimals and version numbers whole", () => {
    const text =
      "Write to legal@acme.co.uk or visit https://www.acme.com/terms.html for v2.1 of the 4.2% fee. Ok.";
    expect(sentencesOf(text)).toEqual([text.slice(0, -4), "Ok."]);
  });

  it("treats an ellipsis as a break only before a capital", () => {
    expect(sentencesOf("We may change… or end it... Then we tell you.")).toEqual([
      "We may change… or end it...",
      "Then we tell you.",
    ]);
  });

  it("splits sentences glued without a space, but not domain names", () => {
    expect(sentencesOf("Read the terms.They apply to Booking.com and Foo.Bar@x.com users.")).toEqual([
      "Read the terms.",
      "They apply to Booking.com and Foo.Bar@x.com users.",
    ]);
  });

  it("does not break after ! or ? when a lower-case word follows", () => {
    expect(sentencesOf("Use Yahoo! services daily. Why? because.")).toEqual([
      "Use Yahoo! services daily.",
      "Why? because.",
    ]);
  });

  it("ends a sentence at every line break, including headings without a full stop", () => {
    expect(sentencesOf("Governing Law\nThese terms are governed by Irish law\n\nArbitration")).toEqual([
      "Governing Law",
      "These terms are governed by Irish law",
      "Arbitration",
    ]);
  });

  it("ends a sentence after a section number at the start of a line or a multi-level item number", () => {
    // The corpus convention: "1." | "Contractual Relationship"; "… profit; 4.1.2." | "loss of data".
    expect(sentencesOf("1. Contractual Relationship\n4.1.1. loss of profit; 4.1.2. loss of data")).toEqual([
      "1.",
      "Contractual Relationship",
      "4.1.1.",
      "loss of profit; 4.1.2.",
      "loss of data",
    ]);
  });

  it("keeps a letter label with its item", () => {
    expect(sentencesOf("a. Account and Password\nB. You must be 13.")).toEqual([
      "a. Account and Password",
      "B. You must be 13.",
    ]);
  });

  it("splits ALL-CAPS disclaimers at their full stops", () => {
    const text = "THE SERVICE IS PROVIDED AS IS. WE DISCLAIM ALL WARRANTIES, E.G. FITNESS. NO LIABILITY.";
    expect(sentencesOf(text)).toEqual([
      "THE SERVICE IS PROVIDED AS IS.",
      "WE DISCLAIM ALL WARRANTIES, E.G. FITNESS.",
      "NO LIABILITY.",
    ]);
  });

  it("cuts a run longer than maxSentenceChars at a word boundary", () => {
    const text = "word ".repeat(30).trim();
    const sentences = sentencesOf(text, 22);
    expect(sentences.every((s) => s.length <= 22)).toBe(true);
    expect(sentences.every((s) => /^(word ?)+$/.test(s) && !s.endsWith(" "))).toBe(true);
    expect(sentences.join(" ")).toBe(text);
  });

  it("finishes a 40 MB line without any sentence break quickly, in bounded pieces", () => {
    const text = "lorem ipsum dolor sit amet ".repeat(1_500_000);
    const started = performance.now();
    const { sentences } = segment({ text });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sentences.length).toBeGreaterThan(8_000);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(5_000);
  });

  it("returns nothing for empty or blank text", () => {
    expect(segment({ text: "" })).toEqual({ headings: [], clauses: [], sentences: [] });
    expect(segment({ text: " \n\t\n " }).sentences).toEqual([]);
  });
});
