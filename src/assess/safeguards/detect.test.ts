/**
 * Cases written from the safeguards' rules (docs/annotation/partner-guide.md): a sentence that
 * provides each one, and near misses that do not.
 */
import { describe, expect, it } from "vitest";
import { longestPeriodDays, providesSafeguard } from "./index.ts";
import type { SafeguardId } from "./index.ts";

const cases: ReadonlyArray<readonly [SafeguardId, string, boolean]> = [
  ["S1", "We will notify you of changes to these Terms at least 30 days before they take effect.", true],
  ["S1", "Changes to the Terms will become effective 15 days after posting on this page.", true],
  ["S1", "We will give you reasonable notice of any change to this Agreement.", false],
  ["S1", "We may change these terms at any time; changes are effective when posted.", false],
  ["S1", "We will notify you of changes to these Terms at least 7 days before they apply.", false],
  [
    "S2",
    "We may suspend or terminate your account if you breach these Terms or if the law requires it.",
    true,
  ],
  ["S2", "We may terminate this Agreement at any time for any reason.", false],
  ["S3", "If we suspend your account, we will notify you of the reasons for the suspension.", true],
  ["S3", "We may suspend your account without giving any reason.", false],
  ["S4", "You can appeal a decision to remove your listing through the form in your dashboard.", true],
  ["S4", "Any dispute will be resolved by binding arbitration.", false],
  ["S5", "We are willing to engage with the Centre for Effective Dispute Resolution as mediator.", true],
  ["S5", "The parties may try mediation before going to court.", false],
  ["S6", "Listings are ranked based on relevance, price and the seller's ratings.", true],
  ["S6", "Google decides how results are displayed.", false],
  ["S7", "You can access reports about your campaigns' performance data in your account.", true],
  ["S7", "Our privacy policy explains how we use your personal data.", false],
];

describe("the safeguards of Regulation (EU) 2019/1150, read from their rules", () => {
  for (const [id, text, expected] of cases) {
    it(`${id} ${expected ? "is provided by" : "is not provided by"}: ${text}`, () => {
      expect(providesSafeguard(id, text)).toBe(expected);
    });
  }

  it("reads periods in digits, words and months", () => {
    expect(longestPeriodDays("thirty (30) days")).toBe(30);
    expect(longestPeriodDays("two weeks or 3 months")).toBe(90);
    expect(longestPeriodDays("no period")).toBe(0);
  });
});
