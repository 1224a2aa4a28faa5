/**
 * Reads a sentence for "who may do what": every subject + modal + action ("Acme may suspend your
 * account", "you can close your account", "either party may terminate", "your content may be
 * removed", "we will not delete …"). A small, literal reading: it finds the modal, looks left for
 * the subject and right for the action and its object. It does not parse the sentence; what it
 * cannot read it leaves out, and the classifier then decides alone.
 */
import { wordsPattern } from "../core/index.ts";
import { ENGLISH, type PowerLexicon } from "./lexicon-en.ts";
import { powerTokens, withoutPossessive, type PowerToken } from "./tokens.ts";
import type { Parties, PowerActor, PowerModality, PowerStatement, PowerTopic } from "./types.ts";

/** The parties of one document, prepared for matching words. */
export interface PartyMatcher {
  lexicon: PowerLexicon;
  /** Provider name word sequences, by their last word. */
  aliasesByLast: Map<string, string[][]>;
  readerWords: ReadonlySet<string>;
  /** Per word form: the action topics it names, or null (cached). */
  actionCache: Map<string, PowerTopic[] | null>;
  /** Per folded first three letters, 1 when an action word can start so. */
  actionHeads: Uint8Array;
  objectCache: Map<string, PowerTopic | null>;
}

export function partyMatcher(parties: Parties, lexicon: PowerLexicon = ENGLISH): PartyMatcher {
  const aliasesByLast = new Map<string, string[][]>();
  for (const alias of parties.providerAliases) {
    const last = alias[alias.length - 1];
    if (last === undefined) continue;
    const list = aliasesByLast.get(last) ?? [];
    list.push(alias);
    aliasesByLast.set(last, list);
  }
  const shared = lexiconCaches(lexicon);
  return {
    lexicon,
    aliasesByLast,
    readerWords:
      parties.readerAliases.length === 0
        ? lexicon.readerWords
        : new Set([...lexicon.readerWords, ...parties.readerAliases]),
    actionCache: shared.actions,
    objectCache: shared.objects,
    actionHeads: shared.heads,
  };
}

/** What a word form names depends on the lexicon only: remembered across documents. */
const caches = new WeakMap<
  PowerLexicon,
  { actions: Map<string, PowerTopic[] | null>; objects: Map<string, PowerTopic | null>; heads: Uint8Array }
>();

function lexiconCaches(lexicon: PowerLexicon) {
  let cache = caches.get(lexicon);
  if (!cache) {
    cache = { actions: new Map(), objects: new Map(), heads: actionHeadsOf(lexicon) };
    caches.set(lexicon, cache);
  }
  return cache;
}

const MAX_PARENTHESIS = 14;
const VERB_WINDOW = 12;
const OBJECT_WINDOW = 8;

interface Modal {
  kind: "permission" | "obligation";
  /** Index of the first token after the modal. */
  end: number;
  negated: boolean;
}

/**
 * The power statements of a sentence, in order, with spans relative to the text.
 * @example findStatements("Acme may suspend your account.", partyMatcher(findParties("Acme Terms")))
 * // [{ actor: "provider", modality: "permission", topics: ["ter"], action: "suspend", object: "your account", … }]
 */
