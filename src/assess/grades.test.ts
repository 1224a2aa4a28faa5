/**
 * The grade bar over the 50 English corpus agreements (with the trained classifier when the model
 * file exists, else the gold annotations): at least four letters used, none on more than 25
 * documents, and a business that can negotiate never grades worse than the default consumer.
 */
import { beforeAll, expect, test } from "vitest";
import { classifyCorpus, gradeCorpus, type ClassifiedDoc } from "./corpus-grades.ts";
import type { Grade } from "./index.ts";

const LETTERS: Grade[] = ["A", "B", "C", "D", "E"];
let docs: ClassifiedDoc[] = [];

beforeAll(async () => {
  docs = (await classifyCorpus()).docs;
}, 120_000);

test("grades of the 50 corpus agreements spread over at least 4 letters, at most 25 on one", () => {
  const grades = gradeCorpus(docs);
  expect(grades).toHaveLength(50);
  const histogram = new Map<Grade, number>();
  for (const { assessment } of grades)
    histogram.set(assessment.grade, (histogram.get(assessment.grade) ?? 0) + 1);
  expect(histogram.size).toBeGreaterThanOrEqual(4);
  expect(Math.max(...histogram.values())).toBeLessThanOrEqual(25);
});

test("negotiable=yes, party=business never grades worse than the default, on any corpus agreement", () => {
  const defaults = gradeCorpus(docs);
  for (const alternatives of ["none", "few", "many"] as const) {
    const business = gradeCorpus(docs, { party: "business", negotiable: true, alternatives });
    business.forEach((graded, i) => {
      expect(LETTERS.indexOf(graded.assessment.grade)).toBeLessThanOrEqual(
        LETTERS.indexOf(defaults[i]!.assessment.grade),
      );
    });
  }
});
