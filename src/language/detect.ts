/**
 * Which language a text is in: a naive Bayes reading of its character n-grams against each
 * language's profile, with the posterior of the best language as its confidence.
 */
import { DETECTED_LANGUAGES, type DetectedLanguage } from "./languages.ts";
import { forEachNgram } from "./ngrams.ts";
import { loadProfiles, type LanguageProfiles } from "./profiles.ts";

export interface LanguageGuess {
  /** `und` (undetermined) when most of the text's n-grams are unknown to every profile: another script or language. */
  language: DetectedLanguage | "und";
  /** Posterior probability of `language` (0..1); low for short or mixed text. */
  confidence: number;
  /** How many n-grams the guess rests on. */
  evidence: number;
}

/**
 * Each n-gram's vote is damped so that a long text does not make every guess certain: the
 * posterior is computed as if the n-grams were this many times fewer (they are far from
 * independent: "the" also counts "th", "he", "t", "h", "e").
 */
const DEPENDENCE = 6;

/** Below this share of n-grams known to the best profile, the text is in none of the languages. */
const MIN_COVERAGE = 0.5;

/** The language of the text, or undefined when it has no letters. */
export function detectLanguage(
  text: string,
  profiles: LanguageProfiles = loadProfiles(),
): LanguageGuess | undefined {
  const scores = new Map<DetectedLanguage, number>(DETECTED_LANGUAGES.map((l) => [l, 0]));
  let evidence = 0;
  const known = new Map<DetectedLanguage, number>(DETECTED_LANGUAGES.map((l) => [l, 0]));
  forEachNgram(text, (gram) => {
    evidence++;
    for (const language of DETECTED_LANGUAGES)
      if (profiles.languages[language].grams[gram] !== undefined)
        known.set(language, known.get(language)! + 1);
    for (const language of DETECTED_LANGUAGES) {
      const profile = profiles.languages[language];
      scores.set(language, scores.get(language)! + (profile.grams[gram] ?? profile.unseen));
    }
  });
  if (evidence === 0) return undefined;
  let best: DetectedLanguage = "en";
  for (const language of DETECTED_LANGUAGES) if (scores.get(language)! > scores.get(best)!) best = language;
  let total = 0;
  for (const language of DETECTED_LANGUAGES)
    total += Math.exp((scores.get(language)! - scores.get(best)!) / DEPENDENCE);
  const confidence = Math.round((1 / total) * 1000) / 1000;
  if (known.get(best)! / evidence < MIN_COVERAGE) return { language: "und", confidence, evidence };
  return { language: best, confidence, evidence };
}
