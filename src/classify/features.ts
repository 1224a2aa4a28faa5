/**
 * Turns a sentence into feature keys: lower-cased word unigrams and bigrams (numbers and URLs
 * folded), legal cue phrases, and a few shape markers. Each key can carry the span of text that
 * produced it so a decision can be explained with offsets.
 */

import { asciiCaseCounts } from "../core/index.ts";

// URLs first so they become one token; then runs of letters/digits.
const TOKEN = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)|[\p{L}\p{N}]+/gu;

/**
 * Phrases lawyers use for one-sided terms. Most are also caught by n-grams; as one feature each
 * they generalise across documents that word them slightly differently.
 */
const CUE_PHRASES: readonly string[] = [
  "at any time",
  "sole discretion",
  "absolute discretion",
  "without notice",
  "without prior notice",
  "with or without notice",
  "for any reason",
  "for any or no reason",
  "with or without cause",
  "to the fullest extent",
  "to the maximum extent",
  "governed by the laws",
  "governed by and construed",
  "laws of the state",
  "exclusive jurisdiction",
  "courts of",
  "binding arbitration",
  "class action",
  "by using",
  "by accessing",
  "continued use",
  "privacy policy",
  "incorporated by reference",
  "incorporated herein",
  "not be liable",
  "not liable",
  "no liability",
  "in no event",
  "as is",
  "reserve the right",
  "reserves the right",
  "modify these terms",
  "change these terms",
  "terminate your account",
  "suspend or terminate",
  "remove any content",
  "remove content",
  "we may",
  "you agree",
];

const CUES = CUE_PHRASES.map((phrase) => ({ key: `#cue:${phrase}`, words: phrase.split(" ") }));
const CUES_BY_FIRST_WORD = new Map<string, typeof CUES>();
for (const cue of CUES) {
  const list = CUES_BY_FIRST_WORD.get(cue.words[0]!) ?? [];
  list.push(cue);
  CUES_BY_FIRST_WORD.set(cue.words[0]!, list);
}

/**
 * Conjunction features: a category's topic word (matched by prefix) in the same sentence as a
 * one-sidedness cue. "terminate … at any time" and "privacy … incorporated" say more together
 * than apart; a linear model over separate n-grams cannot express that. Order is part of the
 * feature definition (the fast vectoriser emits in the same order).
 */
export const CONJUNCTION_TOPICS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["a", ["arbitra"]],
  ["ch", ["amend", "modif", "chang", "revis", "updat"]],
  ["cr", ["remov", "delet", "content", "block"]],
  ["j", ["jurisdiction", "courts", "venue", "forum"]],
  ["law", ["governed", "laws", "law"]],
  ["ltd", ["liab", "damage", "warrant", "loss"]],
  ["ter", ["terminat", "suspend", "deactivat", "disabl", "cancel"]],
  ["use", ["using", "use", "access", "accept"]],
  ["pinc", ["privacy", "cookie", "policy", "notice"]],
];

/** One-sidedness cues, as word sequences, for the conjunction features. */
export const CONJUNCTION_CUES: ReadonlyArray<readonly string[]> = [
  "at any time",
  "sole discretion",
  "absolute discretion",
  "without notice",
  "without prior notice",
  "for any reason",
  "without liability",
  "we may",
  "reserve the right",
  "reserves the right",
  "exclusively",
  "exclusive",
  "binding",
  "incorporated",
  "part of these",
  "you agree",
  "constitutes",
  "in no event",
  "not be liable",
  "any reason",
  "our discretion",
  "without cause",
  "are bound",
  "be bound",
  "deemed",
  "you may",
  "waive",
  "class action",
].map((cue) => cue.split(" "));

/** The key of the conjunction of topic `t` and cue `c` (indices into the two lists). */
export function conjunctionKey(t: number, c: number): string {
  return `#x:${CONJUNCTION_TOPICS[t]![0]}:${CONJUNCTION_CUES[c]!.join("_")}`;
}

/** Bit mask of the conjunction topics a normalised word belongs to. */
export function topicMask(norm: string): number {
  let mask = 0;
  CONJUNCTION_TOPICS.forEach(([, prefixes], t) => {
    if (prefixes.some((prefix) => norm.startsWith(prefix))) mask |= 1 << t;
  });
  return mask;
}

export interface Token {
  /** Normalised form: lower-cased, digits folded to `0`, URLs to `<url>`. */
  norm: string;
  start: number;
  end: number;
}

