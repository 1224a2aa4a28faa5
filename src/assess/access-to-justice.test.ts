import { describe, expect, test } from "vitest";
import type { AgreementDocument, CategoryCode, Finding, Segmentation } from "../core/index.ts";
import { unanalysedPower } from "../core/index.ts";
import { assess, failOnExitCode } from "./index.ts";

/** One finding per sentence of `text` (sentences end with a full stop), in the given categories and levels. */
function analyse(
  sentences: Array<[CategoryCode | null, string, (2 | 3)?]>,
  party: "consumer" | "worker" = "consumer",
) {
  let text = "";
  const spans: Array<{ start: number; end: number }> = [];
  for (const [, sentence] of sentences) {
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence + " ";
  }
  const document: AgreementDocument = {
    name: "t",
    format: "text",
    text,
    original: { text, map: { anchors: [] } },
    blocks: [],
    metadata: { bytes: text.length, encoding: "utf-8" },
  };
  const segmentation: Segmentation = {
    headings: [],
    clauses: spans.map((s) => ({ ...s, kind: "paragraph", headingPath: [] })),
    sentences: spans.map((s, i) => ({ ...s, clause: i, heading: false })),
  };
  const findings: Finding[] = sentences.flatMap(([category, , level], i) =>
    category
      ? [
          {
            ...spans[i]!,
            category,
            level: level ?? 2,
            probability: 0.9,
            clearlyUnfairProbability: 0.2,
            sentence: i,
            clause: i,
            headingPath: [],
            evidence: [],
            fragments: [spans[i]!],
            power: unanalysedPower(),
          },
        ]
      : [],
  );
  return { findings, assessment: assess(document, segmentation, findings, { party }) };
}

describe("access to justice", () => {
  test("no dispute clauses: every route stays open, and the regulator always does", () => {
    const { assessment } = analyse([["ter", "We may close your account for any reason."]]);
    const view = assessment.accessToJustice;
    expect([
      view.courts,
      view.ownCourts,
      view.ownLaw,
      view.collectiveAction,
      view.smallClaims,
      view.regulator,
    ]).toEqual(["kept", "kept", "kept", "kept", "kept", "kept"]);
    expect(view.summary.at(-1)).toMatch(/consumer protection authority/);
  });

  test("mandatory arbitration with a class waiver abroad removes the courts and group actions", () => {
    const { assessment } = analyse([
      [
        "a",
        "All disputes will be resolved by binding arbitration under the AAA rules, and you waive any right to a class action.",
      ],
      ["j", "Any claim must be brought exclusively in the courts of Santa Clara County, California."],
      [
        "law",
        "These terms are governed by the laws of California, without regard to conflict of law principles.",
      ],
    ]);
    const view = assessment.accessToJustice;
    expect(view).toMatchObject({
      courts: "removed",
      ownCourts: "removed",
      ownLaw: "removed",
      collectiveAction: "removed",
      smallClaims: "removed",
    });
    expect(view.findings).toEqual([0, 1, 2]);
    expect(view.summary.join(" ")).toMatch(/cannot take the provider to a public court/);
  });

  test("an opt-out and a small-claims carve-out keep some courts open; home protections soften the choice of law", () => {
    const { assessment } = analyse([
      [
        "a",
        "Disputes go to arbitration, but you may opt out within 30 days and either party may bring a claim in small claims court.",
      ],
      [
        "law",
        "Irish law applies, but you keep the mandatory consumer protection of the country where you live.",
      ],
    ]);
    expect(assessment.accessToJustice).toMatchObject({
      courts: "limited",
      smallClaims: "kept",
      ownLaw: "limited",
      collectiveAction: "kept",
    });
  });

  test("workers are pointed to a labour inspectorate or union", () => {
    const { assessment } = analyse([["a", "All disputes go to arbitration."]], "worker");
    expect(assessment.accessToJustice.summary.at(-1)).toMatch(/labour inspectorate/);
  });
});

describe("failOnExitCode", () => {
  test("fails on clearly unfair clauses, or on potentially unfair ones when asked", () => {
    const potential = analyse([["ch", "We may change these terms."]]);
    expect(failOnExitCode(potential, "clearly-unfair")).toBe(0);
    expect(failOnExitCode(potential, "potentially-unfair")).toBe(1);
    const clear = analyse([["ter", "We may terminate for any reason.", 3]]);
    expect(failOnExitCode(clear, "clearly-unfair")).toBe(1);
    expect(failOnExitCode(analyse([[null, "Hello."]]), "potentially-unfair")).toBe(0);
  });
});
