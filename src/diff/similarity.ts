/**
 * Text keys and similarity for aligning clauses. The key decides "unchanged" (same text once
 * numbering, spacing and typographic quotes are ignored, so a renumbered section still matches);
 * the similarity decides "edited" (a Dice coefficient over words and word pairs).
 */

/** A clause reduced to what alignment compares. */
export interface ClauseFeatures {
  /** Normalised text: equal keys mean unchanged text. */
  key: string;
  /** Lower-cased words and numbers, in order. */
  tokens: string[];
  unigrams: Set<string>;
  bigrams: Set<string>;
}

/** Leading section numbers and list markers: "12.", "3.2", "(a)", "iv)", "§ 4". */
const LEADING_NUMBERING = /^\s*(?:§\s*)?(?:\(?(?:\d+(?:\.\d+)*|[ivxlcdm]+|[a-z])[.)]|\d+(?:\.\d+)+)\s+/i;
const WORD = /[\p{L}\p{N}]+/gu;

/** The text as compared for equality: no numbering, single spaces, straight quotes and hyphens. */
export function clauseKey(text: string): string {
  return text
    .replace(LEADING_NUMBERING, "")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function clauseFeatures(text: string): ClauseFeatures {
  const key = clauseKey(text);
  const tokens = key.toLowerCase().match(WORD) ?? [];
  const bigrams = new Set<string>();
  for (let i = 1; i < tokens.length; i++) bigrams.add(`${tokens[i - 1]} ${tokens[i]}`);
  return { key, tokens, unigrams: new Set(tokens), bigrams };
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Similarity 0..1 of two clauses: the mean of the Dice coefficients over words and over word
 * pairs, so that both the vocabulary and the word order count. One-word clauses use words only.
 */
export function similarity(a: ClauseFeatures, b: ClauseFeatures): number {
  if (a.key === b.key) return 1;
  const words = dice(a.unigrams, b.unigrams);
  const value =
    a.bigrams.size === 0 || b.bigrams.size === 0 ? words : (words + dice(a.bigrams, b.bigrams)) / 2;
  // Different texts never score 1 (a change in punctuation alone keeps every word).
  return Math.min(value, 0.999);
}
