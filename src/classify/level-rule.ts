/**
 * "Clearly unfair" only where it is earned. The level model (or the corpus' level prior) gives
 * the probability that an unfair term is clearly rather than potentially unfair; the sentence's
 * circumstances settle it where the experts' distinctions name them (Ruggeri et al. 2021):
 * termination or removal for any reason, without notice or for good is clearly unfair, for a
 * stated ground potentially; a liability exclusion is clearly unfair only when it reaches serious
 * fault or harm to a person; arbitration with an opt-out or a small-claims exception is
 * potentially unfair. Never on a reader's right or a mutual term.
 */
import type { CategoryCode, PowerHolder, UnfairLevel } from "../core/index.ts";
import {
  ANY_REASON,
  ILLEGAL_CONTENT,
  NO_RETRIEVAL,
  OPT_OUT,
  SERIOUS_FAULT,
  SERIOUS_FAULT_CARVE_OUT,
  SMALL_CLAIMS,
  STATED_BREACH,
  UNLESS_PROHIBITED,
  WITHOUT_NOTICE,
} from "../power/index.ts";
import { levelCeiling } from "./power-rule.ts";

/** The level model's verdict: clearly unfair when that is the likelier reading. */
export const CLEARLY_UNFAIR_AT = 0.5;

/**
 * The level of a term judged unfair in `category`.
 * @param clearlyUnfairProbability the level model's (or prior's) probability of level 3
 * @param text the words the term is read from (its fragments)
 * @param holder who holds the power, from the power analysis
 */
export function earnedLevel(
  category: CategoryCode,
  clearlyUnfairProbability: number,
  text: string,
  holder: PowerHolder,
): UnfairLevel {
  if (levelCeiling(holder) === 2) return 2;
  const model: UnfairLevel = clearlyUnfairProbability >= CLEARLY_UNFAIR_AT ? 3 : 2;
  switch (category) {
    case "ter":
    case "cr": {
      if (ANY_REASON.test(text) || WITHOUT_NOTICE.test(text)) return 3;
      if (category === "cr" && NO_RETRIEVAL.test(text)) return 3;
      if (STATED_BREACH.test(text) || ILLEGAL_CONTENT.test(text)) return 2;
      return model;
    }
    case "ltd":
      return SERIOUS_FAULT.test(text) && !SERIOUS_FAULT_CARVE_OUT.test(text) ? 3 : 2;
    case "a":
      return OPT_OUT.test(text) || SMALL_CLAIMS.test(text) || UNLESS_PROHIBITED.test(text) ? 2 : model;
    default:
      return model;
  }
}
