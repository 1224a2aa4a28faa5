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

import { BEYOND_CODES, type BeyondCode } from "../../core/index.ts";
import { isHeadingLike } from "../context.ts";
import { partnerWording } from "./partner-definitions.ts";

export { BEYOND_CODES, type BeyondCode };

/** Up to this many characters of one clause between the parts of a wording (no sentence end). */
const GAP = "[^.;]{0,80}";

/** What a class, collective, consolidated or representative action, or a jury trial, is called. */
const GROUP_ACTION =
  "(class(?:[- ]wide)?|collective|consolidated|representative|mass|aggregated)\\s+(actions?|arbitrations?|proceedings?|claims?|suits?|lawsuits?|litigation|basis|capacity|members?|representatives?|relief)|class\\s+or\\s+(collective|representative|consolidated)|class,\\s+(collective|consolidated|representative)|consolidation\\s+(with|of\\s+(the\\s+)?(arbitra\\w*|claims|proceedings))\\b|(trial\\s+by\\s+(a\\s+)?jury|jury\\s+trials?|trial\\s+in\\s+front\\s+of\\s+a\\s+(judge\\s+or\\s+(a\\s+)?)?jury|right\\s+to\\s+a\\s+jury)";

const CLASS_WAIVER = new RegExp(
  [
    // "you waive the right to a trial by jury or to participate in a class action"
    `\\b(waiv\\w*|give up|gives up|forgo\\w*|forego\\w*|relinquish\\w*|surrender\\w*)\\b[^.;]{0,180}\\b(${GROUP_ACTION})`,
    // "Neither party shall bring or participate in any class action"
    `\\bneither\\b(?:[^.;]|\\.(?=\\w)){0,40}\\b(shall|will|may|can)\\s+(\\w+\\s+){0,3}(bring|join|participate|commence|pursue)\\w*\\b${GAP}\\b(${GROUP_ACTION})`,
    // "shall be resolved on an individual basis", "only individual relief is available"
    `\\b(resolved|brought|conducted|heard|arbitrated|adjudicated|proceed\\w*|pursued)\\s+(only\\s+)?on\\s+an\\s+individual\\s+basis\\b|\\bonly\\s+individual\\s+(relief|claims?)\\b|\\bmust\\s+be\\s+individually\\s+named\\b`,
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
  "\\b(indemnif\\w*|hold\\b[^.;]{0,160}\\bharmless|defend\\b[^.;]{0,160}\\b(indemnif\\w*|hold))";
/** "Customer will reimburse Acme for … costs": the reader its direct subject. */
const REIMBURSES = `${READER}\\s+(agrees?\\s+to|will|shall|must|undertakes?\\s+to)\\s+(also\\s+|promptly\\s+|fully\\s+|immediately\\s+)*(reimburse|compensate)\\b[^.;]{0,80}\\b(claims?|loss(es)?|fines?|penalt\\w+|damages?|liabilit\\w+|(costs?|expenses?|fees)\\b[^.;]{0,80}\\b(collect\\w*|attorney|legal|enforc\\w*|audit|claims?|defen[cs]e|breach|violat\\w*|disburse\\w*|arbitrat\\w*))`;

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

/**
 * The reader made to answer for the provider's own losses or costs: "you are liable to Acme for
 * any losses", "you will be liable … for Acme's costs of collection", "we may recover from you any
 * loss", "Customer will pay … fees Acme incurs".
 */
/** READER for patterns that must stay case-sensitive (they tell names by their capital): any case of each word. */
const READER_CASED = READER.replace(
  /\(([^)]*)\)/,
  (_, words: string) =>
    `(${words
      .split("|")
      .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`)
      .join("|")})`,
);

const READER_ANSWERS_FOR_PROVIDER = new RegExp(
  `${READER_CASED}\\s+(will|shall|are|is|must)\\s+(also\\s+)?(be\\s+)?(liable|responsible)\\s+to\\s+(?!you\\b)[A-Z][\\w.,&' -]{0,40}\\s+for\\s+(any|all)\\s+(loss(es)?|costs?|damages?|expenses)` +
    `|${READER_CASED}[^.;]{0,60}\\b(liable|responsible)\\b[^.;]{0,60}\\bfor\\s+(?!your\\b)[A-Z][\\w.]*[’']s\\s+(\\w+\\s+){0,2}(costs?|expenses|fees|loss(es)?)` +
    `|\\b(recover|claim)\\s+from\\s+you\\s+(any|all)\\s+(\\w+\\s+){0,2}(loss(es)?|costs?|damages?|expenses)` +
    `|${READER_CASED}\\s+(will|shall|must)\\s+pay\\b[^.;]{0,120}\\b(fees|costs|expenses)\\s+(that\\s+)?(?!you\\b)[A-Z]\\w+\\s+incurs?\\b` +
    `|${READER_CASED}\\s+(shall|will|must)\\s+compensate\\b[^.;]{0,80}\\b(loss(es)?|damages?)\\b[^.;]{0,60}\\b(to|of|suffered by)\\b` +
    // the provider's costs of collecting, its fines, its losses: "Customer will be responsible for all
    // reasonable expenses (including attorneys' fees) incurred by Google in collecting"
    `|${READER_CASED}[^.;]{0,40}\\b(pay|responsible\\s+for|liable\\s+(to\\s+pay|for)|reimburse)\\b[^.;]{0,120}\\b(costs?|expenses|fees|charges)\\b[^.;]{0,80}\\b(collect\\w*|attorneys?'?|legal\\s+fees)` +
    `|\\breimburse\\s+(?!you\\b)[A-Z]\\w+\\s+for\\)?\\s+(any|all)\\b[^.;]{0,60}\\b(penalties|fines)\\b` +
    `|\\bmake\\s+(us|(?!you\\b)[A-Z]\\w+)\\s+whole\\b` +
    `|\\b(damages?|loss(es)?)\\s+caused\\s+to\\s+(?!you\\b)[A-Z]\\w+[^.;]{0,80}\\bcompensat\\w*` +
    `|${READER_CASED}[^.;]{0,60}\\bresponsible\\b[^.;]{0,200}\\b(loss(es)?|damages?)\\s+(which|that)\\s+(we|us)\\s+(may\\s+)?(suffer|incur)`,
);

