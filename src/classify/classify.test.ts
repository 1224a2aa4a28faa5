import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Segmentation } from "../core/index.ts";
import { isCounterweightError } from "../core/index.ts";
import { DEFAULT_MODEL_PATH, buildSentenceInputs, classify, classifySentences, loadModel } from "./index.ts";
import { unfairCategories } from "./predict.ts";

const UBER_TER =
  "Uber may immediately terminate these Terms or any Services with respect to you, or generally cease offering or deny access to the Services or any portion thereof, at any time for any reason.";
const CLAUSES = [
  UBER_TER,
  "These Terms shall be governed by and construed in accordance with the laws of the State of California, excluding its conflict of laws rules.",
  "You agree that any dispute shall be resolved exclusively in the courts located in Santa Clara County, California.",
  "IN NO EVENT SHALL WE BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES.",
  "By using the Service, you agree to be bound by these Terms.",
  "We may remove any content you post at any time in our sole discretion.",
  "We may modify these Terms at any time without notice.",
  "You can contact our support team by email.",
];

/** A segmentation with one clause per sentence, sentences separated by a space. */
function segmentationOf(sentences: string[]): { text: string; segmentation: Segmentation } {
  let text = "";
  const segmentation: Segmentation = { headings: [], clauses: [], sentences: [] };
  sentences.forEach((sentence, i) => {
    if (i > 0) text += " ";
    const start = text.length;
    text += sentence;
    segmentation.clauses.push({ start, end: text.length, kind: "paragraph", headingPath: [] });
    segmentation.sentences.push({ start, end: text.length, clause: i, heading: false });
  });
  return { text, segmentation };
}

describe("loadModel", () => {
  it("loads the committed model and caches it", () => {
    const model = loadModel();
    expect(model.categories).toEqual(["a", "ch", "cr", "j", "law", "ltd", "ter", "use", "pinc"]);
    expect(loadModel()).toBe(model);
  });

  it("refuses a file with another format id or version, saying to retrain", () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-model-"));
    const original = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, "utf8")) as Record<string, unknown>;
    for (const [name, patch] of [
      ["wrong-id.json", { format: "something-else" }],
      ["wrong-version.json", { formatVersion: 999 }],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify({ ...original, ...patch }));
      try {
        loadModel(path);
        expect.unreachable("a mismatched model must be refused");
      } catch (error) {
        expect(isCounterweightError(error) && error.code).toBe("MODEL_MISMATCH");
        expect((error as Error).message).toContain("npm run train");
      }
    }
  });
});

describe("classify", () => {
  const { text, segmentation } = segmentationOf(CLAUSES);
  const findings = classify({ text }, segmentation);
  const categoriesOf = (i: number) => findings.filter((f) => f.sentence === i).map((f) => f.category);

  it("finds the categories of typical one-sided clauses", () => {
    const ter = findings.find((f) => f.sentence === 0 && f.category === "ter");
    expect(ter?.level).toBe(3);
    expect(categoriesOf(1)).toContain("law");
    expect(categoriesOf(2)).toContain("j");
    expect(categoriesOf(3)).toContain("ltd");
    expect(categoriesOf(4)).toContain("use");
    expect(categoriesOf(5)).toContain("cr");
    expect(categoriesOf(6)).toContain("ch");
    expect(categoriesOf(7)).toEqual([]);
  });

  it("gives probabilities in [0, 1] and evidence inside the sentence, strongest first", () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const sentence = segmentation.sentences[finding.sentence]!;
      expect(finding.start).toBe(sentence.start);
      expect(finding.end).toBe(sentence.end);
      expect(finding.probability).toBeGreaterThanOrEqual(0);
      expect(finding.probability).toBeLessThanOrEqual(1);
      expect(finding.evidence.length).toBeGreaterThan(0);
      expect(finding.evidence.length).toBeLessThanOrEqual(5);
      for (const evidence of finding.evidence) {
        expect(evidence.start).toBeGreaterThanOrEqual(sentence.start);
        expect(evidence.end).toBeLessThanOrEqual(sentence.end);
        expect(evidence.weight).toBeGreaterThan(0);
      }
      const weights = finding.evidence.map((e) => e.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
    const ter = findings.find((f) => f.sentence === 0 && f.category === "ter")!;
    const words = ter.evidence.map((e) => text.slice(e.start, e.end).toLowerCase()).join(" | ");
    expect(words).toMatch(/terminat|any reason|any time/);
  });

  it("is deterministic", () => {
    expect(classify({ text }, segmentation)).toEqual(findings);
  });
});

