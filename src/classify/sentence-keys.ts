/**
 * The keys a sentence has besides its words: who may do what (the power analysis' `#p:` keys) and
 * which categories' definitions it states in their core wording (`#d:` keys). As features the
 * model weighs them by what the corpus annotators did; the definitions alone would not be right
 * often enough to decide (docs/decisions/0007).
 */
import { CATEGORY_CODES } from "../core/index.ts";
import { isPowerFeature, powerFeatureKeys } from "../power/index.ts";
import type { SentenceInput } from "./context.ts";
import { statesDefinition } from "./definitions.ts";
import type { FeatureOptions } from "./features.ts";

const DEFINITION_KEYS = CATEGORY_CODES.map((code) => `#d:${code}`);

/** The extra keys of a sentence (duplicates kept). */
export function sentenceKeys(
  input: Pick<SentenceInput, "text" | "power">,
  options: FeatureOptions,
): string[] {
  const keys = input.power ? powerFeatureKeys(input.power) : [];
  if (options.definitionKeys) {
    CATEGORY_CODES.forEach((code, c) => {
      if (statesDefinition(code, input.text, input.power)) keys.push(DEFINITION_KEYS[c]!);
    });
  }
  return keys;
}

/** True for the extra keys (not words a reader can be shown as evidence). */
export function isSentenceKey(key: string): boolean {
  return isPowerFeature(key) || key.startsWith("#d:");
}