/** Splits text into normalised word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    let norm: string;
    if (match[1] !== undefined) norm = "<url>";
    else if (/^[0-9]+$/.test(raw)) norm = "0";
    else norm = raw.toLowerCase();
    tokens.push({ norm, start, end: start + raw.length });
  }
  return tokens;
}

/** Feature keys of a text and, in parallel, the `[start, end)` offsets (relative to the text) of each. */
export interface FeatureKeys {
  keys: string[];
  starts: number[];
  ends: number[];
}

function isMostlyUpperCase(text: string): boolean {
  const { upper, lower } = asciiCaseCounts(text);
  return upper >= 12 && upper > 3 * lower;
}

function lengthBucket(tokens: number): string {
  if (tokens <= 3) return "#len:tiny";
  if (tokens <= 10) return "#len:short";
  if (tokens <= 40) return "#len:medium";
  return "#len:long";
}

/** Which optional feature families to extract; stored in the model so inference matches training. */
export interface FeatureOptions {
  /** Word trigrams besides unigrams and bigrams. */
  trigrams: boolean;
  /** Word prefixes of `stemLength` characters (a crude stemmer: terminate/termination → `~termin`). */
  stemLength: number;
  /** Bigrams of those prefixes. */
  stemBigrams: boolean;
  /** Topic × one-sidedness-cue conjunctions (`#x:` keys); absent in older models. */
  conjunctions?: boolean;
  /** One `#d:<category>` key when the sentence states a category's definition in its core wording. */
  definitionKeys?: boolean;
  /** Weight of the sentence keys (power, definitions) against the words: their idf is multiplied by it. */
  sentenceKeyScale?: number;
}

export const DEFAULT_FEATURE_OPTIONS: Readonly<FeatureOptions> = Object.freeze({
  trigrams: false,
  stemLength: 0,
  stemBigrams: false,
  conjunctions: true,
  definitionKeys: true,
});

function stemOf(norm: string, length: number): string | undefined {
  return length > 0 && norm.length > length ? `~${norm.slice(0, length)}` : undefined;
}

function containsWords(tokens: readonly Token[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let k = 0;
    while (k < words.length && tokens[i + k]!.norm === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** Extracts every feature key of a text (duplicates kept: repeats raise the term frequency). */
export function featureKeys(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): FeatureKeys {
  const tokens = tokenize(text);
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (key: string, start: number, end: number) => {
    keys.push(key);
    starts.push(start);
    ends.push(end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    add(token.norm, token.start, token.end);
    const next = tokens[i + 1];
    if (next) add(`${token.norm} ${next.norm}`, token.start, next.end);
    const third = tokens[i + 2];
    if (options.trigrams && next && third)
      add(`${token.norm} ${next.norm} ${third.norm}`, token.start, third.end);
    const stem = stemOf(token.norm, options.stemLength);
    if (stem) add(stem, token.start, token.end);
    if (options.stemBigrams && next) {
      const a = stem ?? token.norm;
      const b = stemOf(next.norm, options.stemLength) ?? next.norm;
      if (a !== token.norm || b !== next.norm) add(`${a} ${b}`, token.start, next.end);
    }
    const cues = CUES_BY_FIRST_WORD.get(token.norm);
    if (cues) {
      for (const cue of cues) {
        const last = i + cue.words.length - 1;
        if (last >= tokens.length) continue;
        let matches = true;
        for (let k = 1; k < cue.words.length; k++) {
          if (tokens[i + k]!.norm !== cue.words[k]) {
            matches = false;
            break;
          }
        }
        if (matches) add(cue.key, token.start, tokens[last]!.end);
      }
    }
  }
  const whole = text.length;
  if (options.conjunctions) {
    let topics = 0;
    for (const token of tokens) topics |= topicMask(token.norm);
    const cues = topics === 0 ? [] : CONJUNCTION_CUES.map((cue) => containsWords(tokens, cue));
    for (let t = 0; t < CONJUNCTION_TOPICS.length; t++) {
      if ((topics & (1 << t)) === 0) continue;
      cues.forEach((present, c) => {
        if (present) add(conjunctionKey(t, c), 0, whole);
      });
    }
  }
  if (isMostlyUpperCase(text)) add("#caps", 0, whole);
  add(lengthBucket(tokens.length), 0, whole);
  return { keys, starts, ends };
}
