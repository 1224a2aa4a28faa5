/**
 * Circumstances that make a clause of a category worse or milder than its usual case, detected by
 * cue patterns in the sentence text. The distinctions follow the ones legal experts draw in the
 * unfair-tos-rationales knowledge base (Ruggeri et al. 2021); the wording here is the project's own.
 */
import type { FindingCategory } from "../core/index.ts";
import {
  ANY_REASON,
  ILLEGAL_CONTENT,
  NO_RETRIEVAL,
  NOTICE_PERIOD,
  OPT_OUT,
  SERIOUS_FAULT,
  SERIOUS_FAULT_CARVE_OUT,
  SMALL_CLAIMS,
  STATED_BREACH,
  UNLESS_PROHIBITED,
  WITHOUT_NOTICE,
} from "../power/index.ts";
import type { Circumstance } from "./types.ts";

interface CircumstanceRule extends Circumstance {
  categories: readonly FindingCategory[];
  cue: RegExp;
  /** When this pattern also matches, the cue is about an exception, not the rule (e.g. "except for gross negligence"). */
  unless?: RegExp;
}

const RULES: CircumstanceRule[] = [
  // Termination (ter)
  {
    id: "any-reason",
    categories: ["ter", "cr", "ch"],
    cue: ANY_REASON,
    effect: "worse",
    label: "for any reason",
    explanation: "It needs no reason at all: the decision is left entirely to the provider.",
  },
  {
    id: "without-notice",
    categories: ["ter", "cr", "ch"],
    cue: WITHOUT_NOTICE,
    effect: "worse",
    label: "without notice",
    explanation: "It can happen without any warning, so you have no time to react or save your things.",
  },
  {
    id: "at-any-time",
    categories: ["ter", "ch"],
    cue: /\bat any time\b|\bfrom time to time\b/i,
    effect: "worse",
    label: "at any time",
    explanation: "It can happen at any moment the provider chooses.",
  },
  {
    id: "stated-breach",
    categories: ["ter", "cr"],
    cue: STATED_BREACH,
    effect: "milder",
    label: "for a stated reason",
    explanation: "It is tied to a stated reason, such as breaking the rules, which is fairer than no reason.",
  },
  {
    id: "illegal-content",
    categories: ["cr", "ter"],
    cue: ILLEGAL_CONTENT,
    effect: "milder",
    label: "for illegal content or conduct",
    explanation: "It is limited to illegal content or conduct, or to what the law requires.",
  },
  {
    id: "vague-standard",
    categories: ["cr"],
    cue: /\b(objectionable|inappropriate|offensive|harmful|undesirable)\b/i,
    effect: "worse",
    label: "vague standard",
    explanation:
      'Words like "objectionable" or "inappropriate" let the provider decide what crosses the line.',
  },
  {
    id: "no-retrieval",
    categories: ["cr", "ter"],
    cue: NO_RETRIEVAL,
    effect: "worse",
    label: "no way to get your content back",
    explanation: "You may lose your content for good, with no duty on the provider to give it back.",
  },
  {
    id: "notice-given",
    categories: ["ter", "ch", "cr"],
    cue: NOTICE_PERIOD,
    unless: WITHOUT_NOTICE,
    effect: "milder",
    label: "with advance notice",
    explanation: "You are told in advance, which gives you time to react.",
  },
  {
    id: "refund",
    categories: ["ter", "ch"],
    cue: /\b(refund\w*|pro[- ]rata|reimburse\w*)\b/i,
    effect: "milder",
    label: "with a refund",
    explanation: "You get money back for what you paid and will not receive.",
  },
  // Change (ch)
  {
    id: "just-posted",
    categories: ["ch"],
    cue: /\b(post\w*|publish\w*)\b[^.]{0,60}\b(site|website|page|services?|app)\b|\blast (updated|modified|revised)\b/i,
    effect: "worse",
    label: "announced only by posting",
    explanation: "A change may be announced only by posting it, so you may never see it.",
  },
  {
    id: "check-yourself",
    categories: ["ch"],
    cue: /\b(review|check|visit)\b[^.]{0,40}\b(periodically|regularly|frequently|from time to time)\b|\byour responsibility to\b[^.]{0,40}\b(review|check)\b/i,
    effect: "worse",
    label: "you must check for changes",
    explanation: "You are expected to keep checking the terms yourself.",
  },
  {
    id: "continued-use-accepts",
    categories: ["ch", "use"],
    cue: /\b(continu\w*|further) (to )?(use|access|using|accessing)\b|\bby (using|accessing|visiting|browsing|downloading|installing)\b|\b(use|using|access\w*)\b[^.]{0,80}\b(constitut\w*|signif\w*|indicat\w*|means|deemed)\b/i,
    effect: "worse",
    label: "use counts as consent",
    explanation: "Simply carrying on using the service counts as saying yes.",
  },
  {
    id: "right-to-leave",
    categories: ["ch"],
    cue: /\byou (may|can|are free to|have the right to|are entitled to)\s+(terminate|cancel|close|end|reject|stop using)\b/i,
    effect: "milder",
    label: "you can leave",
    explanation: "If you do not accept a change you can end the contract.",
  },
  {
    id: "legal-change",
    categories: ["ch"],
    cue: /\b(changes? (in|to) (the )?(law|legal|regulat\w*)|required by law|legal or regulatory)\b/i,
    effect: "milder",
    label: "to follow the law",
    explanation: "Changes are tied to changes in the law, a narrower reason.",
  },
  // Arbitration (a)
  {
    id: "class-waiver",
    categories: ["a", "j", "law", "ltd"],
    cue: /\b(class|collective|representative|consolidated)[- ](action|arbitration|proceeding|basis|claim|lawsuit|wide)s?\b/i,
    effect: "worse",
    label: "no class or collective action",
    explanation:
      "You cannot join with other people who were harmed the same way, so small claims are rarely worth bringing.",
  },
  {
    id: "jury-waiver",
    categories: ["a", "j"],
    cue: /\bjury\b/i,
    effect: "worse",
    label: "no jury",
    explanation: "You give up a trial by jury.",
  },
  {
    id: "private-rules",
    categories: ["a"],
    cue: /\b(American Arbitration Association|AAA|JAMS|ICC|International Chamber of Commerce|LCIA|arbitration rules|rules of arbitration)\b/,
    effect: "worse",
    label: "private rules",
    explanation:
      "The dispute follows the rules of a private arbitration body, not the court rules set by law.",
  },
  {
    id: "opt-out",
    categories: ["a"],
    cue: OPT_OUT,
    effect: "milder",
    label: "you can opt out",
    explanation: "You can opt out of arbitration, usually within a short deadline.",
  },
  {
    id: "small-claims",
    categories: ["a", "j"],
    cue: SMALL_CLAIMS,
    effect: "milder",
    label: "small-claims court kept",
    explanation: "Small claims can still go to a small-claims court.",
  },
  {
    id: "unless-prohibited",
    categories: ["a", "j", "law", "ltd"],
    cue: UNLESS_PROHIBITED,
    effect: "milder",
    label: "only as far as the law allows",
    explanation:
      "It applies only as far as the law allows, so some of your legal protections may still hold.",
  },
  // Jurisdiction and law (j, law)
  {
    id: "exclusive-forum",
    categories: ["j"],
    cue: /\bexclusive(ly)?\b|\bsolely\b|\bonly\b/i,
    effect: "worse",
    label: "exclusive court",
    explanation: "Only the provider's chosen court can hear the case, which may be far from where you live.",
  },
  {
    id: "home-forum-kept",
    categories: ["j", "law"],
    cue: /\b(where|in which) you (live|reside)\b|\byour (country|place|state) of (residence|domicile)\b|\bhabitual(ly)? resid\w*|\bdomicile\b|\bmandatory\b[^.]{0,40}\b(law|protection|rights?)\b|\bstatutory rights\b|\bconsumer protection\b/i,
    effect: "milder",
    label: "your home rights kept",
    explanation: "Your own courts or the consumer protections of your own country are kept.",
  },
  {
    id: "no-conflict-rules",
    categories: ["law"],
    cue: /\b(conflicts?|choice) of laws?\b/i,
    effect: "worse",
    label: "no other law applies",
    explanation: "It rules out any other country's law, including the one you might expect to protect you.",
  },
  // Liability (ltd)
  {
    id: "serious-fault-excluded",
    categories: ["ltd"],
    cue: SERIOUS_FAULT,
    unless: SERIOUS_FAULT_CARVE_OUT,
    effect: "worse",
    label: "even for gross negligence, intent or injury",
    explanation:
      "It tries to escape liability even for serious fault or harm to your body, which the law rarely allows.",
  },
  {
    id: "serious-fault-carve-out",
    categories: ["ltd"],
    cue: SERIOUS_FAULT_CARVE_OUT,
    effect: "milder",
    label: "serious fault still covered",
    explanation: "The provider still answers for serious fault such as gross negligence, intent or injury.",
  },
  {
    id: "any-damages",
    categories: ["ltd"],
    cue: /\b(any|all)\b[^.]{0,60}\b(damages?|loss(es)?)\b|\b(indirect|incidental|consequential|special|punitive)\b/i,
    effect: "worse",
    label: "broad exclusion",
    explanation: "The exclusion is very broad and reaches almost any kind of loss.",
  },
  {
    id: "even-if-advised",
    categories: ["ltd"],
    cue: /\beven if\b[^.]{0,60}\b(advised|aware|informed|foreseeable)\b/i,
    effect: "worse",
    label: "even if they knew",
    explanation: "It applies even when the provider knew the harm could happen.",
  },
  {
    id: "capped",
    categories: ["ltd"],
    cue: /\b(shall|will) not exceed\b|\blimited to\b[^.]{0,40}(\$|€|£|\bUS|\bEUR|amount|fees|greater|lesser)|\baggregate liability\b/i,
    effect: "milder",
    label: "capped rather than excluded",
    explanation: "Liability is capped at an amount rather than removed entirely.",
  },
  {
    id: "mutual",
    categories: ["ltd", "ter", "ch"],
    cue: /\b(neither|either|each) (party|side)\b|\bboth (parties|sides)\b/i,
    effect: "milder",
    label: "applies both ways",
    explanation: "The rule applies to both sides, not only to you.",
  },
  // Privacy (pinc)
  {
    id: "incorporated",
    categories: ["pinc"],
    // "not part of this agreement" is the fair version, so a preceding "not" cancels the cue.
    cue: /(?<!\bnot )\bincorporated\b|\bform(s)? (a |an )?(integral )?part of\b|(?<!\bnot )\bpart of (these|this|the)\b/i,
    effect: "worse",
    label: "made part of the contract",
    explanation: "A separate privacy policy, which can change on its own, becomes part of what you accept.",
  },
];

