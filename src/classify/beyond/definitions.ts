/**
 * Categories beyond the corpus' nine, read from their definitions: there is no expert-annotated
 * corpus for them, so each is a literal reading of what a sentence must say to belong (and what
 * takes it out), written from the definition first and checked against ToS;DR's quotes of other
 * services (`docs/decisions/0008-beyond-the-corpus.md`).
 *
 * - `cw` class-action and jury waiver: the weaker party gives up joining a class, collective,
 *   consolidated or representative action, or a jury trial (not: a clause that only describes
 *   arbitration).
 * - `ind` one-sided indemnity: the weaker party indemnifies, defends, holds harmless or compensates
 *   the provider (not: a mutual indemnity, or the provider indemnifying the reader).
 * - `lic` broad licence: a perpetual, irrevocable, sublicensable, transferable, worldwide or
 *   royalty-free licence of the reader's content, or a waiver of moral rights (not: a licence
 *   limited to running the service that ends when the content is deleted).
 */

export const BEYOND_CODES = ["cw", "ind", "lic"] as const;
export type BeyondCode = (typeof BEYOND_CODES)[number];

/** Up to this many characters of one clause between the parts of a wording (no sentence end). */
const GAP = "[^.;]{0,80}";

/** What a class, collective, consolidated or representative action, or a jury trial, is called. */
const GROUP_ACTION =
  "(class(?:[- ]wide)?|collective|consolidated|representative|mass)\\s+(actions?|arbitrations?|proceedings?|claims?|suits?|lawsuits?|litigation|basis|capacity|members?|representatives?|relief)|class\\s+or\\s+(collective|representative|consolidated)|consolidation\\s+with\\b|(trial\\s+by\\s+(a\\s+)?jury|jury\\s+trials?)";

const CLASS_WAIVER = new RegExp(
  [
    // "you waive the right to a trial by jury or to participate in a class action"
    `\\b(waiv\\w*|give up|gives up|forgo\\w*|forego\\w*|relinquish\\w*|surrender\\w*)\\b${GAP}\\b(${GROUP_ACTION})`,
    // "class action waiver", "jury trial waiver", "class actions are not permitted"
    `\\b(${GROUP_ACTION})\\b[^.;]{0,60}\\b(waive[rsd]?|(are|is|will be|shall be)\\s+(not\\s+(permitted|allowed|available)|prohibited|barred|excluded|waived))\\b`,
    // "only on an individual basis and not as a plaintiff or class member", "… rather than jury trials"
    `\\bindividual\\s+(basis|capacity)\\b[^.;]{0,120}\\b(not|never|rather than|instead of)\\b[^.;]{0,60}\\b(${GROUP_ACTION}|plaintiff)`,
    // "you agree not to participate in any class action", "may not consolidate … claims"
    `\\b(not|never|cannot|can't|won't)\\s+(\\w+\\s+){0,2}(bring|join|participate|commence|maintain|pursue|consolidate|preside|proceed|act|serve)\\w*\\b${GAP}\\b(${GROUP_ACTION})`,
    // "No class actions."
    `\\bno\\s+(class|collective|representative)\\s+(or\\s+\\w+\\s+)?(actions?|arbitrations?|proceedings?)\\b`,
  ].join("|"),
  "i",
);

/** A clause that only lets the reader keep the group action: nothing given up. */
const GROUP_ACTION_KEPT =
  /\b(nothing|does not|do not|shall not|will not)\b[^.;]{0,60}\b(prevent|preclude|limit|restrict|affect)\w*\b[^.;]{0,60}\b(class|collective|representative|jury)\b/i;

/** The weaker party as the one who acts: the reader, or a partner named by role. */
const READER =
  "\\b(you|user|users|customer|customers|member|members|licensee|developer|developers|seller|sellers|merchant|merchants|partner|partners|creator|creators|driver|drivers|subscriber|subscribers|client|advertiser|advertisers|publisher|publishers|vendor|vendors|supplier|suppliers|contractor|host|hosts|account holder)\\b";

