/**
 * Sentence boundaries inside one line of text. Every line break is a hard boundary (the caller
 * splits lines); inside a line a boundary follows `.`, `!`, `?` or `…` (plus any closing quotes
 * and brackets) when whitespace follows and boundary-rules.ts says the sentence really ends.
 *
 * The scan is linear: it walks the line once with one table lookup per character and looks at a
 * few dozen characters around each candidate, so a 40 MB line costs one pass. Runs longer than
 * `maxSentenceChars` are cut at the last whitespace before the limit.
 */
import type { Span } from "../core/index.ts";
import { endsSentence, isGluedBoundary } from "./boundary-rules.ts";
import { isCloser, isSpace, isTerminator } from "./characters.ts";

const FULL_STOP = 46;

/**
 * Appends the sentences of `text[lineStart, lineEnd)` (which holds no line break) to `out`,
 * trimmed of surrounding whitespace, cut at `maxSentenceChars`.
 */
export function splitLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  maxSentenceChars: number,
  out: Span[],
): void {
  let sentenceStart = lineStart;
  let wordStart = lineStart;
  let atLineStart = true;
  let i = lineStart;
  while (i < lineEnd) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (i > wordStart) atLineStart = false;
      wordStart = i + 1;
      i++;
      continue;
    }
    if (!isTerminator(code)) {
      i++;
      continue;
    }
    const termStart = i;
    let j = i + 1;
    while (j < lineEnd && isTerminator(text.charCodeAt(j))) j++;
    const termEnd = j;
    while (j < lineEnd && isCloser(text.charCodeAt(j))) j++;
    const closersEnd = j;
    let boundary = false;
    if (j < lineEnd && isSpace(text.charCodeAt(j))) {
      let next = j;
      while (next < lineEnd && isSpace(text.charCodeAt(next))) next++;
      if (next < lineEnd) {
        boundary = endsSentence({
          text,
          wordStart,
          atLineStart,
          termStart,
          termEnd,
          closersEnd,
          next,
          lineEnd,
        });
      }
    } else if (termEnd === termStart + 1 && closersEnd === termEnd && code === FULL_STOP) {
      boundary = isGluedBoundary(text, wordStart, termStart, lineEnd);
    }
    if (boundary) {
      pushTrimmed(text, sentenceStart, closersEnd, maxSentenceChars, out);
      sentenceStart = closersEnd;
      wordStart = closersEnd;
    }
    i = closersEnd;
  }
  pushTrimmed(text, sentenceStart, lineEnd, maxSentenceChars, out);
}

/** Pushes `[start, end)` trimmed of whitespace, cut into pieces of at most `maxChars`. */
function pushTrimmed(text: string, start: number, end: number, maxChars: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > maxChars) {
    const cut = cutPoint(text, start, start + maxChars);
    let pieceEnd = cut;
    while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    out.push({ start, end: pieceEnd });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

/**
 * Where to cut a run that is too long: the last whitespace after a word at or before `limit`;
 * without any, `limit` itself, moved back off the second half of a surrogate pair.
 */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start; i--) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) return i;
  }
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff && limit - 1 > start ? limit - 1 : limit;
}
