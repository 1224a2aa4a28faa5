/**
 * ToS;DR's volunteer points (tosdr.org, CC BY-SA 3.0) as weak extra training sentences: real terms
 * of other services, quoted under a fixed case title. Cases whose title says what a corpus
 * category says become positives of that category ("The service can delete your account without
 * prior notice and without a reason" is unilateral termination); cases that describe a reader's
 * right or a neutral term become negatives of every category. Everything else is left out.
 *
 * They widen the wording the model has seen (the 50 corpus documents word their terms alike);
 * they are never evaluated on, and the services of the corpus documents are left out so that
 * no test sentence is learned from a quote of itself.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CategoryCode } from "../../core/index.ts";
import type { CorpusDocument, SentenceTag } from "./reader.ts";
import { corpusRoot } from "./reader.ts";

/** Case titles (as ToS;DR writes them) → the category their quotes belong to. */
const CASE_CATEGORY: ReadonlyArray<readonly [string, CategoryCode]> = [
  ["Terms may be changed any time at their discretion, without notice to the user", "ch"],
  [
    "The service may change its terms at any time, but the user will receive notification of the changes.",
    "ch",
  ],
  [
    "When the service wants to make a material change to its terms, users are notified at least 30 days in advance",
    "ch",
  ],
  ["When the service wants to change its terms, users are notified a week or more in advance.", "ch"],
  ["The service can delete your account without prior notice and without a reason", "ter"],
  ["The service can suspend your account for several reasons", "ter"],
  ["They may stop providing the service at any time", "ter"],
  ["The service gives 30 days of notice before closing your account", "ter"],
  ["User accounts can be terminated after having been in breach of the terms of service repeatedly", "ter"],
  ["The service can delete specific content without reason and may do it without prior notice", "cr"],
  ["This service can delete your content if you violate the terms", "cr"],
  ["If you are the target of a copyright claim, your content may be removed", "cr"],
  [
    "This service assumes no liability for any losses or damages resulting from any matter relating to the service",
    "ltd",
  ],
  ["Any liability on behalf of the service is only limited to the fees you paid as a user", "ltd"],
  ["This service assumes no liability for unauthorized access to your personal information", "ltd"],
  [
    "The service is not responsible for linked or (clearly) quoted content from third-party content providers",
    "ltd",
  ],
  ["This service assumes no responsibility and liability for the contents of links to other websites", "ltd"],
  ["This service forces users into binding arbitration in the case of disputes", "a"],
];

/** Case titles whose quotes carry no category's one-sided term: negatives of every category. */
const FAIR_CASES: ReadonlySet<string> = new Set([
  "You have the right to leave this service at any time",
  "You can delete your content from this service",
  "There is a date of the last update of the terms",
  "Failure to enforce any provision of the Terms of Service does not constitute a waiver of such provision",
  "Invalidity of any portion of the Terms of Service does not entail invalidity of its remainder",
  "Users agree not to use the service for illegal purposes",
  "This service is only available to users over a certain age",
  "Users agree not to submit libelous, harassing or threatening content",
  "You can choose with whom you share content",
]);

/** Services whose own terms are corpus documents (see `tos-unfair-clauses/en`): never learned from. */
const CORPUS_SERVICES =
  /^(amazon|booking|dropbox|electronic|ea|endomondo|underarmour|evernote|facebook|flo|garmin|google|grindr|groupon|instagram|kardia|alivecor|klarna|linkedin|microsoft|mozilla|myheritage|mysugr|oculus|paypal|pinterest|quora|revolut|rovio|ryanair|skype|skyscanner|snap|spotify|terravision|tiktok|tinder|tripadvisor|tumblr|twitch|uber|ubisoft|visa|weebly|western|whatsapp|blizzard|worldofwarcraft|yahoo|yelp|youtube|zoom|zynga)/i;

/** Longer quotes are whole passages, not one term. */
const MAX_QUOTE_WORDS = 60;

/** The quotes as one-sentence documents (no neighbours, no heading), tagged by their case. */
export function readTosdrDocuments(root = corpusRoot()): CorpusDocument[] {
  const path = join(root, "tosdr-points", "points.tsv");
  if (!existsSync(path)) return [];
  const categoryOf = new Map(CASE_CATEGORY);
  const documents: CorpusDocument[] = [];
  const seen = new Set<string>();
  const lines = readFileSync(path, "utf8").split("\n").slice(1);
  for (const line of lines) {
    const [service, id, , title, , quote] = line.split("\t");
    if (!service || !title || !quote || CORPUS_SERVICES.test(service)) continue;
    const category = categoryOf.get(title);
    if (category === undefined && !FAIR_CASES.has(title)) continue;
    const text = quote.replace(/\s+/g, " ").trim();
    if (text.length === 0 || text.split(" ").length > MAX_QUOTE_WORDS || seen.has(text)) continue;
    seen.add(text);
    const tags: SentenceTag[] = category ? [{ category, level: 2 }] : [];
    documents.push({ name: `tosdr:${service}:${id}`, sentences: [{ text, tags }] });
  }
  return documents;
}