const INDEMNITY_VERB =
  "\\b(indemnif\\w*|hold\\b[^.;]{0,160}\\bharmless|defend\\b[^.;]{0,40}\\b(indemnif\\w*|hold))";
/** "Customer will reimburse Acme for … costs": the reader its direct subject. */
const REIMBURSES = `${READER}\\s+(agrees?\\s+to|will|shall|must|undertakes?\\s+to)\\s+(promptly\\s+|fully\\s+)?(reimburse|compensate)\\b[^.;]{0,80}\\b(claims?|loss(es)?|costs?|fines?|penalt\\w+|damages?|liabilit\\w+|expenses?|fees)`;

/**
 * The reader, then within the same clause and with no "we"/"us" acting in between, the indemnity
 * ("you agree to defend, indemnify and hold harmless Acme"), or the reader's own indemnity.
 */
const READER_INDEMNIFIES = new RegExp(
  `${READER}((?!\\b(we|us)\\b)[^.;]){0,100}?${INDEMNITY_VERB}|${REIMBURSES}|\\byour\\s+(indemnification|indemnity)\\s+(obligations?|duties|duty)\\b`,
  "i",
);

/**
 * A role word that ends a name ("National Geographic Partners", "Acme Publishers") is the
 * provider, not the reader: such names are cut to their first words before the reader is looked
 * for. (Title case only; "The User", "THE CUSTOMER" stay.)
 */
