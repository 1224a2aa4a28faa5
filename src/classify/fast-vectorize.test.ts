import { describe, expect, it } from "vitest";
import { listCorpusDocuments, readCorpusDocument } from "./corpus/index.ts";
import { loadModel } from "./index.ts";
import { vectorize } from "./vectorize.ts";

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
});
