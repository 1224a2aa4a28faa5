/**
 * The categories' definitions as the judgement reads them (docs/behaviour.md, after Lippi et al.
 * 2019): what a sentence must be about to be a finding of a category at all (its topic words: the
 * model's neighbours and heading may raise a score, never supply the subject), and the core
 * wordings that are a finding whatever the score, because they are the definition itself ("we may
 * terminate your account", "these terms are governed by the laws of Delaware", "by using the
 * service you agree to these terms"). The core wordings are literal and few; the power analysis
 * says who holds the power, so a reader's right never matches. Their precision on the corpus
 * training documents becomes the probability a finding they make reports (docs/decisions/0007).
 */
import {
  CATEGORY_CODES,
  WordStarts,
  wordsPattern,
  type CategoryCode,
  type PowerStatement,
} from "../core/index.ts";
import { isHeadingLike } from "./context.ts";

/** The words a sentence of the category speaks of, at least one of which it must contain. */
const TOPIC: Record<CategoryCode, RegExp> = {
  a: /arbitra/i,
  ch: /\b(chang|modif|amend|revis|updat|alter|vary|varies|varied|adjust|replac|increas|rais|reduc|new version|discontinu|add|remov|withdraw|cease|stop)/i,
  cr: /\b(remov|delet|disabl|block|refus|reject|edit|filter|screen|moderat|hid|take down|taken down|unpublish|delist|purg|eras|withh[oe]ld|withdraw|content|material|post|upload|listing|review|photo|video|file)/i,
  j: /\b(court|tribunal|jurisdiction|venue|forum|proceeding|litigat|lawsuit|sue|sued|suit|judicial|judge)/i,
  law: /\b(law|laws|governed|governing|legislation|statute|legal system|code civil|bgb)\b/i,
  ltd: /\b(liab|responsib|damage|loss|losses|warrant|guarantee|as is|as available|indemn|compensat|harm|injur|claim|risk|fault|negligen|remed|recover|refund|accurate|accuracy|errors?|interrupt|availab|defect)/i,
  ter: /\b(terminat|suspen|deactivat|disabl|cancel|clos|end|ban|block|delet|remov|discontinu|revok|restrict|access|account|expir|expel|exclu|bar)/i,
  use: /\b(use|uses|used|using|usage|access|visit|brows|download|install|regist|continu|open|sign|creat|click|log|play|enter|view|listing|placing|carrying on)/i,
  pinc: /\b(privacy|personal (data|information)|data protection|data policy|cookie)/i,
};

/** True when the sentence speaks of the category's subject at all. */
export function mentionsTopic(category: CategoryCode, text: string): boolean {
  return TOPIC[category].test(text);
}

const ARBITRATION =
  /\b(?<!being )(settled|resolved|decided|determined|submitted|referred|heard|handled|brought|conducted)\b(?! pursuant)[^.;]{0,40}\b(exclusively |only |finally |solely )?(by|to|through|in|under)\s+(an? |the )?(final,? (and )?)?(binding,? )?(individual |confidential )?arbitration\b|\bbinding arbitration\b|\b(must|shall|will|agree to)\s+(be\s+)?(resolve|submit|arbitrate|settle)\w*\b[^.;]{0,60}\barbitration\b|\barbitrat\w+\b[^.;]{0,60}\b(instead of|rather than|and not (in|by|before))\b[^.;]{0,20}\b(court|judge|jury)/i;
const ARBITRATION_CHOICE_OF_READER =
  /\b(you|the consumer|the customer)\b[^.;]{0,30}\b(may|can)\s+(choose|elect|opt|decide)\b[^.;]{0,60}\barbitration\b/i;

const GOVERNING_LAW =
  /\b(governed by|subject to|construed (in accordance with|under)|interpreted (in accordance with|under))\b[^.;]{0,40}\b(the )?(substantive )?laws? of\b|\b(governed by|subject to|construed (in accordance with|under)|interpreted (in accordance with|under)|in accordance with)\s+([A-Z][\w.]*\s+){1,3}law\b|\b([A-Z][a-z]+|English|German|French|Irish|Swiss|Dutch|Swedish|Finnish|Italian|Spanish|Polish|Luxembourg|Delaware|California|New York)\s+law\s+(applies|governs|shall apply|will apply|shall govern|will govern|is applicable)\b|\b(the )?(substantive |applicable )?laws? of (the )?([A-Z][\w.]*\s+(of\s+)?){1,5}(shall |will )?(exclusively )?(govern|apply|applies)\b/;
