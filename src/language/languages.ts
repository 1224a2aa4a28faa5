/**
 * The languages Counterweight tells apart, and the ones it reads. The corpus gives English,
 * German, Italian and Polish; French (from the Open Terms Archive) is told apart so that a French
 * document is refused by name rather than read as the nearest of the four.
 */
export const DETECTED_LANGUAGES = ["en", "de", "it", "pl", "fr"] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];

/** The languages the analysis reads today: the model, the cue phrases and the report are English. */
export const READ_LANGUAGES: readonly DetectedLanguage[] = ["en"];

export const LANGUAGE_NAMES: Record<DetectedLanguage, string> = {
  en: "English",
  de: "German",
  it: "Italian",
  pl: "Polish",
  fr: "French",
};
