import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { stripCorpusAnnotations } from "../ingest/corpus-xml.ts";
import { counterpartFor, detectCircumstances, explainFinding } from "./index.ts";

/** A real annotated passage from the English corpus: the first one with `tag` whose text contains `contains`. */
function corpusPassage(name: string, tag: string, contains: RegExp): string {
  const xml = readFileSync(`../shared/corpora/tos-unfair-clauses/en/xml/${name}.xml`, "utf8");
  const { text, annotations } = stripCorpusAnnotations(xml);
  const passage = annotations
    .filter((a) => a.tag === tag)
    .map((a) => text.slice(a.start, a.end))
    .find((t) => contains.test(t));
  if (!passage) throw new Error(`no ${tag} passage matching ${contains} in ${name}`);
  return passage;
}

const ids = (category: Parameters<typeof detectCircumstances>[0], text: string) =>
  detectCircumstances(category, text).map((c) => `${c.effect}:${c.id}`);

describe("circumstances in real corpus clauses", () => {
  test("termination for any reason is worse; termination for a breach is milder", () => {
    expect(ids("ter", corpusPassage("Uber", "ter3", /for any reason/))).toContain("worse:any-reason");
    const forBreach = ids("ter", corpusPassage("Electronic_Arts", "ter2", /violates this Agreement/));
    expect(forBreach).toContain("milder:stated-breach");
    expect(forBreach).not.toContain("worse:any-reason");
  });

  test("content removal without notice vs for illegal content", () => {
    expect(ids("cr", corpusPassage("Uber", "cr3", /without notice/))).toEqual(
      expect.arrayContaining(["worse:any-reason", "worse:without-notice"]),
    );
    const forIllegal = ids("cr", corpusPassage("Google", "cr2", /illegal/));
    expect(forIllegal).toContain("milder:illegal-content");
    expect(forIllegal).not.toContain("worse:without-notice");
  });

  test("arbitration: class waiver is worse; opt-out and small claims are milder", () => {
    expect(ids("a", corpusPassage("Pinterest", "a2", /class action/i))).toContain("worse:class-waiver");
    expect(ids("a", corpusPassage("Rovio", "a2", /opt out/i))).toContain("milder:opt-out");
    expect(ids("a", corpusPassage("Evernote", "a2", /small claims/i))).toContain("milder:small-claims");
  });

  test("liability: an exclusion that reaches personal injury is worse; a carve-out for gross negligence is milder", () => {
    expect(ids("ltd", corpusPassage("Uber", "ltd2", /PERSONAL INJURY/))).toContain(
      "worse:serious-fault-excluded",
    );
    const carveOut = ids("ltd", corpusPassage("Microsoft", "ltd2", /unless Microsoft.*gross negligence/));
    expect(carveOut).toContain("milder:serious-fault-carve-out");
    expect(carveOut).not.toContain("worse:serious-fault-excluded");
  });

  test("change at any time without notice vs with advance notice and a right to leave", () => {
    expect(ids("ch", "We may change these terms at any time without notice.")).toEqual(
      expect.arrayContaining(["worse:at-any-time", "worse:without-notice"]),
    );
    const fair = ids(
      "ch",
      "We will give you 30 days' notice of any change, and you may terminate the contract and receive a refund.",
    );
    expect(fair).toEqual(
      expect.arrayContaining(["milder:notice-given", "milder:right-to-leave", "milder:refund"]),
    );
    expect(fair.some((id) => id.startsWith("worse:"))).toBe(false);
  });

  test("termination that states no ground at all is flagged", () => {
    expect(ids("ter", "We may suspend your account.")).toContain("worse:no-grounds");
  });
});

describe("explanation and counterpart", () => {
  test("the explanation says what the clause does and what makes it worse, in short sentences", () => {
    const circumstances = detectCircumstances(
      "ter",
      "We may terminate your account at any time for any reason.",
    );
    const text = explainFinding("ter", 3, circumstances);
    expect(text).toMatch(/^This clause lets the provider suspend or close your account/);
    expect(text).toContain("What makes it worse: it needs no reason at all");
    expect(text).toContain("clearly unfair");
    const longest = Math.max(...text.split(/(?<=[.:])\s+/).map((s) => s.split(/\s+/).length));
    expect(longest).toBeLessThanOrEqual(40);
  });

  test("the counterpart adds advice for the circumstance that made it worse", () => {
    const circumstances = detectCircumstances("a", "You waive any right to bring a class action.");
    expect(counterpartFor("a", circumstances)).toMatch(/choice both sides make.*group actions open/s);
  });
});

describe("fair wording is read as fair", () => {
  test("mutual termination on notice states no missing ground", () => {
    const ids = detectCircumstances(
      "ter",
      "Either side may end this agreement with 30 days' written notice.",
    ).map((c) => c.id);
    expect(ids).toContain("mutual");
    expect(ids).not.toContain("no-grounds");
  });

  test("a privacy notice that is expressly not part of the agreement is not incorporated", () => {
    const text =
      "Details are in our privacy notice, which is a separate document and not part of this agreement.";
    expect(detectCircumstances("pinc", text).map((c) => c.id)).not.toContain("incorporated");
  });
});
