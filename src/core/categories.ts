/** The nine categories of one-sided terms annotated in the corpus (Lippi et al. 2019; Galassi et al. 2024). */
export const CATEGORY_CODES = ["a", "ch", "cr", "j", "law", "ltd", "ter", "use", "pinc"] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/**
 * Categories beyond the corpus' nine, found by their definitions' wordings rather than by the
 * model (there is no expert corpus for them): access to justice, indemnities, licences, and what
 * decides a small partner's living (money terms, withheld pay, automated decisions, exclusivity).
 */
export const BEYOND_CODES = ["cw", "ind", "lic", "pay", "hold", "auto", "excl"] as const;
export type BeyondCode = (typeof BEYOND_CODES)[number];

/** Every category a finding can have: the corpus' nine, then those beyond them. */
export const FINDING_CATEGORIES = [...CATEGORY_CODES, ...BEYOND_CODES] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<FindingCategory, string> = {
  a: "Arbitration",
  ch: "Unilateral change",
  cr: "Content removal",
  j: "Jurisdiction",
  law: "Choice of law",
  ltd: "Limitation of liability",
  ter: "Unilateral termination",
  use: "Contract by using",
  pinc: "Privacy included",
  cw: "Class-action and jury waiver",
  ind: "One-sided indemnity",
  lic: "Broad licence of your content",
  pay: "Unilateral change of money terms",
  hold: "Withholding, set-off or clawback",
  auto: "Automated or rating-based decisions without review",
  excl: "Restraint on dealing elsewhere",
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

export function isFindingCategory(value: string): value is FindingCategory {
  return (FINDING_CATEGORIES as readonly string[]).includes(value);
}