/** "If Acme seeks indemnification from you, it will notify you": the procedure, not the obligation. */
const INDEMNITY_PROCEDURE =
  /\b(seeks?|seeking|requests?|requesting)\s+(indemnification|indemnity|defen[cs]e)\b/i;

/** Indemnities both parties give, or that the provider gives the reader. */
const MUTUAL_INDEMNITY =
  /\b(each party|either party|both parties|each of us|each of the parties|the parties)\b[^.;]{0,80}\bindemnif|\bindemnif\w*\b[^.;]{0,40}\b(each other|one another|the other party)\b|\bmutual(ly)?\s+indemn/i;
const PROVIDER_INDEMNIFIES_READER =
  /\b(we|us)\b[^.;]{0,60}\b(indemnif\w*|defend)\s+(and\s+(indemnify|hold harmless)\s+)?(you|the user|the customer)\b|^\W*(\d[\d.]*\s+)?(?!(You|Customer|Publisher|Advertiser|Developer|User|Licensee|Client|Seller|Merchant|Partner)\b)[A-Z][\w.&-]+\s+(will|shall|agrees\s+to)\s+((indemnif\w*|defend|hold\s+harmless)(,?\s+(and\s+)?)?)+(the\s+)?(you|customer|publisher|advertiser|developer|user|licensee|client|seller|merchant|partner)s?\b/i;
/** "You agree to indemnify", "Customer will defend": the reader's own obligation, in so many words. */
const DIRECT_INDEMNITY = new RegExp(
  `${READER}\\s+(hereby\\s+)?(agrees?\\s+to|will|shall|must|undertakes?\\s+to)\\s+(\\w+\\s+)?(defend|indemnify|hold\\s+harmless)\\b`,
  "i",
);
/** A pointer to the indemnity sections, or their procedure: "Sections 13.1 (Google Indemnification Obligations)". */
const INDEMNITY_SECTIONS =
  /\((\w+\s+)?Indemnification\s+Obligations\)|\bdefen[cs]e\s+and\s+control\b|\bsubject\s+to\s+indemnification\b/i;
/** "You agree not to … indemnify", "if you are exempt from … indemnification": nothing given. */
const INDEMNITY_DENIED =
  /\b(not|never|no)\s+(\w+\s+){0,2}(indemnif\w*|defend|hold\s+(\w+\s+){0,3}harmless)\b|\bexempt(ed)?\s+from\b[^.;]{0,60}\bindemnif/i;

/** The terms that make a licence broad; "non-transferable", "revocable" do not. */
const BROAD_TERMS =
  "(?<!non[- ])(?<!non)\\b(perpetual|irrevocabl[ey]|sub-?licen[cs]e ?able|sub-?licensable|sublicensable|transferr?able|assignable|royalty[- ]free|fully[- ]paid|worldwide|world-wide)\\b";

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
  `${BROAD_TERMS}[^.;]{0,80}\\b(licen[cs]e|right)\\b[^.;]{0,40}\\b(reproduc\\w*|distribut\\w*|derivative|publicly\\s+(display|perform)|publish\\w*|adapt\\w*|sub-?licen[cs]\\w*)`,
  "i",
);
const LICENCE_TO_READER =
  /\b(grants?|gives?|provides?)\s+(to\s+)?(you|the user|users|customer)\b|\b(you|users?)\s+(are|is|will be)\s+(hereby\s+)?granted\b|\blicen[cs]e\w*\s+(grants?\s+)?to\s+you\b/i;
