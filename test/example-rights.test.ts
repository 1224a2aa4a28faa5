import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../src/analyze.ts";
import type { Analysis } from "../src/assess/index.ts";

const EXAMPLES = join(import.meta.dirname, "..", "examples");

/** The sentences of an analysis that carry a finding (its highlighted fragments). */
function flaggedText(analysis: Analysis): string[] {
  return analysis.findings.flatMap((f) =>
    f.fragments.map((s) => analysis.document.text.slice(s.start, s.end)),
  );
}

describe("the bundled examples' reports", () => {
  it("carry no finding on a sentence that gives the reader a right or keeps one", async () => {
    const driftwood = flaggedText(await analyzeFile(join(EXAMPLES, "driftwood-terms.md")));
    expect(driftwood.length).toBeGreaterThan(5);
    for (const right of ["You may close your account at any time", "You keep ownership of the files"]) {
      expect(driftwood.filter((s) => s.includes(right))).toEqual([]);
    }
    const harbour = await analyzeFile(join(EXAMPLES, "harbour-coop-terms.md"), {
      context: { party: "worker" },
    });
    const rights = [
      "You can leave at any time",
      "Either side may end this agreement with 30 days' written notice",
      "you can go to the courts where you live",
      "The law of the country where you live applies",
      "Neither side limits its responsibility",
      "not part of this agreement",
    ];
    for (const right of rights) expect(flaggedText(harbour).filter((s) => s.includes(right))).toEqual([]);
  });

  it("give who holds the power in words where the clause is a power", async () => {
    const driftwood = await analyzeFile(join(EXAMPLES, "driftwood-terms.md"));
    const termination = driftwood.findings.findIndex(
      (f) => f.category === "ter" && driftwood.document.text.slice(f.start, f.end).includes("5.2"),
    );
    expect(driftwood.assessment.findings[termination]?.powerSummary).toBe(
      "Who holds the power: Driftwood may suspend or terminate your account, for any reason, without notice, at any time; you may close your account, at any time.",
    );
  });
});
