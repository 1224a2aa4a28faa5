/**
 * Context for each sentence: the nearest preceding heading and the neighbouring sentences.
 * Training (gold corpus sentences) and inference (segmenter output) both derive the heading with
 * `isHeadingLike` over the sentence sequence, so the model sees the same kind of context in both.
 */

import type { PowerStatement } from "../core/index.ts";

/** What the classifier reads for one sentence. Context fields are optional and weigh less. */
export interface SentenceInput {
  text: string;
  /** Who may do what in the sentence (the power analysis): features, and the power rule. */
  power?: readonly PowerStatement[];
  /** The categories whose definition the sentence states (bit per category), once computed. */
  definitions?: number;
  /** Text of the nearest preceding heading-like sentence, without its numbering. */
  heading?: string;
  previous?: string;
  next?: string;
}

const NUMBERING_ONLY = /^[\s(]*(?:[0-9]+|[ivxlc]+|[a-z])(?:[.)][0-9a-z]*)*[.):]?\s*$/i;
const LEADING_NUMBERING = /^\s*(?:(?:section|article|part)\s+)?[0-9ivx]+(?:\.[0-9]+)*[.):]?\s+/i;

/** `\s` of a regular expression: white space and line terminators. */
function isSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * True when a sentence reads as a section title: short, with letters, and without the final
 * punctuation of body text (ALL-CAPS lines count even when they end with a full stop).
 */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 90 || NUMBERING_ONLY.test(trimmed)) return false;
  // One pass for what `/[A-Za-z]{3}/`, `split(/\s+/)` and the ASCII letters would tell.
  let run = 0;
  let threeLetters = false;
  let letters = 0;
  let lower = false;
  let words = 1;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const small = code >= 97 && code <= 122;
    if (upper || small) {
      letters++;
      lower ||= small;
      if (++run === 3) threeLetters = true;
    } else run = 0;
    if (isSpace(code) && !isSpace(trimmed.charCodeAt(i - 1))) words++;
  }
  if (!threeLetters || words > 12) return false;
  if (letters >= 3 && !lower) return true;
  return !/[.;,:!?]["'”’)]?$/.test(trimmed);
}

/** Strips section numbering from a heading: `14. Disputes` → `Disputes`. */
export function headingTitle(text: string): string {
  return text.trim().replace(LEADING_NUMBERING, "");
}

/**
 * Builds classifier inputs for a sequence of sentences in reading order: each gets the nearest
 * preceding heading-like sentence (never itself), its neighbours and, when given, its power
 * statements (`power[i]`, e.g. from `documentPower`).
 */
export function buildSentenceInputs(
  sentences: readonly string[],
  power?: ReadonlyArray<readonly PowerStatement[]>,
): SentenceInput[] {
  const inputs: SentenceInput[] = [];
  let heading: string | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!;
    const input: SentenceInput = { text };
    const statements = power?.[i];
    if (statements !== undefined) input.power = statements;
    if (heading !== undefined) input.heading = heading;
    if (i > 0) input.previous = sentences[i - 1]!;
    if (i + 1 < sentences.length) input.next = sentences[i + 1]!;
    inputs.push(input);
    if (isHeadingLike(text)) heading = headingTitle(text);
  }
  return inputs;
}
