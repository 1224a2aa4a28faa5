/**
 * Explanations for a reader who earns a living through the platform: a worker (a driver, a
 * courier, a creator) or a business partner (a seller, an app developer, an advertiser). The same
 * clause means something else to them than to a consumer: closing the account is losing the
 * income, a removed listing is lost sales, and a liability cap falls on their livelihood.
 */
import type { FindingCategory } from "../core/index.ts";

export interface CategoryText {
  /** What the clause lets the provider do. */
  lets: string;
  /** What that means for the reader. */
  means: string;
  /** How parties of equal strength usually write the term. */
  counterpart: string;
}

/** The four partner categories, as a consumer reads them (they can touch consumers too). */
export const PARTNER_CATEGORY_TEXT: Record<"pay" | "hold" | "auto" | "excl", CategoryText> = {
  pay: {
    lets: "This clause lets the provider set or change prices, fees or what it pays you, on its own.",
    means:
      "The deal you signed up for can become more expensive, or pay less, whenever the provider decides, and your only answer is to leave.",
    counterpart:
      "Between equals, prices, fees and pay are fixed in the contract and change only by agreement, or with long notice and the right to leave first without cost.",
  },
  hold: {
    lets: "This clause lets the provider hold back, delay, deduct or take back money it owes you.",
    means:
      "Money you have already earned can be frozen or taken back on the provider's own judgement, often while it investigates and without a deadline.",
    counterpart:
      "Between equals, money is held back only for a stated, proven reason, for a fixed short time, with a written explanation and a way to dispute it; the rest is paid on time.",
  },
  auto: {
    lets: "This clause lets ratings, scores or automated systems decide about you, or makes the provider's decision final.",
    means:
      "An algorithm or a rating can cut your access, visibility or pay, and you may get no explanation and no person to appeal to.",
    counterpart:
      "Between equals, such decisions come with the reasons and the data they rest on, and a real person reviews them on request, with a chance to put things right.",
  },
  excl: {
    lets: "This clause stops you from dealing elsewhere: exclusivity, a non-compete, a ban on soliciting, or matching the provider's prices everywhere.",
    means:
      "You cannot spread your risk across other platforms or customers, so you depend on this provider even more, and it knows it.",
    counterpart:
      "Between equals, restraints are narrow, short, paid for, and limited to protecting real secrets; you stay free to sell, work and set prices elsewhere.",
  },
};

/**
 * The wording for a worker, where it differs from the consumer's: pay, deactivation, ratings
 * and appeals rather than "your account and your photos".
 */
export const WORKER_TEXT: Partial<Record<FindingCategory, CategoryText>> = {
  j: {
    lets: "This clause decides which court hears a dispute, and it picks one that suits the platform.",
    means:
      "To claim unpaid earnings or contest a deactivation you may have to sue far away, so a small claim is never brought.",
    counterpart:
      "Between equals, a worker can always sue, and be sued, in the courts where they work; labour courts and tribunals stay open.",
  },
  law: {
    lets: "This clause decides which country's law governs the contract, and it picks the platform's.",
    means:
      "You may lose the protections your own labour and contract law gives someone who works through a platform.",
    counterpart:
      "Between equals, the law of the place where the work is done applies, and its protections for workers can never be chosen away.",
  },
  a: {
    lets: "This clause sends disputes to a private arbitrator instead of a court or a labour tribunal.",
    means:
      "Claims over pay or deactivation are heard in private, often at a cost, by arbitrators the platform uses again and again.",
    counterpart:
      "Between equals, arbitration is chosen by both after a dispute arises; a worker can always go to a court or tribunal.",
  },
  ter: {
    lets: "This clause lets the platform deactivate you, suspend you or end the contract on its own.",
    means:
      "Deactivation cuts off your work and your income at once, and you may not be told why or have anyone to appeal to.",
    counterpart:
      "Between equals, deactivation needs a stated reason and notice (30 days' notice to end the contract), a chance to fix the problem, and an appeal to a person; pay already earned is still paid.",
  },
  cr: {
    lets: "This clause lets the platform remove your work, profile or listings.",
    means: "Removed work stops earning, and your ratings and reviews may go with it.",
    counterpart:
      "Between equals, work is removed only for a stated breach of a published rule, you are told why, and you can appeal before it costs you income.",
  },
  ch: {
    lets: "This clause lets the platform change the rules of the work on its own.",
    means:
      "Pay rates, requirements and the way work is handed out can change under you, and you either accept or lose the work.",
    counterpart:
      "Between equals, changes are notified at least 15 days ahead (longer when you must adapt), say why, and let you leave without penalty.",
  },
  ltd: {
    lets: "This clause limits or removes the platform's responsibility when things go wrong.",
    means:
      "If the platform's failure costs you work or pay, you carry the loss; it was a condition of getting the work.",
    counterpart:
      "Between equals, each side answers for its own faults, and the cap is fair to what is at stake for the one who earns a living here.",
  },
  lic: {
    lets: "This clause takes wide rights over your work, your name or your likeness: for ever, for any use, or to pass on.",
    means:
      "The platform, or anyone it passes the rights to, can keep earning from your work without paying you.",
    counterpart:
      "Between equals, the platform gets only what it needs to show your work while you are on it, and pays for any other use.",
  },
  ind: {
    lets: "This clause makes you pay the platform's costs if someone makes a claim against it.",
    means: "A single claim could cost more than you ever earned through the platform.",
    counterpart:
      "Between equals, each side answers for its own breaches, on the same terms both ways, up to a fair limit.",
  },
};

