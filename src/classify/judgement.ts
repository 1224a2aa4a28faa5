/**
 * The rules a sentence's score passes through before it is a finding, in one place, so that the
 * scorer and the training's inner cross-validation judge alike:
 *
 * - a veto: the sentence expressly denies the term (denials), does not speak of the category's
 *   subject at all (its topic words), or gives the power to the reader or to both on equal terms
 *   (the power rule);
 * - a definition: the sentence states the term in the definition's core wording, which makes it a
 *   finding whatever its score.
 */
import { CATEGORY_CODES, type CategoryCode } from "../core/index.ts";
import type { SentenceInput } from "./context.ts";
import { mentionsTopic } from "./definitions.ts";
import { definitionsOf } from "./sentence-keys.ts";
import { deniesCategory } from "./denials.ts";
import type { DecisionRules } from "./model.ts";
import { powerRuleVetoes } from "./power-rule.ts";

export interface RuleVerdict {
  vetoed: boolean;
  defined: boolean;
}

const NEITHER: RuleVerdict = Object.freeze({ vetoed: false, defined: false });

/** What the rules say of one sentence in one category. */
export function ruleVerdict(category: CategoryCode, item: SentenceInput, rules: DecisionRules): RuleVerdict {
  const text = item.text;
  if (deniesCategory(category, text)) return { vetoed: true, defined: false };
  if (rules.topicWords && !mentionsTopic(category, text)) return { vetoed: true, defined: false };
  if (rules.powerRule && powerRuleVetoes(category, text, item.power)) return { vetoed: true, defined: false };
  if (rules.definitions && (definitionsOf(item) & (1 << CATEGORY_CODES.indexOf(category))) !== 0)
    return { vetoed: false, defined: true };
  return NEITHER;
}
