/** The four sources of imbalance from the product brief, and which clause types draw on each. */
import { DEFAULT_POWER_CONTEXT, powerSourceFor, type PowerSourceId } from "../assess/index.ts";
import { FINDING_CATEGORIES, type FindingCategory } from "../core/index.ts";

export interface ImbalanceSource {
  id: PowerSourceId;
  name: string;
  /** What the imbalance is. */
  what: string;
  /** What Counterweight does about it. */
  answer: string;
}

export const IMBALANCE_SOURCES: ImbalanceSource[] = [
  {
    id: "legal-resources",
    name: "Legal resources",
    what: "Terms drafted by professional lawyers that nobody on the other side can read at depth, let alone negotiate — often with few choices, or none.",
    answer:
      "Clause analysis, the reading burden made explicit, and sector comparisons that show when every alternative carries the same clause.",
  },
  {
    id: "dependence",
    name: "Dependence",
    what: "Freelancers, drivers, sellers and small partners who live from a platform work under contracts, rules and algorithms it alone writes: accept, or lose the work.",
    answer:
      "Clauses that let the platform change pay or rules, deactivate, delist or shift liability weigh more when the reader depends on it.",
  },
  {
    id: "overwhelming-power",
    name: "Overwhelming power versus access to courts",
    what: "A far stronger party is balanced only by rights and the route to a court or an oversight body.",
    answer:
      "An access-to-justice view: arbitration, forum, choice of law and class-action waivers, and what recourse remains.",
  },
  {
    id: "authority",
    name: "Authority",
    what: "A request the weaker side feels unable to refuse: using the service counts as agreeing, and data terms come bundled with the service.",
    answer:
      "A power context for every analysis: who drafted it, whether you can refuse or negotiate, what alternatives you have.",
  },
];

/** The clause types that draw on a source of imbalance for a consumer (the default reader). */
export function categoriesOfSource(id: PowerSourceId): FindingCategory[] {
  return FINDING_CATEGORIES.filter((code) => powerSourceFor(code, DEFAULT_POWER_CONTEXT).id === id);
}