const READER_AS_GRANTOR =
  /\b(you|users?|customers?|members?)\s+(hereby\s+|also\s+|expressly\s+|automatically\s+)*(grant|give|assign|licen[cs]e)/i;
/** "free to use any ideas in your communications for any purpose". */
const ANY_PURPOSE_USE =
  /\b(free to|may|can|right to)\s+(use|exploit)\b[^.;]{0,120}\b(your|you)\b[^.;]{0,120}\bfor any (purpose|reason)\b/i;

/** The reader's name, marks or work used in the provider's own marketing. */
const MARKETING_USE =
  /\b(use[sd]?|using|includ\w*|display\w*|featur\w*|publish\w*|referenc\w*|identif\w*|showcas\w*)\b[^.;]{0,80}\b(your|developer'?s?|customer'?s?|company'?s?|publisher'?s?)\s+(\w+\s+){0,2}(names?|logos?|brand features|trademarks?|marks|likeness|visual elements|content|products?|listings?|reviews?|works?|apps?|username)\b[^.;]{0,120}\b(marketing|promot\w*|presentations?|customer lists?|press releases?|advertis\w*|publicity)\b|\b(cite|identify|name|reference|list)\w*\s+(you|advertiser|customer|publisher|developer|seller|partner|client)\b[^.;]{0,120}\b(website|presentations?|press\s+releases?|marketing|promot\w*|customer\s+lists?|publicity)\b/i;
/** Feedback taken for any use, without pay, or assigned outright. */
const FEEDBACK_TAKEN =
  /\bfreely\s+use\b[^.;]{0,80}\b(feedback|suggestions?|ideas)\b|\b(feedback|suggestions?|comments|ideas|submissions)\b[^.;]{0,240}\b(without\s+(any\s+)?(restrictions?|compensation|payment|obligation|attribution)|irrevocabl\w*|perpetual|in\s+any\s+(way|manner)|for\s+any\s+purpose)\b|\bassign\w*\b[^.;]{0,60}\b(right,?\s+title,?\s+and\s+interest)\b[^.;]{0,40}\b(feedback|suggestions?|ideas)\b/i;
/** The provider passing the reader's rights on: "Acme may sublicense these rights to …". */
const SUBLICENSES_ON =
  /\b(may|can|will)\s+(sub-?licen[cs]e|transfer|assign)\s+(these|such|those|the|any\s+of\s+these)\s+(rights|licen[cs]es?)\b/i;
/** The provider keeps using the reader's work after the contract ends. */
const KEEPS_AFTER_END =
  /\bafter\s+(the\s+)?(termination|expiration|expiry)\b[^.;]{0,120}\b(retain|keep)\w*\s+and\s+use\b/i;
/** A licence the reader grants to their own end users, not to the provider. */
const LICENCE_TO_END_USERS =
  /\bgrant\w*\s+(to\s+)?(the\s+|your\s+|each\s+other\s+|other\s+)?([A-Z]\w+\s+)?(end[- ]?)?(users?|customers?|purchasers?|buyers?)\s+((of|on)\s+the\s+\w+\s+)?(a|an|the)\b|\bnot\s+(assignable|transferable|sub-?licensable)\b|\byou\s+may\s+use\s+your\b/i;

const MORAL_RIGHTS_WAIVED =
  /\bwaive\w*\s+(your\s+)?(right|rights)\s+to\s+enforce\b|\b(waiv\w*|not\s+(to\s+)?assert\w*|give up|relinquish\w*)\b[^.;]{0,80}\bmoral\b|\bmoral\s+rights?\b[^.;]{0,80}\b(waiv\w*|not\s+(to\s+)?(be\s+)?assert\w*)\b/i;

/** "The licence you grant survives termination", "cannot be terminated by you". */
const LICENCE_OUTLIVES =
  /\blicen[cs]es?\b[^.;]{0,100}\b(surviv\w*|continu\w*|remain\w*)\b[^.;]{0,100}\b(terminat\w*|delet\w*|clos\w*|after|even)\b|\blicen[cs]es?\b[^.;]{0,60}\b(cannot|can ?not|may not)\s+be\s+(terminated|revoked|withdrawn)\s+by\s+you\b/i;