export function findStatements(text: string, matcher: PartyMatcher): PowerStatement[] {
  // Three sentences in four name no action a power can be over: nothing to read in them, except
  // an introduction ("We may:") whose list items carry the actions.
  if (!hasActionWord(matcher.lexicon, text) && !text.trimEnd().endsWith(":")) return [];
  const tokens = powerTokens(text);
  const starts = modalStartsOf(matcher.lexicon);
  const statements: PowerStatement[] = [];
  let lastAction: { topics: PowerTopic[]; action: string } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const modal = startsModal(starts, tokens[i]!.norm)
      ? modalAt(tokens, i, text, matcher.lexicon)
      : undefined;
    if (!modal) {
      const present = presentTense(tokens, i, text, matcher);
      if (present) statements.push(present);
      continue;
    }
    const inverted = invertedNegation(tokens, i);
    const subject = inverted ? partyAfter(tokens, modal.end, matcher) : subjectBefore(tokens, i, matcher);
    const negated = modal.negated || inverted || subject?.negated === true;
    let verbAt = verbAfter(tokens, inverted ? (subject?.end ?? modal.end) : modal.end, matcher.lexicon);
    if (verbAt < 0) {
      // "We may:" — the actions follow as list items, which carry on from this statement.
      if (tokens[modal.end]?.norm === ":" || modal.end >= tokens.length) {
        statements.push(dangling(tokens, i, modal, subject, negated));
      }
      continue;
    }
    let actor: PowerActor = subject?.actor ?? "unnamed";
    let passive = false;
    if (matcher.lexicon.beForms.has(tokens[verbAt]!.norm)) {
      const participle = verbAfter(tokens, verbAt + 1, matcher.lexicon);
      if (participle < 0) continue;
      const topics = actionTopics(tokens[participle]!.norm, matcher);
      // "be liable" is the subject's own liability, not a passive.
      passive = topics !== null && !topics.includes("ltd");
      verbAt = participle;
      if (passive) actor = agentAfter(tokens, participle + 1, matcher) ?? "unnamed";
    }
    let action = actionAt(tokens, verbAt, matcher);
    if (!action && isDoSo(tokens, verbAt, matcher.lexicon) && lastAction) {
      action = { ...lastAction, last: verbAt + 1 };
    }
    const topics = action?.topics ?? [];
    // A passive's object is its subject: "your content may be removed".
    const objectRange = passive
      ? objectBefore(tokens, i, matcher)
      : objectAfter(tokens, action?.last ?? verbAt, matcher);
    const resolved = action ? resolveTopics(topics, objectRange.topics) : [];
    const modality: PowerModality = negated ? (actor === "reader" ? "prohibition" : "negation") : modal.kind;
    const start =
      subject && !inverted && !passive ? Math.min(subject.start, tokens[i]!.start) : tokens[i]!.start;
    const endToken = objectRange.last >= 0 ? objectRange.last : (action?.last ?? verbAt);
    statements.push({
      start,
      end: tokens[endToken]!.end,
      actor,
      modality,
      topics: resolved,
      action: action ? text.slice(tokens[verbAt]!.start, tokens[action.last]!.end) : tokens[verbAt]!.norm,
      actionStart: tokens[verbAt]!.start,
      object:
        objectRange.first >= 0
          ? text.slice(tokens[objectRange.first]!.start, tokens[objectRange.last]!.end)
          : "",
      excepted: negated && exceptionFollows(tokens, endToken + 1, matcher.lexicon),
    });
    if (action) lastAction = { topics: action.topics, action: statements[statements.length - 1]!.action };
    i = Math.max(i, verbAt);
  }
  return statements;
}

function dangling(
  tokens: readonly PowerToken[],
  i: number,
  modal: Modal,
  subject: Subject | undefined,
  negated: boolean,
): PowerStatement {
  const actor = subject?.actor ?? "unnamed";
  const end = tokens[modal.end - 1]!.end;
  return {
    start: subject ? Math.min(subject.start, tokens[i]!.start) : tokens[i]!.start,
    end,
    actor,
    modality: negated ? (actor === "reader" ? "prohibition" : "negation") : modal.kind,
    topics: [],
    action: "",
    actionStart: end,
    object: "",
    excepted: false,
  };
}

/** Verbs after which the provider's act is the reader's wish: "you ask that we delete …". */
const REQUEST_VERBS: ReadonlySet<string> = new Set([
  "request",
  "requests",
  "ask",
  "asks",
  "instruct",
  "instructs",
]);

/** Word endings of nouns that share a prefix with an action ("termination", "removal", "amendment"). */
const NOUN_ENDING = /(?:ion|ions|al|als|ment|ments|ing|ity|ities)$/;

/**
 * A power stated in the present tense by a named party: "we close accounts that …", "if Acme
 * removes your content …", "you cancel your plan in Settings". Only with a party as subject right
 * before the verb, so nouns ("our changes", "account closure") never read as actions.
 */
