/** Small text helpers every backend shares: slugs, search words and match offsets. */
import type { Span } from "../core/index.ts";

/** A URL-safe, stable slug: `Electronic Arts` → `electronic-arts`. Never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "service";
}

const MAX_TERMS = 8;

/**
 * The words of a search query, lower-cased and stripped of every operator, so user input can never
 * become query syntax. At most eight words, each at least two characters.
 */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 2))].slice(0, MAX_TERMS);
}

/** Folds case and diacritics so "Arbitraje" finds "arbitraje" and "é" finds "e", keeping string length. */
function fold(text: string): string {
  let out = "";
  for (const char of text) {
    const base = char
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    // Keep one code unit per original code unit so offsets still point into the original text.
    out +=
      base.length === char.length
        ? base
        : char.toLowerCase().length === char.length
          ? char.toLowerCase()
          : char;
  }
  return out;
}

/**
 * Where the search words occur in a passage, as offsets: every word that starts with a search term.
 * Pages build the highlight from these offsets, escaping everything, never from stored HTML.
 */
export function matchSpans(text: string, terms: readonly string[]): Span[] {
  if (terms.length === 0) return [];
  const folded = fold(text);
  const spans: Span[] = [];
  for (const word of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    if (terms.some((t) => word[0].startsWith(fold(t)))) spans.push({ start, end: start + word[0].length });
  }
  return spans;
}
