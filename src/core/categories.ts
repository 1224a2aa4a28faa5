/** The nine categories of one-sided terms annotated in the corpus (Lippi et al. 2019; Galassi et al. 2024). */
export const CATEGORY_CODES = ["a", "ch", "cr", "j", "law", "ltd", "ter", "use", "pinc"] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const CATEGORY_NAMES: Record<CategoryCode, string> = {
  a: "Arbitration",
  ch: "Unilateral change",
  cr: "Content removal",
  j: "Jurisdiction",
  law: "Choice of law",
  ltd: "Limitation of liability",
  ter: "Unilateral termination",
  use: "Contract by using",
  pinc: "Privacy included",
};

/** 2 = potentially unfair, 3 = clearly unfair (the corpus' levels; level 1, fair, is never reported). */
export type UnfairLevel = 2 | 3;

export const LEVEL_NAMES: Record<UnfairLevel, string> = {
  2: "potentially unfair",
  3: "clearly unfair",
};

export function isCategoryCode(value: string): value is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(value);
}
