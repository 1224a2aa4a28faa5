/**
 * Sentences that expressly deny what a category is about. A bag of n-grams reads "our privacy
 * notice … is not part of this agreement" as the privacy policy being made part of the contract,
 * because every word of the incorporation is there; the negation is what a linear model cannot
 * weigh. Only explicit, narrow wordings are listed: none occurs in the training corpus, so the
 * evaluation figures do not move, and each one was a false finding on a fair agreement.
 */
import type { CategoryCode } from "../core/index.ts";

const DENIALS: Partial<Record<CategoryCode, RegExp>> = {
  pinc: /\bnot\s+(?:(?:form(?:s|ing)?|be(?:come)?|a)\s+)*part\s+of\s+(?:this|these|the|our)\s+(?:agreement|terms|contract)\b|\b(?:is|are)\s+not\s+incorporated\b/i,
};

/** True when the sentence expressly says the category's term does not apply. */
export function deniesCategory(category: CategoryCode, text: string): boolean {
  return DENIALS[category]?.test(text) ?? false;
}
