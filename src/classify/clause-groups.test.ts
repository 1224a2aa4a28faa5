import { describe, expect, it } from "vitest";
import { segment } from "../segment/index.ts";
import { clauseGroups } from "./clause-groups.ts";

/** The clauses of a text, each as the sentences it groups. */
function groupsOf(text: string): string[][] {
  const segmentation = segment({ text });
  const { groupOf } = clauseGroups(text, segmentation);
  const out: string[][] = [];
  segmentation.sentences.forEach((s, i) => {
    const g = groupOf[i]!;
    (out[g] ??= []).push(text.slice(s.start, s.end));
  });
  return out.filter((g) => g !== undefined);
}

describe("clauses made of several pieces", () => {
  it("keeps a list with its introduction as one clause", () => {
    const text =
      "We may suspend your account if:\n(a) you breach these Terms;\n(b) you fail to pay; or\n(c) the law requires it.\nYou may appeal.";
    expect(groupsOf(text)).toEqual([
      [
        "We may suspend your account if:",
        "(a) you breach these Terms;",
        "(b) you fail to pay; or",
        "(c) the law requires it.",
      ],
      ["You may appeal."],
    ]);
  });

  it("joins a sentence broken over lines and ALL-CAPS lines that carry on", () => {
    const text =
      "Apple shall not be liable for any losses, damages,\n\nor costs of any kind.\n\nIN NO EVENT SHALL APPLE BE LIABLE UNDER ANY THEORY OF CONTRACT, TORT\n\n(INCLUDING NEGLIGENCE), PRODUCTS LIABILITY, BREACH OF ANY STATUTORY DUTY,\n\nOR OTHERWISE.";
    const groups = groupsOf(text);
    expect(groups).toHaveLength(2);
    expect(groups[1]).toHaveLength(3);
  });

  it("keeps numbered clauses and headings apart", () => {
    const text =
      "5. Suspension and Termination\n5.1 You may close your account at any time.\n5.2 We may suspend your account for any reason.";
    const groups = groupsOf(text);
    expect(groups.map((g) => g.join(" "))).toEqual([
      "5. Suspension and Termination",
      "5.1 You may close your account at any time.",
      "5.2 We may suspend your account for any reason.",
    ]);
  });

  it("marks which pieces carry on the previous one", () => {
    const text = "We may:\n(a) remove content;\n(b) close accounts.";
    const segmentation = segment({ text });
    expect(Array.from(clauseGroups(text, segmentation).continues)).toEqual([0, 1, 1]);
  });
});
