/**
 * Plain-language text for each finding (aimed at a reading age of about 12): what the clause lets
 * the drafter do, what it means for the reader, and how equals would write the same term.
 */
import { isCategoryCode, type FindingCategory, type UnfairLevel } from "../core/index.ts";
import { BUSINESS_TEXT, PARTNER_CATEGORY_TEXT, WORKER_TEXT, type CategoryText } from "./partner-texts.ts";
import type { Circumstance, PowerContext } from "./types.ts";

const CATEGORY_TEXT: Record<FindingCategory, CategoryText> = {
  a: {
    lets: "This clause sends disputes to a private arbitrator instead of a public court.",
    means:
      "You lose the judge, the public hearing and most of the right to appeal, and the provider, who uses the same arbitrators again and again, knows the system better than you do.",
    counterpart:
      "Between equals, arbitration is a choice both sides make after a dispute arises; either side can still go to court, and small claims always can.",
  },
  ch: {
    lets: "This clause lets the provider change the terms or the service on its own.",
    means: "What you agreed to today can become something else tomorrow, without you agreeing again.",
    counterpart:
      "Between equals, changes are announced personally and well in advance, say why, and let you leave without cost and with a refund of what you paid for and will not get.",
  },
  cr: {
    lets: "This clause lets the provider remove what you posted or stored.",
    means: "Your photos, posts or files can disappear, and you may not be able to get them back.",
    counterpart:
      "Between equals, content is removed only when it is illegal or clearly breaks a stated rule, you are told why, you can object, and you can download your data first.",
  },
  j: {
    lets: "This clause decides which court hears a dispute, and it picks one that suits the provider.",
    means:
      "To go to court you may have to travel far or hire a lawyer in another place, so you may not go at all.",
    counterpart: "Between equals, a consumer can always sue, and be sued, in the courts where they live.",
  },
  law: {
    lets: "This clause decides which country's law governs the contract, and it picks the provider's.",
    means:
      "You may lose protections that your own law gives you, and you cannot easily know the rules that apply.",
    counterpart:
      "Between equals, the law of the consumer's home country applies, or at least its protections can never be taken away by the choice.",
  },
  ltd: {
    lets: "This clause limits or removes the provider's responsibility when things go wrong.",
    means: "If the service harms you or loses your data or money, you may get little or nothing back.",
    counterpart:
      "Between equals, liability caps apply both ways, are fair to the price paid, and never cover gross negligence, intent, or harm to a person.",
  },
  ter: {
    lets: "This clause lets the provider suspend or close your account or end the contract on its own.",
    means: "You can lose access, and everything in your account, at a moment the provider chooses.",
    counterpart:
      "Between equals, either side can end the contract with notice; ending it without notice needs a serious, stated breach, a warning and a chance to fix it, and any prepaid money is refunded.",
  },
  use: {
    lets: "This clause says that just using the service means you accept all the terms.",
    means: "You can be bound by rules you never saw or read.",
    counterpart:
      "Between equals, a contract starts when both sides clearly say yes to terms they were shown first.",
  },
  pinc: {
    lets: "This clause makes the privacy policy part of the contract you accept.",
    means:
      "By accepting the terms you are treated as agreeing to how your data is used, not just told about it.",
    counterpart:
      "Between equals, consent to data use is asked for separately, can be refused, and can be withdrawn without losing the service.",
  },
  cw: {
    lets: "This clause makes you give up joining a class or group action, or a trial by jury.",
    means:
      "If many people are harmed the same way, each must bring a claim alone, and a small claim alone is rarely worth bringing.",
    counterpart:
      "Between equals, people harmed the same way can join together, and a jury stays available where the law provides one.",
  },
  ind: {
    lets: "This clause makes you pay the provider's costs if someone makes a claim against it.",
    means:
      "Lawyers' fees, fines and damages could land on you, and they can be far larger than anything you ever paid for the service.",
    counterpart:
      "Between equals, each side answers for its own breaches and faults, on the same terms both ways, up to a fair limit.",
  },
  lic: {
    lets: "This clause takes wide rights over what you post or upload: for ever, for any use, or to pass on to others.",
    means:
      "The provider, or anyone it passes the rights to, may keep using your work after you delete it or leave, without paying you.",
    counterpart:
      "Between equals, the licence covers only what is needed to run the service and ends when you delete your content or your account.",
  },
  ...PARTNER_CATEGORY_TEXT,
};

/** The category's text for this reader: a worker's and a business's where they differ. */
function textFor(category: FindingCategory, party: PowerContext["party"]): CategoryText {
  const partner = party === "worker" ? WORKER_TEXT : party === "business" ? BUSINESS_TEXT : {};
  return partner[category] ?? CATEGORY_TEXT[category];
}

/** Extra counterpart advice for the circumstance that made a clause worse. */
const COUNTERPART_FOR: Record<string, string> = {
  "any-reason": "A balanced version names the reasons in advance.",
  "without-notice": "A balanced version gives notice first, except for real emergencies.",
  "no-grounds": "A balanced version states the grounds, such as a serious breach.",
  "class-waiver": "A balanced version keeps group actions open.",
  "private-rules": "A balanced version lets a public court apply the law.",
  "exclusive-forum": "A balanced version lets you use your local court.",
  "serious-fault-excluded": "No balanced contract excludes liability for gross negligence, intent or injury.",
  "just-posted": "A balanced version tells you personally, by email or in the app.",
  "no-retrieval": "A balanced version lets you download your content before it goes.",
};

const LEVEL_PHRASE: Record<UnfairLevel, string> = {
  3: "Experts would call a clause like this clearly unfair.",
  2: "Experts would call a clause like this potentially unfair: it depends on how it is used.",
};

const BEYOND_LEVEL_PHRASE =
  "Counterweight marks it potentially unfair: how much it costs you depends on how it is used.";

/** The explanation paragraph for a finding. */
export function explainFinding(
  category: FindingCategory,
  level: UnfairLevel,
  circumstances: Circumstance[],
  party: PowerContext["party"] = "consumer",
): string {
  const text = textFor(category, party);
  const parts = [text.lets, text.means];
  const worse = circumstances.filter((c) => c.effect === "worse");
  const milder = circumstances.filter((c) => c.effect === "milder");
  if (worse.length > 0) parts.push(`What makes it worse: ${joinExplanations(worse)}`);
  if (milder.length > 0) parts.push(`What makes it milder: ${joinExplanations(milder)}`);
  // The experts' levels are the corpus' nine categories'; the others have none to quote.
  parts.push(isCategoryCode(category) ? LEVEL_PHRASE[level] : BEYOND_LEVEL_PHRASE);
  return parts.join(" ");
}

/** The balanced counterpart for a finding: the category's usual fair form plus advice for its worst traits. */
export function counterpartFor(
  category: FindingCategory,
  circumstances: Circumstance[],
  party: PowerContext["party"] = "consumer",
): string {
  const extras = circumstances
    .filter((c) => c.effect === "worse" && COUNTERPART_FOR[c.id] !== undefined)
    .map((c) => COUNTERPART_FOR[c.id]!);
  return [textFor(category, party).counterpart, ...new Set(extras)].join(" ");
}

/** "What makes it worse: it needs no reason. It can happen at any moment." */
function joinExplanations(circumstances: readonly Circumstance[]): string {
  const text = circumstances.map((c) => c.explanation).join(" ");
  return text.charAt(0).toLowerCase() + text.slice(1);
}