const NAME_WITH_ROLE =
  /\b(?!(?:The|This|That|These|Each|Any|An?|Such|Our|Your|All|Every|No|If|When|Where|Our)\b)([A-Z][a-z][\w&'’.-]*)\s+(Partners?|Members?|Publishers?|Developers?|Creators?|Sellers?|Merchants?|Drivers?|Customers?|Clients?|Users?|Advertisers?|Vendors?|Suppliers?|Hosts?)\b/g;

/** Indemnities both parties give, or that the provider gives the reader. */
const MUTUAL_INDEMNITY =
  /\b(each party|either party|both parties|each of us|each of the parties|the parties)\b[^.;]{0,80}\bindemnif|\bindemnif\w*\b[^.;]{0,40}\b(each other|one another|the other party)\b|\bmutual(ly)?\s+indemn/i;
const PROVIDER_INDEMNIFIES_READER =
  /\b(we|us)\b[^.;]{0,60}\b(indemnif\w*|defend)\s+(and\s+(indemnify|hold harmless)\s+)?(you|the user|the customer)\b/i;
/** "You agree not to … indemnify", a wording that gives nothing. */
const INDEMNITY_DENIED = /\b(not|never|no)\s+(\w+\s+){0,2}(indemnif\w*|defend|hold)\b/i;

/** The terms that make a licence broad; "non-transferable", "revocable" do not. */
const BROAD_TERMS =
  "(?<!non[- ])(?<!non)\\b(perpetual|irrevocabl[ey]|sub-?licen[cs]e ?able|sub-?licensable|sublicensable|transferr?able|assignable|royalty[- ]free|fully[- ]paid|worldwide|world-wide|unlimited)\\b";

/** The reader granting, giving or assigning a licence or right (not receiving one). */
const READER_GRANTS = new RegExp(
  `${READER}((?!\\b(we|us)\\s+(grant|give)\\b)[^.;]){0,80}?\\b(grant\\w*|give\\w*|assign\\w*|licen[cs]e[sd]?|authori[sz]e\\w*|transfer\\w*|confer\\w*)\\b[^.;]{0,240}?${BROAD_TERMS}` +
    `|\\blicen[cs]es?\\s+(that\\s+)?(you|users?)\\s+grant\\w*\\b[^.;]{0,80}?${BROAD_TERMS}`,
  "i",
);

/** A scope without end: "in any media now known or later developed". */
const ANY_MEDIA =
  /\b(any|all)\s+(media|medium|mediums|forms?|formats?|channels?)\b[^.;]{0,30}\b(now\s+(known|existing|or\s+(hereafter|later|in the future))|known\s+now|(later|hereafter|subsequently|in the future)\s+(developed|devised|invented|known|existing)|developed\s+in\s+the\s+future)/i;

/**
 * A broad licence stated without its grantor, over uses only the reader's content needs
 * ("sublicensable and transferable license to use, reproduce, distribute …"), and not one the
 * provider grants the reader.
 */
const BROAD_CONTENT_LICENCE = new RegExp(
  `${BROAD_TERMS}[^.;]{0,80}\b(licen[cs]e|right)\b[^.;]{0,40}\b(reproduc\w*|distribut\w*|derivative|publicly\s+(display|perform)|publish\w*|adapt\w*|sub-?licen[cs]\w*)`,
  "i",
);
const LICENCE_TO_READER = /\b(grants?|gives?|provides?)\s+(to\s+)?(you|the user|users|customer)\b/i;
/** "free to use any ideas in your communications for any purpose". */
const ANY_PURPOSE_USE =
  /\b(free to|may|can|right to)\s+(use|exploit)\b[^.;]{0,120}\b(your|you)\b[^.;]{0,120}\bfor any (purpose|reason)\b/i;

const MORAL_RIGHTS_WAIVED =
  /\b(waiv\w*|not\s+(to\s+)?assert\w*|give up|relinquish\w*)\b[^.;]{0,80}\bmoral\b|\bmoral\s+rights?\b[^.;]{0,80}\b(waiv\w*|not\s+(to\s+)?(be\s+)?assert\w*)\b/i;

/** "The licence you grant survives termination", "cannot be terminated by you". */
const LICENCE_OUTLIVES =
  /\blicen[cs]es?\b[^.;]{0,100}\b(surviv\w*|continu\w*|remain\w*)\b[^.;]{0,60}\b(terminat\w*|delet\w*|clos\w*|after|even)\b|\blicen[cs]es?\b[^.;]{0,60}\b(cannot|can ?not|may not)\s+be\s+(terminated|revoked|withdrawn)\s+by\s+you\b/i;

/** A licence limited to running the service and ending with the content. */
const LICENCE_LIMITED =
  /\b(solely|only|limited)\b[^.;]{0,80}\b(operat\w*|provid\w*|run\w*|host\w*)\b[^.;]{0,60}\b(service|platform|site)\b[^.;]{0,120}\b(ends?|terminat\w*|expir\w*|until)\b[^.;]{0,40}\b(delet\w*|remov\w*)/i;

/** Texts of at most this many words are titles, not terms. */
const TITLE_WORDS = 5;

/** True when the sentence states the category's term in its definition's wording. */
export function statesBeyond(code: BeyondCode, text: string): boolean {
  // "13.4 Class Action Waiver.", "No Class Actions": a title names a section; the term is in the
  // clause under it.
  if (text.trim().split(/\s+/).length <= TITLE_WORDS) return false;
  switch (code) {
    case "cw":
      return CLASS_WAIVER.test(text) && !GROUP_ACTION_KEPT.test(text);
    case "ind":
      return (
        READER_INDEMNIFIES.test(text.replace(NAME_WITH_ROLE, "$1")) &&
        !MUTUAL_INDEMNITY.test(text) &&
        !PROVIDER_INDEMNIFIES_READER.test(text) &&
        !INDEMNITY_DENIED.test(text)
      );
    case "lic":
      if (MORAL_RIGHTS_WAIVED.test(text) || LICENCE_OUTLIVES.test(text) || ANY_PURPOSE_USE.test(text))
        return true;
      if (LICENCE_LIMITED.test(text)) return false;
      return (
        READER_GRANTS.test(text) ||
        ANY_MEDIA.test(text) ||
        (BROAD_CONTENT_LICENCE.test(text) && !LICENCE_TO_READER.test(text))
      );
  }
}

/**
 * The categories beyond the nine whose term a sentence states, in `BEYOND_CODES` order.
 * @example beyondCategories("You waive any right to a jury trial.") // ["cw"]
 */
export function beyondCategories(text: string): BeyondCode[] {
  return BEYOND_CODES.filter((code) => statesBeyond(code, text));
}
