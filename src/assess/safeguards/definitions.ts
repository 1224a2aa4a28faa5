/**
 * The safeguards Regulation (EU) 2019/1150 (platform-to-business) requires of the terms an online
 * intermediation service or search engine sets for the businesses that use it, as a reader can
 * check them: what each one is, the article, why its absence matters, and how a balanced
 * agreement provides it. Counterweight reads them for `--party business` and `--party worker`.
 */

export const SAFEGUARD_IDS = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"] as const;
export type SafeguardId = (typeof SAFEGUARD_IDS)[number];

export interface SafeguardDefinition {
  id: SafeguardId;
  /** What the agreement should provide, as a short title. */
  name: string;
  article: string;
  /** Why the reader loses when it is missing (plain words). */
  missing: string;
  /** How a balanced agreement provides it. */
  counterpart: string;
  /** Points a missing safeguard adds to the score, before the context multiplier. */
  weight: number;
}

export const SAFEGUARDS: Record<SafeguardId, SafeguardDefinition> = {
  S1: {
    id: "S1",
    name: "Changes notified at least 15 days ahead",
    article: "Art. 3(2)",
    missing:
      "The agreement does not promise at least 15 days' notice before its terms change, so new fees or rules can apply before you can adapt or leave.",
    counterpart:
      "We will notify you of any change to these terms on a durable medium at least 15 days before it applies (longer where you must make technical or commercial adjustments), and you may terminate before then.",
    weight: 1.0,
  },
  S2: {
    id: "S2",
    name: "Grounds for suspension or termination set out",
    article: "Art. 3(1)(c)",
    missing:
      "The agreement does not say on what grounds you can be suspended, restricted or terminated, so you cannot know what to avoid or hold the platform to its own rules.",
    counterpart:
      "We may suspend, restrict or terminate your use of the service only on these grounds: a material breach of these terms, a legal or regulatory obligation, or fraud or a risk to users, each explained in the policy at [link].",
    weight: 0.8,
  },
  S3: {
    id: "S3",
    name: "Reasons given for suspension; 30 days' notice before termination",
    article: "Art. 4",
    missing:
      "The agreement does not promise to tell you why you were restricted, suspended or terminated, nor 30 days' notice before termination, so you cannot answer or put things right.",
    counterpart:
      "If we restrict or suspend your use, we will tell you the reasons at the same time; if we terminate, we will tell you the reasons at least 30 days before it takes effect, and you may clarify the facts in our complaint process.",
    weight: 1.0,
  },
  S4: {
    id: "S4",
    name: "An internal complaint-handling system",
    article: "Art. 11",
    missing:
      "The agreement offers no way to complain to the platform or appeal its decisions, so a wrong decision about you stands unless you go to court.",
    counterpart:
      "You can complain about any of our decisions, our technology or our compliance with law through [form], free of charge; we will consider it, answer in a reasonable time and tell you the outcome.",
    weight: 0.8,
  },
  S5: {
    id: "S5",
    name: "Named mediators",
    article: "Art. 12",
    missing:
      "The agreement names no mediator, so a dispute the complaint system does not settle leaves only a costly court case.",
    counterpart:
      "We are willing to engage with these mediators to settle disputes out of court: [names]; we bear a reasonable share of the cost.",
    weight: 0.4,
  },
  S6: {
    id: "S6",
    name: "Main ranking parameters described",
    article: "Art. 5",
    missing:
      "The agreement does not describe what decides how your listings, products or apps are ranked, so you cannot tell why you are shown less or what to change.",
    counterpart:
      "Your offers are ranked mainly by [relevance, price, ratings, …]; paying us for ranking changes it as follows: [description].",
    weight: 0.5,
  },
  S7: {
    id: "S7",
    name: "Your access to data described",
    article: "Art. 9",
    missing:
      "The agreement does not say what data from your business on the platform you can access, or what the platform keeps, so the platform knows your customers and you do not.",
    counterpart:
      "You can access the data your use of the service generates, [list], through [tool]; we keep and use [list], and we share it with third parties only as follows: [description].",
    weight: 0.5,
  },
};