/**
 * A licence held to running the service ("as needed to run the Service", "solely to operate
 * the platform"): not broad unless it also outlives the content or can be passed on.
 */
const LICENCE_LIMITED =
  /\b(during|for) the (term|duration)\b|\b(as\s+part\s+of|in\s+order\s+to)\s+(operat|provid|run)\w*\b|\bsolely (within|in|on)\b|\b(as (needed|necessary|required)|solely|only|limited|for the (sole |limited )?purposes? of)\b[^.;]{0,60}\b(run\w*|operat\w*|provid\w*|host\w*|offer\w*|deliver\w*|mak\w* available)\b[^.;]{0,40}\b(the |our )?(service|services|platform|site|website|app)\b|\buntil\s+(you|the user)\s+(delete|remove)/i;
/** Terms that outlive the service whatever its purpose says. */
const HARD_TERMS = /(?<!non[- ])(?<!non)\b(perpetual|irrevocabl[ey])\b/i;

/** "These terms contain a class action waiver": a pointer to the clause, not the clause. */
const WAIVER_POINTER =
  /\b(contains?|contain(ing)?|includes?|including|see|described in|other than|exception of|except( for)?|excluding|titled|entitled|beneficiar(y|ies) of)\b[^.;]{0,120}\b(class[- ]action|jury[- ]trial|jury|class)\s+waiver\b/i;
/** "Sections … XIII (Dispute Resolution and Class Action Waiver) … survive": a section named in a list. */
const WAIVER_IN_PARENTHESES = /\([^()]*\b(class[- ]action|jury[- ]trial|jury)\s+waiver\)/i;
const WAIVES = /\b(waive[sd]?|waiving|give up|forgo|relinquish)\b/i;