const EXCLUSIVE_FORUM =
  /\bexclusive(ly)?\b[^.;]{0,40}\b(jurisdiction|venue|forum|courts?)\b|\b(jurisdiction|venue|courts?)\b[^.;]{0,40}\bexclusive\b|\b(submit|consent|agree)\w*\b[^.;]{0,40}\b(personal )?(jurisdiction|venue)\b[^.;]{0,40}\bcourts? (of|in|located)\b|\b(brought|filed|litigated|heard|resolved|commenced)\b[^.;]{0,30}\b(only|exclusively|solely)\b[^.;]{0,30}\bcourts?\b|\b(must|shall|will|may only|can only)\s+be\s+(brought|filed|litigated|heard|commenced)\s+(before|in|at)\s+the\s+(competent\s+|appropriate\s+)?courts?\s+(of|in|located)\b/i;

const CONTRACT_BY_USE =
  /\bby\s+([\w ,]{0,60}\b)?(using|accessing|visiting|browsing|downloading|installing|registering|opening|continuing to use|signing up|listing|placing)\b[^.;]{0,140}\b(you|users?)\b[^.;]{0,30}\b(agree|accept|consent|are agreeing|are bound|acknowledge that you accept)\b(?=[^.;]{0,40}\b(terms|agreement|conditions|eula|rules)\b)|\b(your )?(use|using|access(ing)?|visit(ing)?|download(ing)?|install(ing)?|open(ing)?|brows(e|ing)|carrying on using|continu(ed|ing) (use|to use)|continued access)\b[^.;]{0,80}\b(constitutes?|means?|signif(y|ies)|indicates?|amounts? to|(will |shall )?(be )?(treated|deemed|considered|taken) as|is deemed)\b[^.;]{0,40}\b(acceptance|your agreement|agree|accept|consent)\b(?=[^.;]{0,40}\b(terms|agreement|conditions|changes|them|it)\b|["”’')]*\s*[.;]?\s*$)|\b(accept|agree to|are bound by)\s+(these|the|this|our)\s+(terms|agreement|conditions)\b[^.;]{0,30}\b(when|once|whenever|as soon as|upon)\b[^.;]{0,60}\b(visit|use|using|access|brows|download|install|open)|\b(counts?|constitutes?|amounts? to)\s+(as\s+)?(your\s+)?acceptance\b[^.;]{0,60}\b(open(ing)?|brows(e|ing)|us(e|ing)|visit(ing)?|access(ing)?|download(ing)?|install(ing)?)\b/i;

const PRIVACY_INCORPORATED =
  /\b(privacy (policy|notice|statement)|data (protection|privacy) (policy|notice|statement)|cookie (policy|notice)|data policy)\b[^.;]{0,80}\b(is |are )?(incorporated|forms? (an )?(integral )?part of|(is|are) (an )?(integral )?part of|(is|are) included in)\b|\b(incorporat\w+|includ\w+)\b[^.;]{0,40}\b(privacy (policy|notice)|data (protection|privacy) (policy|notice)|cookie (policy|notice))\b[^.;]{0,30}\bby reference\b|\bby (accepting|agreeing to|using)\b[^.;]{0,80}\byou (also )?(agree|consent) to\b[^.;]{0,40}\b(privacy (policy|notice)|data (protection|privacy) (policy|notice)|cookie (policy|notice)|the processing)/i;

const LIABILITY_EXCLUDED =
  /\b(not|never|no (event|circumstances) shall|no (event|circumstances) will)\b[^.;]{0,40}\b(be )?(held )?(liable|responsible)\b|\bin no event\b[^.;]{0,80}\b(liable|liability|responsible)\b|\b(total|aggregate|maximum|entire)\s+liability\b[^.;]{0,80}\b(not exceed|limited to|shall be limited|will be limited|capped)\b|\b(disclaim|exclude)s?\b[^.;]{0,30}\b(all )?(liability|warranties)\b|\b(provided|offered|available)\b[^.;]{0,20}\b(on an? )?["“”']?as is["“”']?|\bwithout (any )?warrant(y|ies)\b|\bno (warranty|warranties|guarantee)\b/i;

/** Power categories: the provider (named, "we", implied) holds the power over the category's objects. */
function providerHolds(statements: readonly PowerStatement[], topic: "ter" | "ch" | "cr"): boolean {
  return statements.some(
    (s) =>
      (s.actor === "provider" || s.actor === "unnamed") &&
      (s.modality === "permission" || s.modality === "obligation") &&
      s.topics.length > 0 &&
      s.topics.every((t) => t !== "ltd") &&
      s.topics.includes(topic) &&
      (topic === "ch" || s.object.length > 0),
  );
}

/**
 * Words one of which a sentence must contain for a category's core wording to be possible: a
 * cheap test that spares the long patterns on most sentences.
 */
const TRIGGER: Partial<Record<CategoryCode, readonly string[]>> = {
  a: ["arbitra"],
  law: [
    "govern",
    "construed",
    "interpreted",
    "law appl",
    "law shall",
    "law will",
    "law is appl",
    "laws of",
    "law of",
    "subject to",
  ],
  j: ["court", "jurisdiction", "venue"],
  use: [
    "accept",
    "agree to",
    "bound by",
    "by using",
    "by accessing",
    "by visiting",
    "by browsing",
    "by download",
    "by install",
    "by regist",
    "by open",
    "by continu",
    "by sign",
    "by list",
    "by plac",
    "constitut",
    "mean",
    "signif",
    "indicat",
    "amount",
    "treated",
    "deemed",
    "considered",
    "taken as",
  ],
  pinc: ["privacy", "cookie", "data protection", "data policy"],
  ltd: ["liab", "responsib", "warrant", "as is", "guarantee"],
};

/** Any trigger word of any category: most sentences have none, and need no pattern at all. */
const ANY_TRIGGER = new RegExp(wordsPattern(Object.values(TRIGGER).flat()), "gi");

/** Per trigger word, the categories (bits) it opens. */
const TRIGGER_BITS = new Map<string, number>();
CATEGORY_CODES.forEach((code, c) => {
  for (const word of TRIGGER[code] ?? []) TRIGGER_BITS.set(word, (TRIGGER_BITS.get(word) ?? 0) | (1 << c));
});

/** Where a trigger word can start (every one has four characters or more). */
const TRIGGER_STARTS = new WordStarts(TRIGGER_BITS.keys());

/** `ANY_TRIGGER` tried at one position only. */
const TRIGGER_AT = new RegExp(ANY_TRIGGER.source, "iy");

/**
 * The categories whose trigger words the sentence holds: what a global exec loop of
 * `ANY_TRIGGER` finds (leftmost matches, each search after the last match), with the pattern
 * tried only where a trigger word can start: most positions of most sentences are none, and the
 * pattern tried at each cost more than the rest of the definitions.
 */
function triggeredMask(text: string): number {
  let mask = 0;
  for (let p = TRIGGER_STARTS.next(text, 0); p >= 0;) {
    TRIGGER_AT.lastIndex = p;
    const match = TRIGGER_AT.exec(text);
    if (match === null) p = TRIGGER_STARTS.next(text, p + 1);
    else {
      mask |= TRIGGER_BITS.get(match[0].toLowerCase()) ?? 0;
      p = TRIGGER_STARTS.next(text, p + match[0].length);
    }
  }
  return mask;
}

function triggered(category: CategoryCode, lower: string): boolean {
  const words = TRIGGER[category];
  if (words === undefined) return true;
  for (let k = 0; k < words.length; k++) if (lower.includes(words[k]!)) return true;
  return false;
}

/** The categories (bit c for `CATEGORY_CODES[c]`) whose core wording a sentence states. */
export function definitionMask(text: string, statements: readonly PowerStatement[] | undefined): number {
  let mask = 0;
  const words = triggeredMask(text);
  const power = statements ?? [];
  // Most sentences open no category: the heading test only once one does, and once per sentence.
  let heading: boolean | undefined;
  for (let c = 0; c < CATEGORY_CODES.length; c++) {
    const code = CATEGORY_CODES[c]!;
    const open = TRIGGER[code] === undefined ? power.length > 0 : (words & (1 << c)) !== 0;
    if (!open || !powerAllows(code, power)) continue;
    heading ??= isTitle(text);
    if (!heading && wordingStated(code, text, power)) mask |= 1 << c;
  }
  return mask;
}

/**
 * True when the sentence states the category's term in the definition's own core wording.
 * Vetoes (the power rule, denials, topic words) still apply after this.
 */
export function statesDefinition(
  category: CategoryCode,
  text: string,
  statements: readonly PowerStatement[] | undefined,
): boolean {
  if (!triggered(category, text.toLowerCase())) return false;
  const power = statements ?? [];
  return powerAllows(category, power) && !isTitle(text) && wordingStated(category, text, power);
}

/** A power category's wording needs the provider to hold the power; the others need nothing. */
function powerAllows(category: CategoryCode, power: readonly PowerStatement[]): boolean {
  return !(category === "ter" || category === "ch" || category === "cr") || providerHolds(power, category);
}

/**
 * A heading names a section; the clause is in the sentences under it. (An ALL-CAPS sentence that
 * ends with a full stop is a clause, not a heading.)
 */
function isTitle(text: string): boolean {
  return isHeadingLike(text) && !/[.;!?]["'”’)]?\s*$/.test(text);
}

/** The category's core wording, once the sentence holds a trigger word and is not a title. */
function wordingStated(category: CategoryCode, text: string, power: readonly PowerStatement[]): boolean {
  switch (category) {
    case "ter":
    case "ch":
    case "cr":
      return providerHolds(power, category);
    case "a":
      return ARBITRATION.test(text) && !ARBITRATION_CHOICE_OF_READER.test(text);
    case "law":
      return GOVERNING_LAW.test(text);
    case "j":
      return EXCLUSIVE_FORUM.test(text);
    case "use":
      return CONTRACT_BY_USE.test(text);
    case "pinc":
      return PRIVACY_INCORPORATED.test(text);
    case "ltd":
      return LIABILITY_EXCLUDED.test(text);
  }
}
