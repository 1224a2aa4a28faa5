/**
 * Cases written from the definitions of the partner categories (issue's table), before any tuning
 * on annotated agreements: for each, the burden on a driver, seller, creator or developer, and
 * what is not one.
 */
import { describe, expect, it } from "vitest";
import { beyondCategories } from "./index.ts";

const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  // pay: the provider sets or changes money terms at its discretion or by notice alone
  ["We may change our fees at any time by posting the new fees on the Site.", ["pay"]],
  ["Acme reserves the right to modify the revenue share upon 30 days' notice to you.", ["pay"]],
  ["Fares and service fees are subject to change at our sole discretion.", ["pay"]],
  ["The amount of your earnings will be calculated based on Acme's records.", ["pay"]],
  ["The commission rate is 15% and may be changed only by mutual written agreement of the parties.", []],
  ["You may set your own prices for the products you list.", []],
  ["The subscription price is $10 per month.", []],
  // hold: the provider withholds, delays, deducts, sets off, charges back or reclaims payouts
  ["We may withhold payments for any invalid clicks or impressions.", ["hold"]],
  ["Any amounts you owe us may be deducted from your payouts.", ["hold"]],
  ["Acme may suspend or delay payouts if it suspects fraud or a breach of these terms.", ["hold"]],
  ["Earnings may be reversed or clawed back in the event of a chargeback.", ["hold"]],
  ["Payments are made within 30 days after the end of each calendar month.", []],
  ["We will withhold taxes from your payments where the law requires us to do so.", []],
  ["You may withhold payment of any amount you dispute in good faith.", []],
  // auto: deactivation, pay or ranking tied to ratings or automated systems, or final without appeal
  ["Drivers whose average rating falls below 4.6 may be deactivated.", ["auto"]],
  ["Your listings may be removed by our automated systems without human review.", ["auto"]],
  ["Acme's determination of a violation is final and binding.", ["auto"]],
  ["We may suspend your account without giving any reason.", ["auto"]],
  [
    "If your account is deactivated on the basis of your rating, you may appeal and a person will review the decision.",
    [],
  ],
  ["We may terminate this agreement at any time for any reason.", []],
  // excl: exclusivity, non-compete, non-solicitation, price or offer parity
  ["You will offer your app exclusively through the Acme Store.", ["excl"]],
  ["During the term, you will not work with any competing platform.", ["excl"]],
  ["You will not solicit any of our employees or customers for twelve months.", ["excl"]],
  [
    "The prices you offer on Acme must be no higher than the prices you offer on any other channel.",
    ["excl"],
  ],
  ["You will not disclose our confidential information to any third party.", []],
  ["You will not use the APIs to build a product that competes with Acme's services.", []],
  ["The courts of Dublin have exclusive jurisdiction over any dispute.", []],
  ["Acme grants you a non-exclusive licence to use the SDK.", []],
];

describe("the partner categories, read from their definitions", () => {
  for (const [text, expected] of cases) {
    it(`${expected.length === 0 ? "finds nothing in" : `finds ${expected.join(", ")} in`}: ${text}`, () => {
      const found = beyondCategories(text).filter((code) => ["pay", "hold", "auto", "excl"].includes(code));
      expect(found).toEqual(expected);
    });
  }
});