const NO_GROUNDS: Circumstance = {
  id: "no-grounds",
  effect: "worse",
  label: "no grounds stated",
  explanation: "It does not say on what grounds the provider may end it.",
};

/** Circumstances of a category found in a sentence, worse ones first. */
export function detectCircumstances(category: FindingCategory, sentenceText: string): Circumstance[] {
  const found: Circumstance[] = [];
  for (const rule of RULES) {
    if (!rule.categories.includes(category)) continue;
    if (!rule.cue.test(sentenceText)) continue;
    if (rule.unless?.test(sentenceText)) continue;
    found.push({ id: rule.id, effect: rule.effect, label: rule.label, explanation: rule.explanation });
  }
  // Termination that names no ground at all is the experts' clearest case of unfairness, unless
  // either side may end it on notice: ordinary notice termination between equals needs no ground.
  const statesGround = found.some((c) => ["any-reason", "stated-breach", "illegal-content"].includes(c.id));
  const mutualOnNotice = ["mutual", "notice-given"].every((id) => found.some((c) => c.id === id));
  if (category === "ter" && !statesGround && !mutualOnNotice) found.push(NO_GROUNDS);
  return found.sort((x, y) => (x.effect === y.effect ? 0 : x.effect === "worse" ? -1 : 1));
}
