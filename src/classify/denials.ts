/**
 * Sentences that expressly deny what a category is about, or keep what it would take away. A bag
 * of n-grams reads "our privacy notice … is not part of this agreement" as the privacy policy being
 * made part of the contract, and "you may also bring proceedings in the courts where you live" as
 * a jurisdiction clause, because every word of one is there; the negation is what a linear model
 * cannot weigh. Only explicit, narrow wordings are listed, each the fair form the definitions
 * (docs/behaviour.md) and the corpus' level-1 tags name. A broad negation rule would hide real
 * clauses ("we are not liable …" is the clause, not its denial).
 */
import type { CategoryCode } from "../core/index.ts";

/** The reader's home courts stay open: "you may (also) bring proceedings in the courts where you live". */
const HOME_COURTS =
  /\b(you|consumers?|users?|customers?)\b[^.;]{0,40}\b(may|can|will be able to|are entitled to|have the right to|retain the right to)\s+(also\s+|always\s+|still\s+)?(bring|start|commence|file|take|issue|pursue)\b[^.;]{0,80}\b(courts?|proceedings)\b[^.;]{0,80}\b(where (you|they|the consumer) (live|lives|reside|resides|are domiciled|is domiciled)|of (your|their|the consumer's) (place of )?(residence|domicile|home)|(your|their) (home|local) courts?|in (your|their) (home )?(country|state|county) of residence)/i;
const NON_EXCLUSIVE = /\bnon-?exclusive jurisdiction\b/i;
const NOTHING_LIMITS_HOME_COURTS =
  /\bnothing in (these|this)\b[^.;]{0,60}\b(limits?|affects?|prevents?|restricts?|deprives?)\b[^.;]{0,80}\b(local|home)? ?courts?\b[^.;]{0,60}\b(where you live|of your (place of )?(residence|domicile)|your (home|local) courts?|where you reside)|\bnothing in (these|this)\b[^.;]{0,60}\b(limits?|affects?|prevents?)\b[^.;]{0,40}\byour right to (bring|start)\b[^.;]{0,60}\b(local|home) courts?/i;

/** The reader's own mandatory protections stay: "this choice does not deprive you of the protection …". */
const HOME_LAW_KEPT =
  /\b(does not|will not|shall not|do not|doesn't|won't)\s+(deprive|affect|limit|remove|exclude|override)\b[^.;]{0,80}\b(mandatory|consumer protection|statutory)\b|\b(mandatory|consumer protection|statutory)\b[^.;]{0,60}\b(laws?|provisions|rules|rights|protections?)\b[^.;]{0,80}\b(of|in) (your|the consumer's|their) (country|state|place) of (residence|domicile|habitual residence)\b[^.;]{0,60}\b(appl(y|ies)|remain|continue|will apply|prevail)|\b(mandatory|consumer protection) (laws?|provisions|rules)\b[^.;]{0,40}\b(where|in which) you (live|reside|habitually reside)\b|\byou (keep|retain|can still rely on|may still rely on|will still have)\b[^.;]{0,60}\b(mandatory|consumer protection|statutory)\b|\b(the )?laws? of (your|the consumer's) (country|state) of residence (will |shall )?(apply|govern)|\bwhere they give you (greater|more) protection\b|\blaws? of the (country|state|place|jurisdiction) (in which|where) (you|the (customer|user|consumer|member|driver|courier|seller|merchant|developer|creator|freelancer|partner|publisher))\s+(is|are|has|have|live|lives|resides?)\b[^.;]{0,40}\b(resident|domiciled|based|established|habitually|principal place of business|located|live|lives|reside)/i;

/** Liability kept, not limited: "nothing in these terms limits our liability for …", "we are responsible for …". */
const LIABILITY_KEPT =
  /^\s*(?:[(\d.§)\s]*)?(nothing in (these|this)\b[^.;]{0,60}\b(limits?|excludes?|restricts?|affects?)\b[^.;]{0,40}\b(our|its|(the )?[A-Z]\w+'s|either party's|any party's|a party's)?\s*liability\b|(we|[A-Z]\w+) (does|do|will) not (limit|exclude) (our|its) liability\b)/i;
/** Our own words keeping liability: "we are liable for …", "we will make good that loss". */
const LIABILITY_AFFIRMED =
  /^\s*(?:[(\d.§)\s]*)?(if [^.;]{0,120},\s*)?(we|[A-Z]\w+)\s+(are|is|will be|shall be|remain)\s+(fully\s+)?(liable|responsible)\s+(to you\s+)?for\b(?![^.;]{0,80}\b(only|solely|up to|not exceed|limited)\b)|\bwe will (make good|compensate you for|reimburse you for|pay you compensation)\b|\b(you|the (customer|user|buyer|member|consumer|driver|seller|merchant|developer|creator|freelancer))\s+(may|can|is entitled to|are entitled to|has the right to|have the right to|keeps? (your|their|the) right to)\s+(claim|recover|seek)\s+(damages|compensation)\b/i;

/** Not trying to exclude what the law keeps: "we do not try to exclude or limit our liability for …". */
const NOT_TRYING_TO_EXCLUDE =
  /\b(do|does|will|shall) not (try|seek|attempt|purport|intend) to (do so|exclude|limit|restrict)\b|\bnothing in (these|this)\b[^.;]{0,60}\b(is intended to|purports to|shall|will|does)\b[^.;]{0,20}\b(limit|exclude|restrict)\b[^.;]{0,60}\b(death|personal injury|fraud|gross negligence|cannot be (limited|excluded))/i;

/** Force majeure, limited to what is beyond the provider's reasonable control. */
const FORCE_MAJEURE =
  /\b(delay|failure|fail) (in |to )?(perform\w*|comply\w*|fulfil\w*|deliver\w*)\b[^.;]{0,120}\b(beyond|outside) (our|its|their|the provider's|[A-Z]\w+'s) (reasonable )?control\b|\b(beyond|outside) (our|its|their|[A-Z]\w+'s) reasonable control\b[^.;]{0,120}\b(delay|failure) (in |to )?(perform|comply|fulfil|deliver)/i;

/** Arbitration that does not apply to the reader. */
const ARBITRATION_NOT_APPLIED =
  /\b(arbitration|agreement to arbitrate)\b[^.;]{0,80}\b(does not|will not|shall not|doesn't|won't)\s+apply\b|\b(arbitration|agreement to arbitrate)\b[^.;]{0,40}\bonly if (both|you and we|we both|each of us)\b[^.;]{0,20}\bagree\b/i;

/** Using the service alone does not bind. */
const USE_DOES_NOT_BIND =
  /\b(using|visiting|browsing|accessing|use of)\b[^.;]{0,60}\b(does not|will not|shall not|doesn't)\s+(mean|constitute|amount to|bind|count as)\b/i;

const DENIALS: Partial<Record<CategoryCode, RegExp[]>> = {
  pinc: [
    /\bnot\s+(?:(?:form(?:s|ing)?|be(?:come)?|a)\s+)*part\s+of\s+(?:this|these|the|our)\s+(?:agreement|terms|contract)\b|\b(?:is|are)\s+not\s+incorporated\b|\bseparate (document|notice)\b[^.;]{0,40}\bnot part\b/i,
  ],
  j: [HOME_COURTS, NON_EXCLUSIVE, NOTHING_LIMITS_HOME_COURTS],
  law: [HOME_LAW_KEPT],
  ltd: [LIABILITY_KEPT, LIABILITY_AFFIRMED, NOT_TRYING_TO_EXCLUDE, FORCE_MAJEURE],
  a: [ARBITRATION_NOT_APPLIED],
  use: [USE_DOES_NOT_BIND],
};

/** Words that show an exclusive forum or a one-sided choice still stands beside the kept right. */
const STILL_EXCLUSIVE = /\b(exclusive(ly)?|only in|solely in)\b(?![^.;]{0,10}non)/i;

/** True when the sentence expressly says the category's term does not apply or keeps the reader's right. */
export function deniesCategory(category: CategoryCode, text: string): boolean {
  const patterns = DENIALS[category];
  if (!patterns || !patterns.some((p) => p.test(text))) return false;
  // "exclusive jurisdiction of Delaware, but EU consumers may also sue at home" keeps a one-sided forum.
  if (category === "j" && STILL_EXCLUSIVE.test(text) && !NON_EXCLUSIVE.test(text)) return false;
  return true;
}