function presentTense(
  tokens: readonly PowerToken[],
  i: number,
  text: string,
  matcher: PartyMatcher,
): PowerStatement | undefined {
  const token = tokens[i]!;
  if (token.punct || i === 0) return undefined;
  const topics = actionTopics(token.norm, matcher);
  if (!topics || topics.includes("ltd") || NOUN_ENDING.test(token.norm)) return undefined;
  const subject = partyEndingAt(tokens, i - 1, matcher);
  const word = tokens[i - 1]!.norm;
  if (!subject || word === "our" || word === "ours" || word === "us" || word === "your") return undefined;
  const party = withPartner(tokens, subject, matcher);
  // "If you request that we close your account": the provider acts on the reader's word.
  const requested =
    REQUEST_VERBS.has(tokens[i - 2]?.norm ?? "") || REQUEST_VERBS.has(tokens[i - 3]?.norm ?? "");
  const action = actionAt(tokens, i, matcher)!;
  const objectRange = objectAfter(tokens, action.last, matcher);
  const endToken = objectRange.last >= 0 ? objectRange.last : action.last;
  return {
    start: party.start,
    end: tokens[endToken]!.end,
    actor: requested ? "reader" : party.actor,
    // "Where we close your account …" presumes the power: the provider may do it.
    modality: "permission",
    topics: resolveTopics(action.topics, objectRange.topics),
    action: baseForm(text.slice(token.start, tokens[action.last]!.end)),
    actionStart: token.start,
    object:
      objectRange.first >= 0
        ? text.slice(tokens[objectRange.first]!.start, tokens[objectRange.last]!.end)
        : "",
    excepted: false,
  };
}

