/**
 * The language stage: which language an agreement is in, and whether Counterweight reads it.
 * This file is the folder's only import surface; the evaluation lives in `./eval/`.
 */
export { DETECTED_LANGUAGES, LANGUAGE_NAMES, READ_LANGUAGES, type DetectedLanguage } from "./languages.ts";
export { detectLanguage, type LanguageGuess } from "./detect.ts";
export { checkReadableLanguage, REFUSE_CONFIDENCE, REFUSE_EVIDENCE } from "./readable.ts";