/** A heading-like line without a sentence's final stop ("CLASS ACTION AND JURY TRIAL WAIVER"). */
function isSectionTitle(text: string): boolean {
  if (isHeadingLike(text) && !/[.;!?]["'”’)]?\s*$/.test(text)) return true;
  // "11.7 Class Action and Collective Arbitration Waiver.": numbered, every word capitalised.
  const words = text
    .replace(/^[\s\d.()]+/, "")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return (
    words.length <= 10 && words.every((w) => /^[\p{Lu}\d(“"]|^(and|or|of|the|to|for|a|an|in|on)$/u.test(w))
  );
}

/** Texts of at most this many words are titles, not terms. */
const TITLE_WORDS = 5;

/** The words of a definition's wording in a text, as offsets into it. */
export interface BeyondWording {
  code: BeyondCode;
  start: number;
  end: number;
}

/** Where `pattern` matches `text`, or undefined. */
function spanOf(pattern: RegExp, text: string): { start: number; end: number } | undefined {
  const match = pattern.exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

/**
 * Where the sentence states the category's term in its definition's wording (the words that
 * do), or undefined when it does not.
 */
/**
 * Words at least one of which every wording of a category contains: a sentence with none of them
 * cannot state the term, and is not read further (most sentences of an agreement, so this is
 * where the time goes). A new wording must add its own words here; the cases in `beyond.test.ts`
 * and `partner.test.ts` fail when one is missing.
 */
const MUST_CONTAIN: Record<BeyondCode, RegExp> = {
  cw: /class|collective|consolidat|representative|mass|aggregat|jury|individual/i,
  ind: /indemn|harmless|reimburs|compensat|liable|responsib|recover|claim|whole|incur|collect|attorney|legal/i,
  lic: /licen|moral|enforce|feedback|suggest|comment|idea|submission|transfer|assign|and\s+use|promot|market|presentation|customer list|press release|advertis|publicity|website|any (purpose|reason)|(any|all)\s+(media|medium|form|format|channel)|perpetual|irrevoc|royalty|worldwide|world-wide|fully/i,
  pay: /fee|pric|rate|commission|revenue|share|charg|payment|payout|earning|compensat|remunerat|royalt|fare|tariff|credit|amount|record|report|measure|exchange|current/i,
  hold: /pay|earning|balance|fund|proceed|revenue|royalt|amount|sum|monie|money|compensat|remit|disburs|settlement|credit|withdraw|reserve|hold|transaction|debit|refund|reimburs|chargeback|charge|sales|set[- ]off|offset|recoup|withh|entitled|recover/i,
  auto: /rating|score|metric|automat|algorithm|machine|performance|rate|signal|quality|final|conclusive|binding|appeal|review|challenge|reason|explanation|justif|explain|artificial|sorted|ranked|prioriti|ordered|featured|most|spend|usage|activity|sales|volume|decision|determination/i,
  excl: /exclusiv|compet|solicit|poach|hire|recruit|entice|encourage|parity|favou?red|higher|favou?rable|worse|at least as|same|less than|leave|away from|outside|other|another|third|rival/i,
};

export function beyondWording(code: BeyondCode, text: string): { start: number; end: number } | undefined {
  if (!MUST_CONTAIN[code].test(text)) return undefined;
  // "13.4 Class Action Waiver.", "No Class Actions": a title names a section; the term is in the
  // clause under it.
  if (text.trim().split(/\s+/).length <= TITLE_WORDS || isSectionTitle(text)) return undefined;
  switch (code) {
    case "cw":
      if (
        GROUP_ACTION_KEPT.test(text) ||
        ((WAIVER_POINTER.test(text) || WAIVER_IN_PARENTHESES.test(text)) && !WAIVES.test(text))
      )
        return undefined;
      return spanOf(CLASS_WAIVER, text);
    case "ind": {
      // Names cut to their first word keep their offsets' order but not their length: the span
      // is looked for in the text itself once the masked text has passed.
      const masked = text.replace(NAME_WITH_ROLE, "$1");
      // The procedure, a pointer or the provider's own indemnity says nothing of the reader's,
      // unless the same text also makes the reader indemnify outright.
      const direct = DIRECT_INDEMNITY.test(masked);
      if (!direct && (INDEMNITY_PROCEDURE.test(text) || INDEMNITY_SECTIONS.test(text))) return undefined;
      if (!direct && PROVIDER_INDEMNIFIES_READER.test(text)) return undefined;
      const answers = spanOf(READER_ANSWERS_FOR_PROVIDER, masked);
      if (answers && !MUTUAL_INDEMNITY.test(text))
        return spanOf(READER_ANSWERS_FOR_PROVIDER, text) ?? answers;
      if (
        !READER_INDEMNIFIES.test(masked) ||
        MUTUAL_INDEMNITY.test(text) ||
        PROVIDER_INDEMNIFIES_READER.test(text) ||
        INDEMNITY_DENIED.test(text)
      )
        return undefined;
      return spanOf(new RegExp(INDEMNITY_VERB, "i"), text) ?? spanOf(READER_INDEMNIFIES, text);
    }
    case "lic": {
      if (LICENCE_TO_END_USERS.test(text)) return undefined;
      const outright =
        // "you have obtained all waivers of moral rights": the reader's warranty, not a waiver.
        (/\bobtain\w*\b[^.;]{0,60}\bwaivers?\b/i.test(text)
          ? undefined
          : spanOf(MORAL_RIGHTS_WAIVED, text)) ??
        spanOf(FEEDBACK_TAKEN, text) ??
        spanOf(SUBLICENSES_ON, text) ??
        spanOf(KEEPS_AFTER_END, text) ??
        spanOf(MARKETING_USE, text) ??
        (LICENCE_TO_READER.test(text) && !READER_AS_GRANTOR.test(text)
          ? undefined
          : spanOf(LICENCE_OUTLIVES, text)) ??
        spanOf(ANY_PURPOSE_USE, text);
      if (outright) return outright;
      if (LICENCE_LIMITED.test(text) && !HARD_TERMS.test(text)) return undefined;
      // "Acme grants you a worldwide licence to use the app": the licence runs the other way.
      if (LICENCE_TO_READER.test(text) && !READER_AS_GRANTOR.test(text)) return undefined;
      return (
        spanOf(READER_GRANTS, text) ??
        spanOf(ANY_MEDIA, text) ??
        (LICENCE_TO_READER.test(text) ? undefined : spanOf(BROAD_CONTENT_LICENCE, text))
      );
    }
    case "pay":
    case "hold":
    case "auto":
    case "excl":
      return partnerWording(code, text);
  }
}

/** True when the sentence states the category's term in its definition's wording. */
export function statesBeyond(code: BeyondCode, text: string): boolean {
  return beyondWording(code, text) !== undefined;
}

/** Every category beyond the nine whose term the sentence states, with the words that state it. */
export function beyondWordings(text: string): BeyondWording[] {
  const found: BeyondWording[] = [];
  for (const code of BEYOND_CODES) {
    const span = beyondWording(code, text);
    if (span) found.push({ code, ...span });
  }
  return found;
}

/**
 * The categories beyond the nine whose term a sentence states, in `BEYOND_CODES` order.
 * @example beyondCategories("You waive any right to a jury trial.") // ["cw"]
 */
export function beyondCategories(text: string): BeyondCode[] {
  return beyondWordings(text).map((w) => w.code);
}
