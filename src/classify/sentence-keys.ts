/**
 * The keys a sentence has besides its words: who may do what (the power analysis' `#p:` keys) and
 * which categories' definitions it states in their core wording (`#d:` keys). As features the
 * model weighs them by what the corpus annotators did; the definitions alone would not be right
 * often enough to decide (docs/decisions/0007).
 */
import { CATEGORY_CODES } from "../core/index.ts";
import { isPowerFeature, powerFeatureKeys } from "../power/index.ts";
import type { SentenceInput } from "./context.ts";
import { definitionMask } from "./definitions.ts";
import type { FeatureOptions } from "./features.ts";

const DEFINITION_KEYS = CATEGORY_CODES.map((code) => `#d:${code}`);

/** The extra keys of a sentence (duplicates kept). */
export function sentenceKeys(
  input: Pick<SentenceInput, "text" | "power" | "definitions">,
  options: FeatureOptions,
): string[] {
  const keys = input.power ? powerFeatureKeys(input.power) : [];
  if (options.definitionKeys) {
    const mask = definitionsOf(input);
    if (mask !== 0)
      CATEGORY_CODES.forEach((_, c) => (mask & (1 << c)) !== 0 && keys.push(DEFINITION_KEYS[c]!));
  }
  return keys;
}

/** The definitions a sentence states, computed once per input (the scorer and the rules both ask). */
export function definitionsOf(input: Pick<SentenceInput, "text" | "power" | "definitions">): number {
  input.definitions ??= definitionMask(input.text, input.power);
  return input.definitions;
}

/** True for the extra keys (not words a reader can be shown as evidence). */
export function isSentenceKey(key: string): boolean {
  return isPowerFeature(key) || key.startsWith("#d:");
}
