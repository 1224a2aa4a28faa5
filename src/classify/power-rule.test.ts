import { describe, expect, it } from "vitest";
import { findParties, findStatements, partyMatcher } from "../power/index.ts";
import { earnedLevel } from "./level-rule.ts";
import { holderFor, powerRuleVetoes } from "./power-rule.ts";

const matcher = partyMatcher(findParties('Terms between you and Acme Ltd ("Acme", "we").'));
const vetoes = (category: "ter" | "ch" | "cr" | "ltd" | "j", text: string) =>
  powerRuleVetoes(category, text, findStatements(text, matcher));

describe("the power rule", () => {
  it("takes no termination, change or removal finding from a reader's right", () => {
    expect(vetoes("ter", "You may close your account at any time.")).toBe(true);
    expect(
      vetoes(
        "ter",
        "You have the right to discontinue use of, or terminate, your account whenever you like.",
      ),
    ).toBe(true);
    expect(vetoes("cr", "You can delete your content at any time.")).toBe(true);
  });

  it("keeps the provider's power, even beside the reader's", () => {
    expect(vetoes("ter", "Acme may terminate your account at any time.")).toBe(false);
    expect(vetoes("ter", "You may close your account, and we may suspend it for any reason.")).toBe(false);
    expect(vetoes("ter", "Your account may be suspended without notice.")).toBe(false);
  });

  it("takes an equal right with notice, not one without", () => {
    expect(vetoes("ter", "Either party may terminate this Agreement on 30 days' written notice.")).toBe(true);
    expect(vetoes("ter", "Either party may terminate this Agreement at any time.")).toBe(false);
  });

  it("takes an express promise not to use the power, and a power over something else", () => {
    expect(vetoes("cr", "We will not delete your content without telling you first.")).toBe(true);
    expect(vetoes("cr", "We will not remove your content unless it breaks the law.")).toBe(false);
    expect(vetoes("cr", "Acme reserves the right to add, alter or remove any feature of the Service.")).toBe(
      true,
    );
    expect(vetoes("ch", "We reserve the right to suspend or terminate your account at any time.")).toBe(true);
  });

  it("leaves the other categories to the model", () => {
    expect(vetoes("j", "You and Acme agree to the exclusive jurisdiction of the courts of Delaware.")).toBe(
      false,
    );
    expect(vetoes("ltd", "Neither party shall be liable for indirect damages.")).toBe(false);
  });
});

describe("clearly unfair only where it is earned", () => {
  const level = (category: "ter" | "cr" | "ltd" | "a", text: string, probability = 0.9) =>
    earnedLevel(category, probability, text, holderFor(category, findStatements(text, matcher)));

  it("gives level 3 to termination for any reason or without notice, 2 for a stated ground", () => {
    expect(level("ter", "We may terminate your account at any time for any reason.", 0.1)).toBe(3);
    expect(level("ter", "We may suspend your account if you breach these Terms.")).toBe(2);
    expect(
      level("cr", "Deleted files cannot be recovered, and we may delete the files in your account.", 0.1),
    ).toBe(3);
  });

  it("never gives level 3 to a mutual term", () => {
    expect(level("ter", "Either party may terminate this agreement at any time without notice.")).toBe(2);
    expect(
      level("ltd", "Neither party is liable for death or personal injury caused by its gross negligence."),
    ).toBe(2);
  });

  it("gives liability level 3 only where it reaches serious fault, arbitration 2 with an opt-out", () => {
    expect(
      level("ltd", "We are not liable for any damages, including those caused by our gross negligence."),
    ).toBe(3);
    expect(level("ltd", "We are not liable for indirect damages, except for gross negligence.")).toBe(2);
    expect(level("a", "Disputes go to binding arbitration, but you may opt out within 30 days.")).toBe(2);
  });
});
