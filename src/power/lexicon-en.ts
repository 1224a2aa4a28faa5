/**
 * English resources of the power analysis: who the parties are called, the words that give or deny
 * a power, and the actions a power can be over. Words are lower case; code reading them stays
 * language-neutral so that other languages add a file like this one.
 */
import type { PowerTopic } from "./types.ts";

export interface PowerLexicon {
  /** Words that name the provider without its name: "we", "the Company". */
  providerWords: ReadonlySet<string>;
  /** Nouns that name the provider when they follow "the" ("the Company", "the Platform"). */
  providerNouns: ReadonlySet<string>;
  /** Words and nouns that name the weaker party. */
  readerWords: ReadonlySet<string>;
  /** Determiners that make the next party noun both parties: "either party", "each party". */
  bothDeterminers: ReadonlySet<string>;
  /** Nouns that stand for a party after a "both" determiner: "party", "parties", "side". */
  partyNouns: ReadonlySet<string>;
  /** Modal verbs that grant a permission: "may", "can". */
  permissionModals: ReadonlySet<string>;
  /** Modal verbs that impose or announce: "must", "shall", "will". */
  obligationModals: ReadonlySet<string>;
  /** Phrases after the subject that grant a permission: "reserves the right to", "is entitled to". */
  permissionPhrases: ReadonlyArray<readonly string[]>;
  /** Phrases that impose: "agrees to", "is required to". */
  obligationPhrases: ReadonlyArray<readonly string[]>;
  /** Words that negate the modal right after it: "not", "never". */
  negations: ReadonlySet<string>;
  /** Negative modals written as one word ("cannot", "won't"): the kind of modal they negate. */
  negativeModals: ReadonlyMap<string, "permission" | "obligation">;
  /** Auxiliaries that carry a negation in the present tense ("we do not delete …"). */
  doAuxiliaries: ReadonlySet<string>;
  /** Words skipped between a subject and its modal ("we also may", "each of you then may"). */
  subjectAdverbs: ReadonlySet<string>;
  /** Words skipped between a modal and its verb ("may at any time and for any reason terminate"). */
  verbFillers: ReadonlySet<string>;
  /** Forms of "be" that start a passive after a modal ("may be suspended"). */
  beForms: ReadonlySet<string>;
  /** Word introducing the agent of a passive ("by us"). */
  agentMarker: string;
  /** Words that join two parties into one subject ("you and we", "you or Acme"). */
  conjunctions: ReadonlySet<string>;
  /** Words that end a clause for the purpose of finding a subject or a verb. */
  clauseBreaks: ReadonlySet<string>;
  /** Prepositions that end an action's object ("remove your content | without notice"). */
  objectStops: ReadonlySet<string>;
  /** Words after a negation that turn "we will not … unless …" into a power with a stated ground. */
  exceptions: ReadonlySet<string>;
  /** Anaphoric verb phrase: "you can do so" repeats the last action. */
  doSo: readonly [string, string];
  /** Action verbs by prefix of the word form, with the topics they can be about. */
  actions: ReadonlyArray<{ prefix: string; topics: readonly PowerTopic[]; exact?: boolean }>;
  /** Objects that decide between topics for verbs that serve several ("remove your account" vs "remove your content"). */
  objects: ReadonlyArray<{ prefix: string; topic: PowerTopic; exact?: boolean }>;
  /** Nouns that start a nominal power: "is subject to termination" → the terminate action. */
  subjectTo: readonly [string, string];
  /** Title words that end the provider's name in a heading: "Acme Terms of Service" → "Acme". */
  titleStops: ReadonlySet<string>;
  /** Corporate suffixes that mark a name as a company's: "Acme Ltd", "Acme, Inc.". */
  companySuffixes: ReadonlySet<string>;
  /** Phrases after which the provider's name follows: "Welcome to", "between you and". */
  nameIntroducers: ReadonlyArray<readonly string[]>;
  /** Capitalised words that are never a provider's name on their own ("The", "These"). */
  notNames: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.trim().split(/\s+/));

const TER: PowerTopic[] = ["ter"];
const CH: PowerTopic[] = ["ch"];
/** Verbs that can take away an account (ter) or a piece of content (cr); the object decides. */
const REMOVE: PowerTopic[] = ["ter", "cr"];

