import { describe, expect, it } from "vitest";
import { CATEGORY_CODES } from "../core/index.ts";
import { caseDocument } from "./case-document.ts";
import { CASES } from "./cases/index.ts";
import { runCases } from "./run-cases.ts";
import { summarise } from "./summary.ts";
import { BEHAVIOUR_KINDS } from "./types.ts";

const ALL = [...CASES.development, ...CASES["held-out"]];

describe("the behaviour suite", () => {
  it("is well formed: unique ids, one marked sentence each, every kind for every category", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(250);
    expect(new Set(ALL.map((c) => c.id)).size).toBe(ALL.length);
    for (const c of ALL) {
      expect(() => caseDocument(c), c.id).not.toThrow();
      for (const expected of c.expect) expect(CATEGORY_CODES, c.id).toContain(expected);
      if (c.expect.length === 0) expect(c.level, c.id).toBeUndefined();
    }
    for (const category of CATEGORY_CODES) {
      for (const kind of BEHAVIOUR_KINDS) {
        expect(
          ALL.some((c) => c.category === category && c.kind === kind),
          `${category} ${kind}`,
        ).toBe(true);
      }
    }
  });

  // The bar: 95% of all cases and 95% of the no-finding cases (reached: 95.2% and 96.1%,
  // docs/decisions/0007-judgement.md). A change that loses cases below it fails here.
  it("passes at least 95% of its cases and 95% of those that expect no finding", async () => {
    const results = {
      development: await runCases(CASES.development),
      "held-out": await runCases(CASES["held-out"]),
    };
    const summary = summarise(results);
    const failing = results.development.filter((r) => !r.passed).map((r) => r.case.id);
    expect(summary.passRate, `failing development cases: ${failing.join(", ")}`).toBeGreaterThanOrEqual(0.95);
    expect(summary.noFinding.passRate).toBeGreaterThanOrEqual(0.95);
  });
});