/** "terminates or suspends" → "terminate or suspend": the report reads them after "may". */
function baseForm(action: string): string {
  return action.replace(/[\p{L}]+/gu, (word) => {
    if (/(ches|shes|sses|xes|zes)$/i.test(word)) return word.slice(0, -2);
    if (/ies$/i.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
    if (/[^s]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
    return word;
  });
}

const actionHints = new WeakMap<PowerLexicon, RegExp>();

/**
 * Whether the text holds any action word of a lexicon (a sentence without one has no statement):
 * one pattern for them all. (Trying it only where an action word's first letters stand, as the
 * definitions' trigger words are, was slower: the pattern with its leading `\b` is fast.)
 */
function hasActionWord(lexicon: PowerLexicon, text: string): boolean {
  let hint = actionHints.get(lexicon);
  if (!hint) {
    const prefixes = wordsPattern(lexicon.actions.filter((a) => !a.exact).map((a) => a.prefix));
    const exact = wordsPattern(lexicon.actions.filter((a) => a.exact).map((a) => a.prefix));
    hint = new RegExp(`\\b(?:${prefixes}|(?:${exact})\\b)`, "i");
    actionHints.set(lexicon, hint);
  }
  return hint.test(text);
}

/**
 * Per lexicon, every word a modal or modal phrase can start with (most words are none), and a
 * gate before the set: a bit per first letter, last letter and length (each folded to a few
 * bits) that some start word has. A word whose bit is clear is no start word; most words of a
 * sentence are ruled out so, without hashing the word for the set.
 */
interface ModalStarts {
  words: ReadonlySet<string>;
  gate: Uint8Array;
}

const modalStarts = new WeakMap<PowerLexicon, ModalStarts>();

function gateKey(word: string): number {
  return (
    (((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)) * 16 + (word.length & 15)
  );
}

function modalStartsOf(lexicon: PowerLexicon): ModalStarts {
  let starts = modalStarts.get(lexicon);
  if (!starts) {
    const words = new Set([
      ...lexicon.permissionModals,
      ...lexicon.obligationModals,
      ...lexicon.negativeModals.keys(),
      ...lexicon.doAuxiliaries,
      "is",
      "are",
      ...lexicon.permissionPhrases.map((p) => p[0]!),
      ...lexicon.obligationPhrases.map((p) => p[0]!),
    ]);
    const gate = new Uint8Array(32 * 32 * 16);
    for (const word of words) gate[gateKey(word)] = 1;
    starts = { words, gate };
    modalStarts.set(lexicon, starts);
  }
  return starts;
}

function startsModal(starts: ModalStarts, word: string): boolean {
  return starts.gate[gateKey(word)] === 1 && starts.words.has(word);
}

function modalAt(
  tokens: readonly PowerToken[],
  i: number,
  text: string,
  lexicon: PowerLexicon,
): Modal | undefined {
  const token = tokens[i]!;
  if (token.punct) return undefined;
  const word = token.norm;
  let kind: Modal["kind"] | undefined;
  let end = i + 1;
  let negated = false;
  if (lexicon.permissionModals.has(word)) kind = "permission";
  else if (lexicon.obligationModals.has(word)) kind = "obligation";
  else if (lexicon.negativeModals.has(word)) {
    kind = lexicon.negativeModals.get(word)!;
    negated = true;
  } else if (lexicon.doAuxiliaries.has(word)) {
    if (word.endsWith("n't") || lexicon.negations.has(tokens[i + 1]?.norm ?? "")) {
      kind = "obligation";
      negated = true;
    }
  }
  if (!kind && (word === "is" || word === "are")) {
    // "we are not liable", "neither party is responsible": liability stated in the present tense.
    let k = i + 1;
    while (lexicon.negations.has(tokens[k]?.norm ?? "")) k++;
    if (/^(liable|responsible)$/.test(tokens[k]?.norm ?? "")) kind = "obligation";
  }
  // "is entitled to", "are free to", "is required to": phrases that start with a form of "be".
  if (!kind && !lexicon.negativeModals.has(word)) {
    const permission = matchPhrase(tokens, i, lexicon.permissionPhrases);
    const match = permission ?? matchPhrase(tokens, i, lexicon.obligationPhrases);
    if (match !== undefined) {
      kind = permission ? "permission" : "obligation";
      end = match.end;
    }
  }
  if (!kind) return undefined;
  // "May 2024", "at will": not modals.
  if (word === "may" && text.charCodeAt(token.start) === 77 && /^\d/.test(tokens[i + 1]?.norm ?? ""))
    return undefined;
  if (word === "will" && tokens[i - 1]?.norm === "at") return undefined;
  while (lexicon.negations.has(tokens[end]?.norm ?? "")) {
    negated = true;
    end++;
  }
  return { kind, end, negated };
}

/** A phrase at token `i`, and the index after it; "reserves the right, at its discretion, to" counts. */
function matchPhrase(
  tokens: readonly PowerToken[],
  i: number,
  phrases: ReadonlyArray<readonly string[]>,
): { phrase: readonly string[]; end: number } | undefined {
  for (const phrase of phrases) {
    if (tokens[i]!.norm !== phrase[0]) continue;
    let k = 1;
    let at = i + 1;
    while (k < phrase.length) {
      if (tokens[at]?.norm === phrase[k]) {
        k++;
        at++;
      } else if (k === phrase.length - 1 && tokens[at]?.norm === ",") {
        const close = closingComma(tokens, at);
        if (close < 0) break;
        at = close + 1;
      } else break;
    }
    if (k === phrase.length) return { phrase, end: at };
  }
  return undefined;
}

function closingComma(tokens: readonly PowerToken[], open: number): number {
  for (let c = open + 1; c < Math.min(tokens.length, open + MAX_PARENTHESIS); c++) {
    const norm = tokens[c]!.norm;
    if (norm === ",") return c;
    if (norm === ";" || norm === ".") return -1;
  }
  return -1;
}

/** "In no event shall …", "under no circumstances will …": the modal comes before its subject. */
function invertedNegation(tokens: readonly PowerToken[], i: number): boolean {
  const before = tokens[i - 1]?.norm;
  return (
    (before === "event" || before === "circumstances" || before === "case") &&
    (tokens[i - 2]?.norm === "no" || tokens[i - 3]?.norm === "no")
  );
}

interface Subject {
  actor: PowerActor;
  start: number;
  /** Index of the token after the subject (for a subject after an inverted modal). */
  end: number;
  negated?: boolean;
}

/** The subject that ends right before the modal at `i`: a party, a thing, or nothing. */
function subjectBefore(tokens: readonly PowerToken[], i: number, matcher: PartyMatcher): Subject | undefined {
  const lexicon = matcher.lexicon;
  let k = i - 1;
  while (k >= 0 && lexicon.subjectAdverbs.has(tokens[k]!.norm)) k--;
  k = skipParenthesisBack(tokens, k);
  while (k >= 0 && lexicon.subjectAdverbs.has(tokens[k]!.norm)) k--;
  if (k < 0) return undefined;
  const party = partyEndingAt(tokens, k, matcher);
  if (party) return withPartner(tokens, party, matcher);
  if (tokens[k]!.punct) return undefined;
  // "Users who do not agree may close …": a party before "who" is the subject.
  for (let r = k - 1; r >= Math.max(0, k - 10); r--) {
    const norm = tokens[r]!.norm;
    if (norm === ";" || norm === "." || norm === ":") break;
    if (norm === "who" || norm === "whom") {
      const owner = r > 0 ? partyEndingAt(tokens, r - 1, matcher) : undefined;
      if (owner) return owner;
      break;
    }
  }
  return { actor: "unnamed", start: tokens[k]!.start, end: i };
}

/** Skips a comma- or bracket-delimited aside that ends at token `k`, going left. */
function skipParenthesisBack(tokens: readonly PowerToken[], k: number): number {
  if (k < 0) return k;
  const close = tokens[k]!.norm;
  if (close !== "," && close !== ")") return k;
  const open = close === "," ? "," : "(";
  for (let c = k - 1; c >= Math.max(0, k - MAX_PARENTHESIS); c--) {
    const norm = tokens[c]!.norm;
    if (norm === ";" || norm === "." || norm === ":") return k;
    if (norm === open) return c - 1;
  }
  return k;
}

/** A party named by the words ending at token `k` ("we", "either party", "Acme Ltd", "the user"). */
function partyEndingAt(tokens: readonly PowerToken[], k: number, matcher: PartyMatcher): Subject | undefined {
  const lexicon = matcher.lexicon;
  const token = tokens[k];
  if (!token || token.punct) return undefined;
  const word = token.norm;
  const previous = tokens[k - 1]?.norm ?? "";

  if ((word === "us" || word === "you" || word === "them") && previous === "of") {
    const determiner = tokens[k - 2]?.norm ?? "";
    if (lexicon.bothDeterminers.has(determiner) && word === "us")
      return subjectAt(tokens, k, "both", k - 2, determiner === "neither");
    if (word === "you") return subjectAt(tokens, k, "reader", k - 2);
  }
  if (lexicon.partyNouns.has(word)) {
    if (lexicon.bothDeterminers.has(previous))
      return subjectAt(tokens, k, "both", k - 1, previous === "neither");
    if (previous === "the" || previous === "other" || previous === "a" || previous === "any")
      return subjectAt(tokens, k, "both", k - 1);
  }
  if (lexicon.providerWords.has(word)) return subjectAt(tokens, k, "provider", k);
  const alias = aliasEndingAt(tokens, k, matcher);
  if (alias >= 0) return subjectAt(tokens, k, "provider", alias);
  if (lexicon.providerNouns.has(word) && (previous === "the" || token.capital))
    return subjectAt(tokens, k, "provider", previous === "the" ? k - 1 : k);
  if (matcher.readerWords.has(word) && word !== "your" && word !== "yours") {
    return subjectAt(
      tokens,
      k,
      "reader",
      previous === "the" || previous === "each" || previous === "any" ? k - 1 : k,
    );
  }
  return undefined;
}

function subjectAt(
  tokens: readonly PowerToken[],
  k: number,
  actor: PowerActor,
  first: number,
  negated = false,
): Subject {
  return { actor, start: tokens[first]!.start, end: k + 1, negated };
}

/** "You and we", "Acme or you": two different parties joined into one subject are both. */
function withPartner(tokens: readonly PowerToken[], party: Subject, matcher: PartyMatcher): Subject {
  let first = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.start === party.start) {
      first = k;
      break;
    }
  }
  const joiner = tokens[first - 1]?.norm ?? "";
  if (first < 1 || !matcher.lexicon.conjunctions.has(joiner)) return party;
  let k = first - 2;
  if (tokens[k]?.norm === "both" || tokens[k]?.norm === "either") k--;
  const partner = partyEndingAt(tokens, k, matcher);
  if (partner && partner.actor !== party.actor) return { ...party, actor: "both", start: partner.start };
  return party;
}

function aliasEndingAt(tokens: readonly PowerToken[], k: number, matcher: PartyMatcher): number {
  const last = withoutPossessive(tokens[k]!.norm);
  const aliases = matcher.aliasesByLast.get(last);
  if (!aliases) return -1;
  for (const alias of aliases) {
    const first = k - alias.length + 1;
    if (first < 0) continue;
    let matches = true;
    for (let a = 0; a < alias.length - 1; a++) {
      if (tokens[first + a]!.norm !== alias[a]) {
        matches = false;
        break;
      }
    }
    if (matches) return first;
  }
  return -1;
}

/** The party named right after position `from` (the subject after an inverted modal, a passive's agent). */
function partyAfter(tokens: readonly PowerToken[], from: number, matcher: PartyMatcher): Subject | undefined {
  for (let end = Math.min(tokens.length - 1, from + 5); end >= from; end--) {
    const party = partyEndingAt(tokens, end, matcher);
    if (party && tokens[from]!.start <= party.start) return { ...party, end: end + 1 };
  }
  return undefined;
}

function agentAfter(
  tokens: readonly PowerToken[],
  from: number,
  matcher: PartyMatcher,
): PowerActor | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k]!.norm !== matcher.lexicon.agentMarker) continue;
    return partyAfter(tokens, k + 1, matcher)?.actor;
  }
  return undefined;
}

