/**
 * The power analysis as classifier features: who acts and how, alone and crossed with the topic of
 * the action ("#p:provider:permission:ter" for "we may terminate", "#p:reader:permission:ter" for
 * "you may close your account"). A bag of n-grams cannot tell those two apart; these keys can.
 */
import type { PowerStatement } from "./types.ts";

/** The feature keys of a sentence's statements (duplicates kept: they raise the term frequency). */
export function powerFeatureKeys(statements: readonly PowerStatement[]): string[] {
  const keys: string[] = [];
  for (const statement of statements) {
    const head = `#p:${statement.actor}:${statement.modality}`;
    keys.push(head);
    for (const topic of statement.topics) keys.push(`${head}:${topic}`);
  }
  return keys;
}

/** True for the keys this module makes (they describe the sentence, not words to show as evidence). */
export function isPowerFeature(key: string): boolean {
  return key.startsWith("#p:");
}
