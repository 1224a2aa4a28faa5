/**
 * English cue phrases for the circumstances that make a power one-sided or balanced: notice given
 * or withheld, and a decision that needs no reason. The power rule (is a mutual term on equal
 * terms with notice?) and the assessment's circumstances read the same patterns.
 */

/** A notice period or advance notice: "30 days' notice", "reasonable notice", "in advance". */
export const NOTICE_PERIOD =
  /\b(\d+|one|two|three|four|five|seven|ten|fourteen|fifteen|thirty|sixty|ninety)\s*(\(\d+\)\s*)?(calendar\s+|business\s+)?(days?|weeks?|months?)['’]?\s*(prior\s+|advance\s+|written\s+)?notice|\b(reasonable|advance|prior)\s+(written\s+)?notice\b|\bin advance\b|\b(upon|on|after|by giving|giving|with)\s+(\w+\s+)?(written\s+)?notice\b/i;

/** Notice withheld: "without notice", "with or without notice", "no prior warning". */
export const WITHOUT_NOTICE =
  /\b(without|with or without|no)\s+(prior\s+|advance\s+|further\s+)?(notice|warning|notification)\b|\bwithout (first )?(telling|informing|notifying|warning|contacting) you\b/i;

/** No reason needed: "for any reason", "without cause", "at our sole discretion". */
export const ANY_REASON =
  /\bfor any (reason|cause)\b|\bfor no reason\b|\bwithout (any )?(reason|cause)\b|\bwith or without cause\b|\b(sole|absolute|own|complete) discretion\b|\bwithout (giving|stating|providing|any) (a |any )?(reason|explanation|justification)\b|\b(do|does|need|shall|will) not (have to|need to|be required to|be obliged to) (explain|give (you )?(a |any )?reasons?|justify|state (a |any )?reasons?)\b/i;

/** True when the sentence gives notice in advance and does not also withhold it. */
export function givesNotice(text: string): boolean {
  return NOTICE_PERIOD.test(text) && !WITHOUT_NOTICE.test(text);
}

/** True when the sentence says something one-sided about a power: no reason needed, or no notice. */
export function soundsOneSided(text: string): boolean {
  return ANY_REASON.test(text) || WITHOUT_NOTICE.test(text);
}

/** A stated ground: a breach of the terms, abuse, infringement, inactivity, a good reason. */
export const STATED_BREACH =
  /\b(breach\w*|violat\w*|infring\w*|(do not|don't|fail\w* to|not) comply|non-?compliance|abus\w*|misus\w*|in contravention|(justified|good) (reason|cause)|inactiv\w*|dormant)\b/i;

/** A ground in the law: illegal content or conduct, a court order, what the law requires. */
export const ILLEGAL_CONTENT =
  /\b(illegal|unlawful|fraud\w*|court order|law enforcement|required by law|comply with (applicable )?law)\b/i;

/** Content lost for good: deleted permanently, no duty to keep or return it. */
export const NO_RETRIEVAL =
  /\b(permanently delete\w*|no obligation to (store|retain|return|keep)|not be able to (retrieve|recover|access)|without (any )?liability|cannot be (recovered|restored|retrieved|undone)|irretrievabl\w*|(permanently|forever|irreversibly) (lost|erased|removed)|(unable|not able) to (recover|restore|retrieve)|no (way|means) to (recover|restore|retrieve))\b/i;

/** Serious fault or harm to a person: gross negligence, wilful misconduct, intent, death, injury. */
export const SERIOUS_FAULT =
  /\bgross(ly)? negligen\w*|\bwil+ful (misconduct|default)|\bintentional\b|\bdeath\b|\bpersonal injury\b|\bbodily injur\w*|\bphysical (injur\w*|harm)\b|\binjur(y|ies)\b/i;

/** The same, kept out of the exclusion: "except for gross negligence", "nothing limits … death". */
export const SERIOUS_FAULT_CARVE_OUT =
  /\b(except|excluding|other than|save|unless|do(es)? not (apply|limit|exclude)|unlimited liability|liable only|(?<!not )limited to|nothing in (these|this)\b[^.]{0,40}\b(limits?|excludes?|affects?))\b[^.]{0,160}\b(gross(ly)? negligen|wil+ful|intent|deliberate|fraud|death|personal injury)/i;

/** The reader can opt out of arbitration. */
export const OPT_OUT = /\bopt[- ]?out\b/i;

/** Small claims stay with a small-claims court. */
export const SMALL_CLAIMS = /\bsmall[- ]claims?\b/i;

/** Only as far as the law allows: "unless prohibited by law", "to the extent permitted by law". */
export const UNLESS_PROHIBITED =
  /\b(unless|except (where|as)|to the extent)\b[^.]{0,40}\b(prohibited|not permitted|required|permitted)\b[^.]{0,20}\blaw\b/i;
