/**
 * Whether Counterweight reads the agreement's language: a document confidently in another
 * language is refused with one line, not given a grade the English model cannot back.
 */
import { inputError } from "../core/index.ts";
import { detectLanguage, type LanguageGuess } from "./detect.ts";
import { LANGUAGE_NAMES, READ_LANGUAGES } from "./languages.ts";

/** Refuse only when the guess is this sure… */
export const REFUSE_CONFIDENCE = 0.9;
/** …and rests on at least this many n-grams (about forty words): a short text stays English. */
export const REFUSE_EVIDENCE = 600;

/**
 * The document's language guess, after checking that Counterweight reads it.
 * @throws CounterweightError `UNSUPPORTED_LANGUAGE` (the user's input) for a confident guess of a
 *   language it does not read.
 */
export function checkReadableLanguage(name: string, text: string): LanguageGuess | undefined {
  const guess = detectLanguage(text);
  if (guess && guess.language === "und" && guess.evidence >= REFUSE_EVIDENCE) {
    throw inputError(
      "UNSUPPORTED_LANGUAGE",
      name,
      "this agreement is in a language Counterweight does not recognise; it reads English only for now: analyse an English version of it",
    );
  }
  if (
    guess &&
    guess.language !== "und" &&
    !READ_LANGUAGES.includes(guess.language) &&
    guess.confidence >= REFUSE_CONFIDENCE &&
    guess.evidence >= REFUSE_EVIDENCE
  ) {
    throw inputError(
      "UNSUPPORTED_LANGUAGE",
      name,
      `this agreement is in ${LANGUAGE_NAMES[guess.language]} (${guess.language}, confidence ${guess.confidence}); Counterweight reads English only for now: analyse an English version of it`,
    );
  }
  return guess;
}
