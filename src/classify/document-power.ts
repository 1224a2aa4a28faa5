/**
 * The power analysis of a document's sentences, as the classifier needs it: the parties found in
 * the document's own text, then each sentence's statements. Training, evaluation and inference all
 * go through here, so the model sees the same features in each.
 */
import type { Parties, PowerStatement } from "../core/index.ts";
import { findParties, partyMatcher, sentenceStatements } from "../power/index.ts";

export interface DocumentPower {
  parties: Parties;
  /** Per sentence, its statements (spans relative to the sentence). */
  statements: PowerStatement[][];
}

/**
 * The parties of a document and, per sentence, its power statements.
 * @param title the document's title when the source gave one (HTML `<title>`)
 * @param continues per sentence, 1 when it carries on the previous one (a list item)
 */
export function documentPower(
  texts: readonly string[],
  fullText?: string,
  title?: string,
  continues?: ArrayLike<number>,
): DocumentPower {
  const parties = findParties(fullText ?? texts.slice(0, 200).join("\n"), title);
  return { parties, statements: sentenceStatements(texts, partyMatcher(parties), continues) };
}