/** The first word after `from` that is not a filler ("at any time", "in its sole discretion", an aside). */
function verbAfter(tokens: readonly PowerToken[], from: number, lexicon: PowerLexicon): number {
  let j = from;
  if (tokens[j]?.norm === ",") {
    const close = closingComma(tokens, j);
    if (close > 0) j = close + 1;
  }
  for (let steps = 0; j < tokens.length && steps < VERB_WINDOW; j++, steps++) {
    const token = tokens[j]!;
    if (token.punct) {
      if (token.norm === "," || token.norm === "(" || token.norm === ")") continue;
      return -1;
    }
    if (lexicon.verbFillers.has(token.norm)) continue;
    return j;
  }
  return -1;
}

interface ActionRange {
  topics: PowerTopic[];
  /** Index of the last action word ("suspend or terminate": "terminate"). */
  last: number;
}

/** The action at `j` and the actions coordinated with it ("modify, suspend or discontinue"). */
function actionAt(tokens: readonly PowerToken[], j: number, matcher: PartyMatcher): ActionRange | undefined {
  const first = actionTopics(tokens[j]!.norm, matcher);
  if (!first) return undefined;
  const topics = new Set(first);
  let last = j;
  for (let k = j + 1; k < Math.min(tokens.length, j + 8); k++) {
    const norm = tokens[k]!.norm;
    if (norm === "," || matcher.lexicon.conjunctions.has(norm)) continue;
    if (matcher.lexicon.verbFillers.has(norm) && norm !== "for" && norm !== "without" && norm !== "with")
      continue;
    const more = actionTopics(norm, matcher);
    if (!more) break;
    for (const topic of more) topics.add(topic);
    last = k;
  }
  return { topics: [...topics], last };
}

