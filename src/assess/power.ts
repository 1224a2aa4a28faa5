/**
 * Where the drafter's power comes from (the four sources of imbalance in the product brief) and how
 * the reader's situation changes the weight of a clause.
 */
import type { FindingCategory } from "../core/index.ts";
import type { ContextAssessment, PowerContext, PowerSource, PowerSourceId } from "./types.ts";

const SOURCE_NAMES: Record<PowerSourceId, string> = {
  "legal-resources": "Legal resources",
  dependence: "Dependence",
  "overwhelming-power": "Overwhelming power versus access to courts",
  authority: "Authority",
};

const CATEGORY_SOURCE: Record<FindingCategory, { id: PowerSourceId; why: string }> = {
  a: {
    id: "overwhelming-power",
    why: "Courts are what balance a much stronger party; this clause moves your dispute away from them.",
  },
  j: {
    id: "overwhelming-power",
    why: "A far-away court is a court you cannot afford to use, so the stronger party is rarely held to account.",
  },
  law: {
    id: "overwhelming-power",
    why: "Picking its own law lets the stronger party step around the rights your law gives you.",
  },
  ltd: {
    id: "legal-resources",
    why: "Lawyers drafted this to move the risk onto you, in words few readers can weigh.",
  },
  ch: {
    id: "dependence",
    why: "Once you rely on the service, leaving is costly, so you accept whatever change comes.",
  },
  ter: {
    id: "dependence",
    why: "The more you rely on the account, the more the threat of closing it can make you accept.",
  },
  cr: {
    id: "dependence",
    why: "Your content lives on their system, so they decide whether it stays.",
  },
  use: {
    id: "authority",
    why: "It treats using the service as agreeing, so you never get a moment to refuse.",
  },
  pinc: {
    id: "authority",
    why: "You cannot say no to the data terms without saying no to the whole service.",
  },
  cw: {
    id: "overwhelming-power",
    why: "Alone, a small claim is not worth a lawsuit; together, many are. This clause keeps each reader alone against a far stronger party.",
  },
  ind: {
    id: "legal-resources",
    why: "Lawyers drafted this to make you pay for the provider's legal costs, a risk few readers can price.",
  },
  lic: {
    id: "dependence",
    why: "To use the service at all you must hand over these rights; you cannot take only a narrower licence.",
  },
  pay: {
    id: "dependence",
    why: "Once you rely on the service, or earn your living through it, a new price or a lower rate is one you can hardly refuse.",
  },
  hold: {
    id: "dependence",
    why: "The platform holds the money between your customers and you, so it can keep it first and explain later.",
  },
  auto: {
    id: "authority",
    why: "The platform's systems and ratings decide, and nothing obliges anyone to listen to you.",
  },
  excl: {
    id: "dependence",
    why: "Barring other channels makes you depend on this one platform, which is what gives it power over you.",
  },
};

/** The source of imbalance a finding of this category draws on, for this reader. */
export function powerSourceFor(category: FindingCategory, context: PowerContext): PowerSource {
  const source = CATEGORY_SOURCE[category];
  // For a worker or a business partner, the account is the income: losing it, or having the
  // rules changed, is a threat to a living, not to a pastime.
  if ((category === "ter" || category === "cr" || category === "ch") && context.party !== "consumer") {
    return {
      id: "dependence",
      name: SOURCE_NAMES.dependence,
      why:
        category === "ch"
          ? "Your income runs through the platform, so a change of rules is one you must accept or lose the work."
          : "The more your income depends on the platform, the more the threat of being cut off can make you accept.",
    };
  }
  // For a worker or a business partner, a liability shift is a matter of dependence: it is the platform's condition of work.
  if (category === "ltd" && context.party !== "consumer") {
    return {
      id: "dependence",
      name: SOURCE_NAMES.dependence,
      why: "The platform makes you carry the risk of the work as a condition of getting it.",
    };
  }
  return { id: source.id, name: SOURCE_NAMES[source.id], why: source.why };
}

/**
 * Extra weight of a category for workers and partners: clauses that let the platform change pay or rules,
 * deactivate, or shift liability hit someone who earns a living through it harder.
 */
export function categoryContextWeight(category: FindingCategory, context: PowerContext): number {
  if (context.party === "consumer") return 1;
  if (
    category === "ch" ||
    category === "ter" ||
    category === "ltd" ||
    category === "pay" ||
    category === "hold" ||
    category === "auto"
  )
    return context.party === "worker" ? 1.3 : 1.1;
  return 1;
}

const PARTY_FACTOR: Record<PowerContext["party"], number> = { consumer: 1, worker: 1.1, business: 0.85 };
const ALTERNATIVES_FACTOR: Record<PowerContext["alternatives"], number> = { none: 1.15, few: 1, many: 0.9 };
/** A negotiated contract was accepted with open eyes: the same clause weighs less. */
const NEGOTIABLE_FACTOR = 0.7;

/** The context multiplier and a sentence that says what it does. */
export function assessContext(context: PowerContext): ContextAssessment {
  const multiplier = round2(
    PARTY_FACTOR[context.party] *
      ALTERNATIVES_FACTOR[context.alternatives] *
      (context.negotiable ? NEGOTIABLE_FACTOR : 1),
  );
  return { ...context, multiplier, summary: contextSentence(context, multiplier) };
}

function contextSentence(context: PowerContext, multiplier: number): string {
  const who = { consumer: "a consumer", worker: "a worker or freelancer", business: "a business" }[
    context.party
  ];
  const choice = context.negotiable ? "can negotiate these terms" : "cannot negotiate these terms";
  const options = {
    none: "has no real alternative",
    few: "has few alternatives",
    many: "has many alternatives",
  }[context.alternatives];
  const effect =
    multiplier > 1.001
      ? "so each one-sided clause weighs more than usual"
      : multiplier < 0.999
        ? "so each one-sided clause weighs less than usual"
        : "the usual take-it-or-leave-it situation, so the clauses carry their normal weight";
  const dependence =
    context.party === "worker"
      ? " Clauses that let the platform change pay or rules, deactivate you, or shift liability weigh more, because your income depends on them."
      : "";
  return `The reader is ${who} who ${choice} and ${options}: ${effect} (×${multiplier}).${dependence}`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
