/**
 * Cases written from the definitions of the categories beyond the corpus' nine (issue's table),
 * before any tuning on ToS;DR's quotes: for each, the weaker party's burden, and what is not.
 */
import { describe, expect, it } from "vitest";
import { beyondCategories } from "./index.ts";

const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  // cw: the weaker party gives up a class, collective, consolidated or representative action or a jury
  [
    "BY ACCEPTING THE TERMS OF THIS AGREEMENT, YOU AND EA EXPRESSLY WAIVE THE RIGHT TO A TRIAL BY JURY AND THE RIGHT TO PARTICIPATE IN A CLASS ACTION.",
    ["cw"],
  ],
  [
    "You may bring claims only on an individual basis and not as a plaintiff or class member in any class or representative proceeding.",
    ["cw"],
  ],
  ["Class arbitrations, class actions and consolidation with other arbitrations are not permitted.", ["cw"]],
  ["You agree not to participate in any class action against Acme.", ["cw"]],
  ["Any dispute will be resolved by binding arbitration administered by the AAA.", []],
  // A title names a section; the term is in the clause under it (as for the nine categories).
  ["13.4 Class Action Waiver.", []],
  ["11.7 Class Action and Collective Arbitration Waiver.", []],
  ["Acme may, at its sole discretion, elect to consolidate multiple arbitrations into one.", []],
  ["Nothing in these terms prevents you from joining a class action where the law allows it.", []],
  // ind: the weaker party indemnifies, defends, holds harmless or compensates the provider
  [
    "You agree to indemnify Amazon for all claims brought by a third party against Amazon arising out of or in connection with the submission of a complaint.",
    ["ind"],
  ],
  [
    "You will defend, indemnify and hold harmless Acme and its affiliates from any claims, losses and fines arising from your use of the service.",
    ["ind"],
  ],
  [
    "The Seller shall indemnify the Platform against all costs, penalties and fees resulting from a breach of these terms.",
    ["ind"],
  ],
  ["Each party shall indemnify the other against claims arising from its own breach of this Agreement.", []],
  [
    "Acme will defend and indemnify you against any claim that the service infringes a third party's patent.",
    [],
  ],
  ["You are responsible for keeping your password secret.", []],
  ["Customer will reimburse Acme for the costs and fees of collecting any overdue amount.", ["ind"]],
  [
    "You will pay the filing fee, but Acme Partners will reimburse the fee if you prevail on your claims.",
    [],
  ],
  // lic: a broad licence of the reader's content or rights, or a waiver of moral rights
  [
    "You grant us a perpetual, irrevocable, worldwide, royalty-free and sublicensable licence to use, copy, modify and distribute any content you post.",
    ["lic"],
  ],
  ["You hereby waive any moral rights you have in your User Content.", ["lic"]],
  [
    "The licence you grant us survives the termination of your account and the deletion of your content.",
    ["lic"],
  ],
  [
    "You grant us a limited licence to host and display your content solely to operate the service, which ends when you delete the content.",
    [],
  ],
  ["Acme grants you a non-exclusive, non-transferable, revocable licence to use the app.", []],
  // Held to running the service: not beyond it (the definition's "beyond running the service").
  [
    "You grant Acme a worldwide, royalty-free licence to host and copy Your Content as needed to run the Service.",
    [],
  ],
  [
    "You grant Acme a perpetual, irrevocable licence to your content, solely to operate the Service.",
    ["lic"],
  ],
  [
    "Developer grants to Acme a limited, royalty-free license during the term of this Agreement to display Developer Brand Features solely within the store.",
    [],
  ],
  // A pointer to the waiver is not the waiver (one finding per clause).
  ["THESE TERMS CONTAIN A BINDING ARBITRATION CLAUSE AND A CLASS ACTION WAIVER THAT AFFECT YOUR RIGHTS.", []],
  ["You keep ownership of everything you upload.", []],
];

describe("beyondCategories", () => {
  it.each(cases)("%s → %j", (text, expected) => {
    expect(beyondCategories(text)).toEqual(expected);
  });
});
