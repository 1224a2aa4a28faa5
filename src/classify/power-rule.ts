/**
 * The power rule: a power category (termination, change, content removal) is not a finding when
 * the sentence gives the power to the reader, or to both parties on equal terms with notice, or
 * expressly denies it to the provider — unless the sentence also gives it to the provider. A bag
 * of n-grams reads "you may close your account at any time" as the provider's termination right
 * (every word of one is there); the power analysis knows who acts. See docs/decisions/0007.
 */
import type { CategoryCode, PowerHolder, PowerStatement, PowerTopic, UnfairLevel } from "../core/index.ts";
import { givesNotice, powerHolder } from "../power/index.ts";

/** Categories that are a power one party holds over the other: who holds it decides. */
export const POWER_CATEGORIES: ReadonlySet<CategoryCode> = new Set<CategoryCode>(["ter", "ch", "cr"]);

function isPowerTopic(category: CategoryCode): category is PowerTopic {
  return POWER_CATEGORIES.has(category) || category === "ltd";
}

/** Who holds the category's power in a sentence; `none` outside the power categories and liability. */
export function holderFor(category: CategoryCode, statements: readonly PowerStatement[]): PowerHolder {
  return isPowerTopic(category) ? powerHolder(statements, category) : "none";
}

/**
 * True when the power rule takes the finding away: the power is the reader's, mutual with notice,
 * or denied; or the sentence's powers are all over something else ("we may add or remove
 * features" is a change, not a content removal).
 */
export function powerRuleVetoes(
  category: CategoryCode,
  text: string,
  statements: readonly PowerStatement[] | undefined,
): boolean {
  if (statements === undefined || !POWER_CATEGORIES.has(category) || !isPowerTopic(category)) return false;
  if (aboutAnotherPower(statements, category)) return true;
  switch (powerHolder(statements, category)) {
    case "reader":
    case "denied":
      return true;
    case "both":
      // Equal terms with notice: a reason needed by neither side is still an equal term.
      return givesNotice(text);
    default:
      return false;
  }
}

/** The highest level a term can have given who holds it: a reader's right or a mutual term is never clearly unfair. */
export function levelCeiling(holder: PowerHolder): UnfairLevel {
  return holder === "provider" || holder === "none" || holder === "denied" ? 3 : 2;
}

/** The provider's powers in the sentence are all over other power categories, none over this one. */
function aboutAnotherPower(statements: readonly PowerStatement[], category: PowerTopic): boolean {
  let other = false;
  for (const s of statements) {
    if (s.actor !== "provider" && s.actor !== "unnamed") continue;
    if (s.modality !== "permission" && s.modality !== "obligation") continue;
    if (s.topics.includes(category)) return false;
    if (s.topics.some((t) => t !== category && POWER_CATEGORIES.has(t)) && s.object.length > 0) other = true;
  }
  return other;
}
