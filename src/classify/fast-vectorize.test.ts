import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCorpusDocuments, readCorpusDocument } from "./corpus/index.ts";
import { explainFromKeys } from "./classify.ts";
import { createVectorizer } from "./fast-vectorize.ts";
import { DEFAULT_FEATURE_OPTIONS, featureKeys } from "./features.ts";
import { explainSentence, loadModel } from "./index.ts";
import { buildFeatureSpace, vectorize } from "./vectorize.ts";

describe("the fast vectoriser", () => {
  it("builds exactly the reference vector for every English corpus sentence and odd input", () => {
    const model = loadModel();
    const texts = listCorpusDocuments().flatMap((name) =>
      readCorpusDocument(name).sentences.map((s) => s.text),
    );
    texts.push("See https://example.com/a?b=c and www. or www.x.org", "ΟΔΟΣ İstanbul 😀 42 ½", "", "   ");
    let mismatches = 0;
    for (const text of texts) {
      const fast = model.vectorize(text);
      const reference = vectorize(model.space, text);
      if (JSON.stringify(fast) !== JSON.stringify(reference)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("gives the evidence of the reference feature keys (spans of first occurrences, weights)", () => {
    const model = loadModel();
    const texts = listCorpusDocuments().flatMap((name) =>
      readCorpusDocument(name)
        .sentences.filter((_, i) => i % 4 === 0)
        .map((s) => s.text),
    );
    texts.push("WE MAY TERMINATE AT ANY TIME, AT ANY TIME. See https://x.org", "by using by using");
    let mismatches = 0;
    for (const text of texts) {
      for (let c = 0; c < model.categories.length; c++) {
        const fast = explainSentence(model, text, 7, c);
        if (JSON.stringify(fast) !== JSON.stringify(explainFromKeys(model, text, 7, c))) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it("agrees with the reference on any mix of cases, scripts, digits, URLs and separators", () => {
    const model = loadModel();
    const pieces = [
      ...["We", "MAY", "terminate", "Terminate", "at", "ANY", "time", "sole", "discretion", "you", "agree"],
      ...["by", "using", "governed", "laws", "arbitration", "privacy", "policy", "a", "x"],
      ...["İstanbul", "ΣΟΦΟΣ", "Straße", "\u212a", "café", "ﬁle", "½", "٣", "😀", "𝐀𝐁", "’", "'s"],
      ...["42", "0", "3rd", "http://a.b/c", "https://", "www.", "www.x.org", "Http://a", "hhttp://b"],
      ...[" ", " ", ",", ".", "\n", "-", "<", '"', "\t"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(model.vectorize(text)).toEqual(vectorize(model.space, text));
      }),
      { numRuns: 500 },
    );
  });

  it("matches conjunction cues whose words are missing from a small vocabulary", () => {
    const training = [
      "We may terminate your account at any time.",
      "We may suspend your account at any time.",
      "You may cancel at any time.",
    ];
    const space = buildFeatureSpace(training, 2, DEFAULT_FEATURE_OPTIONS);
    expect(space.vocabulary.has("#x:ter:at_any_time")).toBe(true);
    const fast = createVectorizer(space, (text) => vectorize(space, text));
    // "sole discretion" is not in this vocabulary, but its conjunction is not either: both agree.
    for (const text of [...training, "Termination in our sole discretion, at any time.", "Nothing here."]) {
      expect(fast(text)).toEqual(vectorize(space, text));
    }
  });

  it("pairs a topic word with a one-sided cue anywhere in the sentence", () => {
    const { keys } = featureKeys("We may, in our sole discretion, terminate your access.");
    expect(keys).toContain("#x:ter:sole_discretion");
    expect(keys).toContain("#x:use:we_may");
    expect(featureKeys("Terminate nothing.").keys.some((k) => k.startsWith("#x:"))).toBe(false);
  });
});
