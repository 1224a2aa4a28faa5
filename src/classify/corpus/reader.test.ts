import { describe, expect, it } from "vitest";
import { listCorpusDocuments, parseTagLine, readCorpusDocument, readFolds, unfairLevel } from "./index.ts";

describe("corpus reader", () => {
  it("reads line-aligned sentences and tags, ignoring countrym", () => {
    const uber = readCorpusDocument("Uber");
    const ter = uber.sentences.find((s) => s.text.startsWith("Uber may immediately terminate"))!;
    expect(ter.tags).toEqual([{ category: "ter", level: 3 }]);
    expect(unfairLevel(ter, "ter")).toBe(3);
    expect(parseTagLine("ltd1 countrym j3")).toEqual([
      { category: "ltd", level: 1 },
      { category: "j", level: 3 },
    ]);
    expect(unfairLevel({ text: "", tags: parseTagLine("ltd1") }, "ltd")).toBe(0);
  });

  it("reads 50 documents and five disjoint 40/10 folds", () => {
    expect(listCorpusDocuments()).toHaveLength(50);
    const folds = readFolds();
    expect(folds).toHaveLength(5);
    const tested = new Set<string>();
    for (const fold of folds) {
      expect(fold.train).toHaveLength(40);
      expect(fold.test).toHaveLength(10);
      for (const name of fold.test) {
        expect(fold.train).not.toContain(name);
        tested.add(name);
      }
    }
    expect(tested.size).toBe(50);
  });

  it("names the missing file and what to do", () => {
    expect(() => readCorpusDocument("NoSuchDocument")).toThrow(/COUNTERWEIGHT_CORPUS/);
  });
});
