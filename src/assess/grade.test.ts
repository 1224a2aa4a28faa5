import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  unanalysedPower,
  CATEGORY_CODES,
  type AgreementDocument,
  type CategoryCode,
  type Finding,
} from "../core/index.ts";
import { assess, gradeForScore, type Grade, type PowerContext } from "./index.ts";

const TEXT = [
  "We may terminate your account at any time for any reason without notice.",
  "We may change these terms at any time.",
  "All disputes shall be resolved by binding arbitration and you waive any class action.",
  "We are not liable for any damages, even if advised of their possibility.",
  "These terms are governed by the laws of the State of California.",
  "We may remove your content if it is illegal.",
].join(" ");
const SENTENCES = [...TEXT.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const DOCUMENT: AgreementDocument = {
  name: "fixture",
  format: "text",
  text: TEXT,
  original: { text: TEXT, map: { anchors: [] } },
  blocks: [],
  metadata: { bytes: TEXT.length, encoding: "utf-8" },
};
const SEGMENTATION = {
  headings: [],
  clauses: [{ start: 0, end: TEXT.length, kind: "paragraph" as const, headingPath: [] }],
  sentences: SENTENCES.map((s) => ({ ...s, clause: 0, heading: false })),
};

const findingArb: fc.Arbitrary<FindingSeed> = fc.record({
  sentence: fc.integer({ min: 0, max: SENTENCES.length - 1 }),
  category: fc.constantFrom(...CATEGORY_CODES),
  level: fc.constantFrom(2 as const, 3 as const),
  probability: fc.double({ min: 0.01, max: 1, noNaN: true }),
});
const contextArb: fc.Arbitrary<PowerContext> = fc.record({
  party: fc.constantFrom("consumer" as const, "worker" as const, "business" as const),
  negotiable: fc.boolean(),
  alternatives: fc.constantFrom("none" as const, "few" as const, "many" as const),
});

interface FindingSeed {
  sentence: number;
  category: CategoryCode;
  level: 2 | 3;
  probability: number;
}

function toFinding(f: FindingSeed): Finding {
  const span = SENTENCES[f.sentence]!;
  return {
    ...span,
    category: f.category,
    level: f.level,
    probability: f.probability,
    clearlyUnfairProbability: f.level === 3 ? 0.9 : 0.1,
    sentence: f.sentence,
    clause: 0,
    headingPath: [],
    evidence: [],
    fragments: [span],
    power: unanalysedPower(),
  };
}
const scoreOf = (findings: Finding[], context: Partial<PowerContext> = {}) =>
  assess(DOCUMENT, SEGMENTATION, findings, context).score;
const LETTERS: Grade[] = ["A", "B", "C", "D", "E"];

describe("grade formula", () => {
  test("no findings is an A with score 0", () => {
    const assessment = assess(DOCUMENT, SEGMENTATION, []);
    expect(assessment.grade).toBe("A");
    expect(assessment.score).toBe(0);
    expect(assessment.gradeReasons).toEqual([]);
  });

  test("letters only get worse as the score rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(LETTERS.indexOf(gradeForScore(low))).toBeLessThanOrEqual(
            LETTERS.indexOf(gradeForScore(high)),
          );
        },
      ),
    );
  });

  test("adding a finding never improves the score", () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 25 }), findingArb, contextArb, (list, extra, context) => {
        const before = list.map(toFinding);
        expect(scoreOf([...before, toFinding(extra)], context)).toBeGreaterThanOrEqual(
          scoreOf(before, context) - 1e-9,
        );
      }),
    );
  });

  test("a severer finding (higher level or probability) never improves the score", () => {
    fc.assert(
      fc.property(
        fc.array(findingArb, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (list, pick, bump) => {
          const findings = list.map(toFinding);
          const index = pick % findings.length;
          const target = findings[index]!;
          const severer = [...findings];
          severer[index] = {
            ...target,
            level: 3,
            probability: target.probability + (1 - target.probability) * bump,
          };
          expect(scoreOf(severer)).toBeGreaterThanOrEqual(scoreOf(findings) - 1e-9);
        },
      ),
    );
  });

  // What Regulation (EU) 2019/1150 owes a business is counted apart: the same clauses never weigh
  // more for a business that can negotiate than for the default consumer.
  test("a business that can negotiate never grades worse than the default consumer on the same clauses", () => {
    fc.assert(
      fc.property(
        fc.array(findingArb, { maxLength: 25 }),
        fc.constantFrom("none" as const, "few" as const, "many" as const),
        (list, alternatives) => {
          const findings = list.map(toFinding);
          const business = assess(DOCUMENT, SEGMENTATION, findings, {
            party: "business",
            negotiable: true,
            alternatives,
          });
          const consumer = assess(DOCUMENT, SEGMENTATION, findings);
          const owed = business.safeguards.reduce((sum, s) => sum + s.points, 0);
          expect(business.score - owed).toBeLessThanOrEqual(consumer.score + 0.01);
          expect(consumer.safeguards).toEqual([]);
        },
      ),
    );
  });

  test("each safeguard a business is owed and not given adds its points and can be a grade reason", () => {
    const business = assess(DOCUMENT, SEGMENTATION, [], { party: "business" });
    const missing = business.safeguards.filter((s) => !s.present);
    expect(business.safeguards.map((s) => s.id)).toEqual(["S1", "S2", "S3", "S4", "S5", "S6", "S7"]);
    expect(missing.length).toBeGreaterThan(0);
    expect(business.score).toBeCloseTo(
      missing.reduce((sum, s) => sum + s.points, 0),
      1,
    );
    expect(business.gradeReasons.every((r) => r.safeguard !== undefined && r.finding === undefined)).toBe(
      true,
    );
    expect(business.gradeReasons[0]!.summary).toMatch(/^Missing: /);
  });

  test("a worker without alternatives carries more weight than the default, and the report says why", () => {
    const findings = [toFinding({ sentence: 0, category: "ter", level: 3, probability: 1 })];
    const worker = assess(DOCUMENT, SEGMENTATION, findings, { party: "worker", alternatives: "none" });
    expect(worker.score).toBeGreaterThan(scoreOf(findings));
    expect(worker.context.summary).toMatch(/weighs more/);
    expect(worker.context.summary).toMatch(/deactivate/);
  });

  test("what moved the grade lists the biggest contributions first, with their reasons", () => {
    const findings = [
      toFinding({ sentence: 5, category: "cr", level: 2, probability: 0.6 }),
      toFinding({ sentence: 0, category: "ter", level: 3, probability: 0.95 }),
    ];
    const { gradeReasons } = assess(DOCUMENT, SEGMENTATION, findings);
    expect(gradeReasons.map((r) => r.finding)).toEqual([1, 0]);
    expect(gradeReasons[0]!.summary).toBe(
      "Unilateral termination, clearly unfair: for any reason, without notice, at any time",
    );
    expect(gradeReasons[0]!.points).toBeGreaterThan(gradeReasons[1]!.points);
  });
});