export const ENGLISH: PowerLexicon = {
  providerWords: set("we us our ours ourselves"),
  providerNouns: set(
    "company platform provider operator licensor supplier seller-of-record service services site website app application marketplace network",
  ),
  readerWords: set(
    "you your yours yourself yourselves freelancer freelancers worker workers contributor contributors user users customer customers member members subscriber subscribers buyer buyers consumer consumers visitor visitors player players driver drivers courier couriers rider riders seller sellers merchant merchants partner partners creator creators developer developers publisher publishers advertiser advertisers host hosts licensee licensees contractor contractors participant participants account-holder",
  ),
  bothDeterminers: set("either each neither both"),
  partyNouns: set("party parties side sides"),
  permissionModals: set("may can could might"),
  obligationModals: set("must shall will would should"),
  permissionPhrases: [
    ["reserve", "the", "right", "to"],
    ["reserves", "the", "right", "to"],
    ["reserve", "our", "right", "to"],
    ["reserves", "its", "right", "to"],
    ["retain", "the", "right", "to"],
    ["retains", "the", "right", "to"],
    ["have", "the", "right", "to"],
    ["has", "the", "right", "to"],
    ["are", "entitled", "to"],
    ["is", "entitled", "to"],
    ["are", "free", "to"],
    ["is", "free", "to"],
    ["are", "permitted", "to"],
    ["is", "permitted", "to"],
    ["are", "allowed", "to"],
    ["is", "allowed", "to"],
    ["have", "the", "option", "to"],
    ["has", "the", "option", "to"],
    ["are", "authorised", "to"],
    ["is", "authorised", "to"],
    ["are", "authorized", "to"],
    ["is", "authorized", "to"],
  ],
  obligationPhrases: [
    ["agree", "to"],
    ["agrees", "to"],
    ["are", "required", "to"],
    ["is", "required", "to"],
    ["have", "to"],
    ["has", "to"],
    ["undertake", "to"],
    ["undertakes", "to"],
    ["are", "obliged", "to"],
    ["is", "obliged", "to"],
    ["are", "obligated", "to"],
    ["is", "obligated", "to"],
  ],
  negations: set("not never"),
  negativeModals: new Map([
    ["cannot", "permission"],
    ["can't", "permission"],
    ["won't", "obligation"],
    ["shan't", "obligation"],
    ["mustn't", "obligation"],
  ]),
  doAuxiliaries: set("do does did don't doesn't"),
  subjectAdverbs: set(
    "also then only still therefore thus further additionally hereby however now alone each all",
  ),
  verbFillers: set(
    "also then only still further additionally hereby immediately temporarily permanently automatically subsequently thereafter even generally at any time times in its our their his her sole absolute own complete reasonable good faith discretion without prior advance written notice notification with or and for any no reason cause from to time and/or either each both respectively",
  ),
  beForms: set("be been being"),
  agentMarker: "by",
  conjunctions: set("and or and/or"),
  clauseBreaks: set(
    "that if when whenever unless where which who whom whose because while although though once until after before since so but",
  ),
  objectStops: set("without for at by within upon with after before during"),
  exceptions: set("unless except other save"),
  doSo: ["do", "so"],
  actions: [
    { prefix: "terminat", topics: TER },
    { prefix: "suspend", topics: TER },
    { prefix: "suspension", topics: TER },
    { prefix: "deactivat", topics: TER },
    { prefix: "cancel", topics: TER },
    { prefix: "close", topics: TER },
    { prefix: "closed", topics: TER },
    { prefix: "closing", topics: TER },
    { prefix: "end", topics: TER, exact: true },
    { prefix: "ended", topics: TER, exact: true },
    { prefix: "ending", topics: TER, exact: true },
    { prefix: "ban", topics: TER, exact: true },
    { prefix: "banned", topics: TER, exact: true },
    { prefix: "discontinu", topics: ["ter", "ch"] },
    { prefix: "revok", topics: TER },
    { prefix: "revoc", topics: TER },
    { prefix: "expel", topics: TER },
    { prefix: "bar", topics: TER, exact: true },
    { prefix: "barred", topics: TER, exact: true },
    { prefix: "restrict", topics: TER },
    { prefix: "withdraw", topics: REMOVE },
    { prefix: "deny", topics: TER, exact: true },
    { prefix: "denied", topics: TER, exact: true },
    { prefix: "remov", topics: REMOVE },
    { prefix: "delet", topics: REMOVE },
    { prefix: "disabl", topics: REMOVE },
    { prefix: "block", topics: REMOVE },
    { prefix: "eras", topics: REMOVE },
    { prefix: "purg", topics: REMOVE },
    { prefix: "refus", topics: ["cr"] },
    { prefix: "reject", topics: ["cr"] },
    { prefix: "edit", topics: ["cr"] },
    { prefix: "filter", topics: ["cr"] },
    { prefix: "screen", topics: ["cr"] },
    { prefix: "moderat", topics: ["cr"] },
    { prefix: "hide", topics: ["cr"], exact: true },
    { prefix: "hidden", topics: ["cr"], exact: true },
    { prefix: "take", topics: ["cr"], exact: true },
    { prefix: "taken", topics: ["cr"], exact: true },
    { prefix: "unpublish", topics: ["cr"] },
    { prefix: "delist", topics: ["cr"] },
    { prefix: "takedown", topics: ["cr"] },
    { prefix: "chang", topics: CH },
    { prefix: "add", topics: CH, exact: true },
    { prefix: "adding", topics: CH, exact: true },
    { prefix: "modif", topics: CH },
    { prefix: "amend", topics: CH },
    { prefix: "revis", topics: CH },
    { prefix: "updat", topics: CH },
    { prefix: "alter", topics: CH },
    { prefix: "vary", topics: CH, exact: true },
    { prefix: "varied", topics: CH, exact: true },
    { prefix: "adjust", topics: CH },
    { prefix: "replac", topics: CH },
    { prefix: "increas", topics: CH },
    { prefix: "rais", topics: CH },
    { prefix: "reduc", topics: CH },
    { prefix: "liab", topics: ["ltd"] },
    { prefix: "responsib", topics: ["ltd"] },
  ],
  objects: [
    { prefix: "account", topic: "ter" },
    { prefix: "access", topic: "ter" },
    { prefix: "membership", topic: "ter" },
    { prefix: "subscription", topic: "ter" },
    { prefix: "registration", topic: "ter" },
    { prefix: "agreement", topic: "ter" },
    { prefix: "terms", topic: "ter", exact: true },
    { prefix: "contract", topic: "ter" },
    { prefix: "relationship", topic: "ter" },
    { prefix: "licen", topic: "ter" },
    { prefix: "profile", topic: "ter" },
    { prefix: "login", topic: "ter" },
    { prefix: "content", topic: "cr" },
    { prefix: "material", topic: "cr" },
    { prefix: "post", topic: "cr" },
    { prefix: "file", topic: "cr" },
    { prefix: "photo", topic: "cr" },
    { prefix: "video", topic: "cr" },
    { prefix: "listing", topic: "cr" },
    { prefix: "review", topic: "cr" },
    { prefix: "comment", topic: "cr" },
    { prefix: "message", topic: "cr" },
    { prefix: "upload", topic: "cr" },
    { prefix: "submission", topic: "cr" },
    { prefix: "image", topic: "cr" },
    { prefix: "item", topic: "cr" },
    { prefix: "product", topic: "cr" },
    { prefix: "app", topic: "cr", exact: true },
    { prefix: "apps", topic: "cr", exact: true },
    { prefix: "offer", topic: "cr" },
    { prefix: "music", topic: "cr", exact: true },
    { prefix: "track", topic: "cr" },
    { prefix: "stream", topic: "cr" },
    { prefix: "feature", topic: "ch" },
    { prefix: "functionalit", topic: "ch" },
    { prefix: "price", topic: "ch" },
    { prefix: "pricing", topic: "ch" },
    { prefix: "fee", topic: "ch" },
    { prefix: "commission", topic: "ch" },
  ],
  subjectTo: ["subject", "to"],
  titleStops: set(
    "terms term conditions condition agreement agreements policy user users general legal service services of use conditions website site platform eula contract",
  ),
  companySuffixes: set(
    "inc inc. ltd ltd. llc l.l.c. limited gmbh ag sarl s.a.r.l. s.a. sa b.v. bv n.v. nv plc corp corp. corporation company co co. ab as a/s oy spa s.p.a. srl s.r.l. sl s.l. pty lp llp ug kg",
  ),
  nameIntroducers: [
    ["welcome", "to"],
    ["thanks", "for", "using"],
    ["thank", "you", "for", "using"],
    ["between", "you", "and"],
    ["provided", "by"],
    ["operated", "by"],
    ["owned", "and", "operated", "by"],
  ],
  notNames: set(
    "the these this our your a an terms welcome please last updated effective in by if for to and of we you it important notice read section article part acceptance introduction definitions overview summary contents general scope",
  ),
};