function isDoSo(tokens: readonly PowerToken[], j: number, lexicon: PowerLexicon): boolean {
  return tokens[j]?.norm === lexicon.doSo[0] && tokens[j + 1]?.norm === lexicon.doSo[1];
}

/**
 * The first three letters of a word, folded to 15 bits: an action's word starts with its prefix's
 * three letters, so a word whose folded letters no action has is none (a cheap first test).
 */
function headOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(2) & 31);
}

/** Per folded head (`headOf`), 1 when some action of the lexicon has it. */
function actionHeadsOf(lexicon: PowerLexicon): Uint8Array {
  const heads = new Uint8Array(1 << 15);
  for (const action of lexicon.actions) heads[headOf(action.prefix)] = 1;
  return heads;
}

export function actionTopics(norm: string, matcher: PartyMatcher): PowerTopic[] | null {
  if (norm.length < 3 || matcher.actionHeads[headOf(norm)] === 0) return null;
  const cached = matcher.actionCache.get(norm);
  if (cached !== undefined) return cached;
  let found: PowerTopic[] | null = null;
  for (const action of matcher.lexicon.actions) {
    if (action.exact ? norm === action.prefix : norm.startsWith(action.prefix)) {
      found = [...action.topics];
      break;
    }
  }
  matcher.actionCache.set(norm, found);
  return found;
}

function objectTopic(norm: string, matcher: PartyMatcher): PowerTopic | null {
  const cached = matcher.objectCache.get(norm);
  if (cached !== undefined) return cached;
  let found: PowerTopic | null = null;
  for (const object of matcher.lexicon.objects) {
    if (object.exact ? norm === object.prefix : norm.startsWith(object.prefix)) {
      found = object.topic;
      break;
    }
  }
  matcher.objectCache.set(norm, found);
  return found;
}

