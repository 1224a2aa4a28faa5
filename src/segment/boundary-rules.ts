/**
 * The rules that decide whether sentence punctuation really ends a sentence, tuned on legal text:
 * abbreviations, initials, item labels ("1.", "4.1.1.", "ii."), ellipses, closing quotes, and
 * sentences glued together without a space. Each rule looks at a few dozen characters at most.
 */
import {
  AMBIGUOUS_ABBREVIATIONS,
  JOINING_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from "./abbreviations.ts";
import { isLower, isOpener, isSpace, isUpper, isWordChar } from "./characters.ts";

/** Longest word (in characters) looked at around a full stop; longer words are never abbreviations. */
export const WORD_WINDOW = 24;

/** A section or item number: `4`, `4.1`, `4.1.1`. */
const NUMBER_LABEL = /^\d{1,3}(?:\.\d{1,3})*$/;
/** A roman numeral of two or more letters used as an item label: `ii`, `xiv`, `IV`. */
const ROMAN_LABEL = /^(?:[ivxlc]{2,6}|[IVXLC]{2,6})$/;
/** Initials and abbreviations written with inner full stops: U.S, e.g, S.E.A. */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
/** A word that starts lower-case but is a name: mySugr, iPhone, eBay. */
const CAMEL_NAME = /^\p{Ll}{1,4}\p{Lu}/u;

/** Punctuation followed by whitespace and more text on the same line, as offsets into the text. */
export interface Candidate {
  text: string;
  /** Where the word carrying the terminator starts (after whitespace, before opening quotes). */
  wordStart: number;
  /** True when that word opens its line, i.e. it may be a label such as "1." or "ii.". */
  atLineStart: boolean;
  /** `[termStart, termEnd)`: the terminator run (".", "?!", "...", "…"). */
  termStart: number;
  termEnd: number;
  /** End of the closing quotes and brackets after the terminator (`termEnd` when none). */
  closersEnd: number;
  /** First non-space character after the closers. */
  next: number;
  lineEnd: number;
}

/** Decides whether the terminator of `c` ends the sentence. */
export function endsSentence(c: Candidate): boolean {
  const { text } = c;
  const nextCode = text.charCodeAt(c.next);
  if (nextCode === 44 || nextCode === 59 || nextCode === 58) return false; // , ; :
  let wordFrom = c.wordStart;
  while (wordFrom < c.termStart && isOpener(text.charCodeAt(wordFrom))) wordFrom++;
  const wordLength = c.termStart - wordFrom;
  const single = c.termEnd - c.termStart === 1;
  if (!single || text[c.termStart] !== ".") {
    // An ellipsis continues the sentence unless a capital follows; "!" and "?" end it unless a
    // lower-case word follows ("Yahoo! services").
    const nextWord = wordAfter(c);
    if (text[c.termStart] === "." || text[c.termStart] === "…") return isUpper(nextWord.charCodeAt(0));
    return !startsLowerCase(nextWord);
  }
  // A single letter before the full stop is an initial ("J. Smith", "45 W. 18th Street") or a
  // letter label ("a. Account and Password"): never the end of a sentence.
  if (wordLength === 1 && isWordChar(text.charCodeAt(wordFrom)) && !isDigit(text.charCodeAt(wordFrom))) {
    return false;
  }
  if (wordLength > WORD_WINDOW) return !startsLowerCase(wordAfter(c));
  const word = text.slice(wordFrom, c.termStart);
  // Item labels: a number ("1.", "14.") or roman numeral ("ii.") opening a line is its own
  // sentence whatever follows; so is a multi-level number anywhere ("for: 4.4.1. loss of …").
  if (NUMBER_LABEL.test(word) && (c.atLineStart || word.includes("."))) return true;
  if (ROMAN_LABEL.test(word) && c.atLineStart) return true;
  const next = wordAfter(c);
  if (startsLowerCase(next)) return false;
  const dotted = DOTTED_ABBREVIATION.test(word);
  if (c.closersEnd > c.termEnd && !dotted) return true; // `.”` `.)`: the quotation or bracket closed
  const lower = word.toLowerCase();
  if (JOINING_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower)) return !numberFollows(c);
  if (lower === "etc") return isUpper(next.charCodeAt(0));
  if (AMBIGUOUS_ABBREVIATIONS.has(lower) || dotted) {
    // In ALL-CAPS text ("FOR U.S. AND CANADIAN PLAYERS") every word looks like an opener: stay joined.
    const shouting = next.length > 1 && next === next.toUpperCase();
    return !shouting && SENTENCE_OPENERS.has(next.toLowerCase());
  }
  return true;
}

/**
 * Sentences glued without a space, "…you use.This licence …": a full stop between two lower-case
 * letters and a capital followed by a lower-case letter, outside URLs and e-mail addresses.
 */
export function isGluedBoundary(text: string, wordStart: number, dot: number, lineEnd: number): boolean {
  if (dot - wordStart < 2 || dot + 2 >= lineEnd) return false;
  if (!isLower(text.charCodeAt(dot - 1)) || !isLower(text.charCodeAt(dot - 2))) return false;
  if (!isUpper(text.charCodeAt(dot + 1)) || !isLower(text.charCodeAt(dot + 2))) return false;
  const before = text.slice(Math.max(wordStart, dot - WORD_WINDOW), dot);
  let afterEnd = dot + 1;
  while (afterEnd < lineEnd && afterEnd - dot <= WORD_WINDOW && !isSpace(text.charCodeAt(afterEnd))) {
    afterEnd++;
  }
  const after = text.slice(dot + 1, afterEnd);
  return !/[/@:.]|www/i.test(before) && !/[/@:]|\.\p{L}/u.test(after);
}

/** The next word (letters and digits, at most WORD_WINDOW) after whitespace and opening quotes. */
function wordAfter(c: Candidate): string {
  let start = c.next;
  while (start < c.lineEnd && isOpener(c.text.charCodeAt(start))) start++;
  let end = start;
  const stop = Math.min(c.lineEnd, start + WORD_WINDOW);
  while (end < stop && isWordChar(c.text.charCodeAt(end))) end++;
  return c.text.slice(start, end);
}

/**
 * True when a number follows: "5", "+44", "(3)", "IV", a code like "BR17427", or another number
 * abbreviation ("Reg. No. 5").
 */
function numberFollows(c: Candidate): boolean {
  const ahead = c.text.slice(c.next, Math.min(c.lineEnd, c.next + WORD_WINDOW));
  if (/^[(+#§]?\s?\d|^[IVXLC]+\b|^[A-Z]{1,4}\d/.test(ahead)) return true;
  return NUMBER_ABBREVIATIONS.has(wordAfter(c).toLowerCase()) && /^\p{L}+\./u.test(ahead);
}

function startsLowerCase(word: string): boolean {
  return isLower(word.charCodeAt(0)) && !CAMEL_NAME.test(word);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
