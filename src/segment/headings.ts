/**
 * Recognises a heading from one line of text and how deep it sits. Plain text carries no markup,
 * so the evidence is the line itself: a section number ("14. Disputes", "1.1 Scope"), a keyword
 * ("Section 4", "ARTICLE V"), a letter ("a. Account and Password"), Markdown hashes, or a short
 * title-like line without a final full stop ("Governing Law", "LIMITATION OF LIABILITY").
 */

export interface HeadingMatch {
  /** Depth from numbering ("1.1" → 2) or hashes; undefined for an unnumbered title. */
  depth?: number;
  /** Offset inside the line where the heading's own text starts (after Markdown hashes). */
  textOffset: number;
}

const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;

const MARKDOWN = /^(#{1,6})[ \t]+\S/;
const KEYWORD =
  /^(?:section|article|part|chapter|schedule|annex|appendix|exhibit|clause)[ \t]+(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Z])\b\.?(?:[ \t]*[-–—:.]?[ \t]*(.*))?$/i;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(.+)$/;
/** Roman section numbers; a single letter other than "I" is taken as a letter label instead. */
const ROMAN = /^([IVXLC]{2,6}|I)\.[ \t]+(.+)$/;
/** A lettered sub-section: "a. Account and Password", "(b) Third-Party Accounts", "C) Export". */
const LETTERED = /^(?:[a-zA-Z]\.|\(?[a-zA-Z]\))[ \t]+(.+)$/;
/** Short words that stay lower-case in Title Case. */
const MINOR_WORDS = new Set(
  "a an and as at by for from in into of on or the to with without under upon via vs per nor but".split(" "),
);

/** Returns the heading found in `line` (already trimmed, one line), or null. */
export function matchHeading(line: string): HeadingMatch | null {
  if (line.length > MAX_TITLE_CHARS + 20) return null;
  const markdown = MARKDOWN.exec(line);
  if (markdown) return { depth: markdown[1]!.length, textOffset: markdown[1]!.length + 1 };
  const keyword = KEYWORD.exec(line);
  if (keyword && (keyword[2] === undefined || keyword[2] === "" || isTitle(keyword[2], true))) {
    return { depth: numberDepth(keyword[1]!), textOffset: 0 };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered)
    return isTitle(numbered[2]!, true) ? { depth: numberDepth(numbered[1]!), textOffset: 0 } : null;
  const roman = ROMAN.exec(line);
  if (roman && isTitle(roman[2]!, true)) return { depth: 1, textOffset: 0 };
  const lettered = LETTERED.exec(line);
  if (lettered) return isTitle(lettered[1]!, false) ? { textOffset: 0 } : null;
  // Unnumbered: no commas or digits, which mark addresses and dates ("Sacramento, CA 95833").
  return isTitle(line, false) && !/[\d,(]/.test(line) ? { textOffset: 0 } : null;
}

function numberDepth(label: string): number {
  return /^\d/.test(label) ? label.split(".").length : 1;
}

/**
 * True when `title` reads as a heading: short, starting with a capital, no sentence punctuation
 * inside, no final comma/semicolon/colon, and Title Case or ALL CAPS. A final full stop is allowed
 * only on very short titles ("License.", "Governing Law.") — run-in headings common in agreements.
 * After a section number the title may be in sentence case ("1. Contractual relationship").
 */
function isTitle(title: string, numbered: boolean): boolean {
  const trimmed = title.trim();
  if (trimmed === "" || trimmed.length > MAX_TITLE_CHARS) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(trimmed)) return false;
  if (/[,;:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  const body = trimmed.replace(/\.$/, "");
  if (/[.!?]\s/.test(body) || /[!?]$/.test(body)) return false; // more than one sentence, or a question
  const endsWithStop = trimmed.endsWith(".");
  if (endsWithStop && words.length > 5) return false;
  const letters = body.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return false;
  if (letters === letters.toUpperCase()) return letters.length >= 3;
  const significant = words.filter((w) => /^\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (numbered) return capitalised >= 1 && !endsWithStop ? true : capitalised === significant.length;
  return capitalised === significant.length;
}
