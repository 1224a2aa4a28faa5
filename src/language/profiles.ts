/**
 * Language profiles: for each language the log-probability of its most frequent n-grams, and the
 * log-probability of any other n-gram. Built by `npm run build:languages` from the corpus'
 * sentences (English, German, Italian, Polish; CC BY 4.0, Galassi et al. 2024) and the Open Terms
 * Archive's French agreements (ODC-BY 1.0), committed as `profiles.json`.
 */
import { readFileSync } from "node:fs";
import { CounterweightError } from "../core/index.ts";
import { DETECTED_LANGUAGES, type DetectedLanguage } from "./languages.ts";
import { countNgrams } from "./ngrams.ts";

export const PROFILES_FORMAT = "counterweight-language-profiles";
export const PROFILES_VERSION = 1;

/** N-grams kept per language: enough for two sentences, small enough to commit. */
export const PROFILE_SIZE = 3000;

export interface LanguageProfiles {
  format: typeof PROFILES_FORMAT;
  version: number;
  languages: Record<DetectedLanguage, { unseen: number; grams: Record<string, number> }>;
}

/** Builds the profiles from each language's texts (add-half smoothing over each language's n-grams). */
export function buildProfiles(texts: Record<DetectedLanguage, Iterable<string>>): LanguageProfiles {
  const languages = {} as LanguageProfiles["languages"];
  for (const language of DETECTED_LANGUAGES) {
    const counts = countNgrams(texts[language]);
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const denominator = total + 0.5 * counts.size;
    const kept = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, PROFILE_SIZE);
    const grams: Record<string, number> = {};
    for (const [gram, n] of kept) grams[gram] = round(Math.log((n + 0.5) / denominator));
    // Anything outside the kept list is at most as likely as the rarest kept n-gram.
    const rarest = kept.length > 0 ? kept[kept.length - 1]![1] : 0;
    languages[language] = { unseen: round(Math.log((rarest + 0.5) / denominator) - 1), grams };
  }
  return { format: PROFILES_FORMAT, version: PROFILES_VERSION, languages };
}

const round = (value: number) => Math.round(value * 100) / 100;

let cached: LanguageProfiles | undefined;

/**
 * The committed profiles.
 * @throws CounterweightError `MODEL_MISMATCH` when the file has another format or version.
 */
export function loadProfiles(): LanguageProfiles {
  if (cached) return cached;
  const url = new URL("./profiles.json", import.meta.url);
  const file = JSON.parse(readFileSync(url, "utf8")) as LanguageProfiles;
  if (file.format !== PROFILES_FORMAT || file.version !== PROFILES_VERSION) {
    throw new CounterweightError(
      "MODEL_MISMATCH",
      `language profiles: expected ${PROFILES_FORMAT} v${PROFILES_VERSION}; rebuild them with npm run build:languages`,
      { userFault: false },
    );
  }
  cached = file;
  return file;
}