/** The wording for a business partner (a seller, developer, advertiser, publisher). */
export const BUSINESS_TEXT: Partial<Record<FindingCategory, CategoryText>> = {
  j: {
    lets: "This clause decides which court hears a dispute, and it picks one that suits the platform.",
    means:
      "A small business must litigate in the platform's home courts, abroad and in another language, so most disputes are dropped.",
    counterpart:
      "Between equals, disputes go to the courts where the business user is established, or to a court both choose; mediation is offered first.",
  },
  law: {
    lets: "This clause decides which country's law governs the contract, and it picks the platform's.",
    means:
      "You may lose the protections the law where you trade gives a business that depends on a platform.",
    counterpart:
      "Between equals, the law chosen is one both can work with, and it never takes away the protections of Regulation (EU) 2019/1150 or of the law where you trade.",
  },
  a: {
    lets: "This clause sends disputes to a private arbitrator instead of a court.",
    means:
      "Disputes over suspensions, fees or withheld payouts are heard in private, at a cost a small business may not carry.",
    counterpart:
      "Between equals, a complaint system and named mediators come first, arbitration is chosen by both after a dispute, and the courts stay open.",
  },
  ter: {
    lets: "This clause lets the platform suspend, delist or terminate your business on it, on its own.",
    means:
      "Your sales, your listings or your app can stop overnight, with your customers and reviews locked inside the platform.",
    counterpart:
      "Between equals (and under Regulation (EU) 2019/1150 for platforms), suspension comes with a statement of reasons, termination with 30 days' notice, and you can complain and be heard.",
  },
  cr: {
    lets: "This clause lets the platform remove your listings, products, apps or content.",
    means: "Removed listings stop selling, and the traffic and reviews they built may not come back.",
    counterpart:
      "Between equals, a listing is removed only for a stated breach of a published rule, with the reasons, and you can contest it before it costs you sales.",
  },
  ch: {
    lets: "This clause lets the platform change the terms of doing business on it, on its own.",
    means:
      "Fees, rules and requirements can change while your business depends on them, and adapting costs you time and money.",
    counterpart:
      "Between equals (and under Regulation (EU) 2019/1150), changes are notified at least 15 days ahead, longer when you must adapt, and you may end the contract before they apply.",
  },
  ltd: {
    lets: "This clause limits or removes the platform's responsibility when things go wrong.",
    means:
      "If an outage, an error or a wrong suspension costs you sales, you carry the loss, however large it is.",
    counterpart:
      "Between equals, liability caps apply both ways, fit the business at stake, and never cover gross negligence or intent.",
  },
  lic: {
    lets: "This clause takes wide rights over your content, marks, app or data: for ever, for any use, or to pass on.",
    means:
      "The platform, or others it licenses, can keep using your brand and material beyond your business with it.",
    counterpart:
      "Between equals, the licence covers only what is needed to offer your products on the platform and ends when you leave.",
  },
  ind: {
    lets: "This clause makes your business pay the platform's costs if someone makes a claim against it.",
    means: "Lawyers' fees, fines and damages could land on you, far beyond what the platform earns from you.",
    counterpart:
      "Between equals, each side answers for its own breaches, on the same terms both ways, up to a fair limit.",
  },
};