describe("classifySentences", () => {
  it("predicts every category with a probability and a level", () => {
    const [prediction] = classifySentences([{ text: UBER_TER }], loadModel());
    expect(prediction!.categories.map((c) => c.category)).toHaveLength(9);
    for (const c of prediction!.categories) {
      expect(c.probability).toBeGreaterThanOrEqual(0);
      expect(c.probability).toBeLessThanOrEqual(1);
      expect([2, 3]).toContain(c.level);
    }
    expect(prediction!.unfair).toBe(true);
  });

  it("judges as unfairCategories does, which builds no object for a category that is not unfair", () => {
    const sentences = readFileSync(join(import.meta.dirname, "../../examples/driftwood-terms.md"), "utf8")
      .split(/(?<=[.!?])\s+|\n+/)
      .filter((s) => s.trim().length > 0);
    const inputs = buildSentenceInputs([...sentences, ...CLAUSES]);
    const model = loadModel();
    const expected = classifySentences(inputs, model).flatMap((prediction, sentence) =>
      prediction.categories.flatMap((p, category) =>
        p.unfair
          ? [
              {
                sentence,
                category,
                probability: p.probability,
                clearlyUnfairProbability: p.clearlyUnfairProbability,
                level: p.level,
              },
            ]
          : [],
      ),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(unfairCategories(inputs, model)).toEqual(expected);
  });

  it("scores as the dense sum of its blocks, however many distinct headings the document has", () => {
    const model = loadModel();
    const file = model.file;
    const size = file.features.vocabulary.length;
    // Category 0's weights as one dense array over all blocks (block b at b × size).
    const dense = new Float64Array(size * 4);
    let id = -1;
    file.categories[0]!.weights.idGaps.forEach((gap, k) => {
      id += gap;
      dense[id] = file.categories[0]!.weights.values[k]! * file.categories[0]!.weights.scale;
    });
    // Twelve sections: more heading rows than the scorer first makes room for.
    const sentences = Array.from({ length: 12 }, (_, k) => [
      `${k + 1}. Section ${"ABCDEFGHIJKL"[k]} Terms`,
      "We may remove any content you post at any time in our sole discretion.",
    ]).flat();
    const inputs = buildSentenceInputs(sentences);
    const scores = classifySentences(inputs, model).map((p) => p.categories[0]!.score);
    const dot = (text: string, block: number) => {
      const v = model.vectorizeInto(text);
      let sum = 0;
      for (let k = 0; k < v.length; k++) sum += v.values[k]! * dense[block * size + v.ids[k]!]!;
      return sum;
    };
    inputs.forEach((input, i) => {
      let expected = file.categories[0]!.weights.bias + dot(input.text, 0);
      const scales = model.blockScales;
      if (scales[1]! > 0 && input.previous) expected += scales[1]! * dot(input.previous, 1);
      if (scales[2]! > 0 && input.next) expected += scales[2]! * dot(input.next, 2);
      if (scales[3]! > 0 && input.heading) expected += scales[3]! * dot(input.heading, 3);
      expect(scores[i]).toBeCloseTo(expected, 5);
    });
  });

  it("uses the heading as context", () => {
    const inputs = buildSentenceInputs(["14. Governing Law", "These Terms are governed by Irish law."]);
    expect(inputs[1]!.heading).toBe("Governing Law");
  });
});

describe("express denials", () => {
  const pincOf = (text: string) =>
    classifySentences([{ text }], loadModel())[0]!.categories.find((c) => c.category === "pinc")!;

  it("does not read a privacy notice that is 'not part of this agreement' as incorporated", () => {
    const incorporated = pincOf("Our Privacy Policy is part of these Terms and you agree to it.");
    expect(incorporated.unfair).toBe(true);
    const denied = pincOf(
      "Our Privacy Policy is a separate document and is not part of these Terms and you agree to it.",
    );
    // The words of an incorporation are all there, so the model alone would flag it.
    expect(denied.probability).toBeGreaterThan(0.5);
    expect(denied.unfair).toBe(false);
    expect(pincOf("The privacy notice is not incorporated into this agreement.").unfair).toBe(false);
  });
});