/** The object words after the action, up to the first clause break, and the topics they name. */
function objectAfter(
  tokens: readonly PowerToken[],
  from: number,
  matcher: PartyMatcher,
): { first: number; last: number; topics: Set<PowerTopic> } {
  const topics = new Set<PowerTopic>();
  let first = -1;
  let last = -1;
  for (let k = from + 1; k < Math.min(tokens.length, from + 1 + OBJECT_WINDOW); k++) {
    const token = tokens[k]!;
    if (token.punct && token.norm !== "(" && token.norm !== ")") break;
    if (matcher.lexicon.clauseBreaks.has(token.norm) || matcher.lexicon.objectStops.has(token.norm)) break;
    // "… or we disable your account": another party's action starts here.
    if (matcher.lexicon.conjunctions.has(token.norm) && partyEndingAt(tokens, k + 1, matcher)) break;
    if (first < 0 && !token.punct) first = k;
    const topic = objectTopic(withoutPossessive(token.norm), matcher);
    if (topic) {
      topics.add(topic);
      last = k;
    }
  }
  return last < 0 ? { first: -1, last: -1, topics } : { first, last, topics };
}

/** The subject words of a passive, read as its object ("your content" in "your content may be removed"). */
function objectBefore(
  tokens: readonly PowerToken[],
  modal: number,
  matcher: PartyMatcher,
): { first: number; last: number; topics: Set<PowerTopic> } {
  const topics = new Set<PowerTopic>();
  let first = -1;
  let last = -1;
  for (let k = modal - 1; k >= Math.max(0, modal - OBJECT_WINDOW); k--) {
    const token = tokens[k]!;
    if (token.punct && token.norm !== "(" && token.norm !== ")") break;
    if (matcher.lexicon.clauseBreaks.has(token.norm)) break;
    const topic = objectTopic(withoutPossessive(token.norm), matcher);
    if (topic) {
      topics.add(topic);
      if (last < 0) last = k;
      first = k;
    }
  }
  if (last >= 0 && first > 0 && /^(?:your|our|any|all|the|such)$/.test(tokens[first - 1]!.norm)) first--;
  return { first, last, topics };
}

/** Verbs that serve several topics are decided by their object ("remove your content" is content removal). */
function resolveTopics(
  verbTopics: readonly PowerTopic[],
  objectTopics: ReadonlySet<PowerTopic>,
): PowerTopic[] {
  if (verbTopics.length < 2 || objectTopics.size === 0) return [...verbTopics];
  // "disable access to your content" is about the content.
  const objects =
    objectTopics.has("cr") && verbTopics.includes("cr") ? new Set<PowerTopic>(["cr"]) : objectTopics;
  const both = verbTopics.filter((topic) => objects.has(topic));
  return both.length > 0 ? both : [...verbTopics];
}

/** "We will not remove your content unless …": the negation keeps a power for the stated ground. */
function exceptionFollows(tokens: readonly PowerToken[], from: number, lexicon: PowerLexicon): boolean {
  for (let k = from; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (norm === ";" || norm === ".") return false;
    if (lexicon.exceptions.has(norm)) return norm !== "other" || tokens[k + 1]?.norm === "than";
  }
  return false;
}

const LIST_LABEL = /^\s*(?:\(?(?:[a-z]|[ivxlc]{1,6}|\d{1,3})[.)]|[•·▪●○◦*\-–])\s+/i;

/**
 * The statements of every sentence of a document. A list item that carries on a "we may:" or
 * "you may not:" introduction (`continues[i]` = 1) is read with the introduction's subject and
 * modal in front of it, so "(b) remove any content" under "We may:" is the provider's power.
 */
export function sentenceStatements(
  texts: readonly string[],
  matcher: PartyMatcher,
  continues?: ArrayLike<number>,
): PowerStatement[][] {
  const all: PowerStatement[][] = [];
  let head: string | undefined;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (continues?.[i] !== 1) head = undefined;
    let statements = findStatements(text, matcher);
    if (head !== undefined && statements.length === 0) {
      // "(b) remove any content" reads as "We may remove any content": the label goes, offsets stay.
      const label = LIST_LABEL.exec(text)?.[0].length ?? 0;
      const shift = head.length + 1 - label;
      statements = findStatements(`${head} ${text.slice(label)}`, matcher)
        .filter((s) => s.end > shift)
        .map((s) => ({
          ...s,
          start: Math.max(0, s.start - shift),
          end: s.end - shift,
          actionStart: Math.max(0, s.actionStart - shift),
        }));
    }
    const last = statements[statements.length - 1];
    if (last !== undefined && last.action === "") head = text.slice(last.start, last.actionStart);
    all.push(statements);
  }
  return all;
}
