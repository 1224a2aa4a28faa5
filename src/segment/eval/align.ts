/**
 * Aligns gold sentences (one a line, possibly with whitespace or small textual differences) to the
 * document text by sequential search, so that each gold sentence gets an exact `[start, end)` span.
 *
 * The search ignores whitespace: both sides are projected onto their non-whitespace characters. A
 * gold line that is not found within a window after the previous match is tried again on a looser
 * projection (letters and digits only, lower-cased); if that fails too it stays unaligned (`null`).
 */
import type { Span } from "../../core/index.ts";
import { isSpace } from "../characters.ts";

/** How far (in projected characters) past the previous match a gold sentence may start. */
const SEARCH_WINDOW = 3_000;

export interface Alignment {
  /** One entry per gold sentence: its span in the text, or null when it could not be found. */
  spans: Array<Span | null>;
  unaligned: number;
}

interface Projection {
  chars: string;
  /** Offset in the text of each projected character. */
  offsets: Int32Array;
}

function project(text: string, keep: (ch: string) => boolean, fold: (ch: string) => string): Projection {
  const chars: string[] = [];
  const offsets = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!keep(ch)) continue;
    chars.push(fold(ch));
    offsets[n++] = i;
  }
  return { chars: chars.join(""), offsets: offsets.subarray(0, n) };
}

const isNotSpace = (ch: string) => !isSpace(ch.charCodeAt(0));
const isAlnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
const same = (ch: string) => ch;
const lower = (ch: string) => ch.toLowerCase();

/** Projects a gold line the same way the text is projected. */
function projectLine(line: string, keep: (ch: string) => boolean, fold: (ch: string) => string): string {
  let out = "";
  for (const ch of line) if (keep(ch)) out += fold(ch);
  return out;
}

/** Index of the first projected character at or after text offset `offset`. */
function firstAtOrAfter(projection: Projection, offset: number): number {
  let lo = 0;
  let hi = projection.offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (projection.offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function find(projection: Projection, needle: string, fromOffset: number): Span | null {
  if (needle === "") return null;
  const from = firstAtOrAfter(projection, fromOffset);
  const at = projection.chars.indexOf(needle, from);
  if (at < 0 || at - from > SEARCH_WINDOW) return null;
  return { start: projection.offsets[at]!, end: projection.offsets[at + needle.length - 1]! + 1 };
}

/** Aligns gold sentences to `text` in order; see the module comment for the method. */
export function alignGoldSentences(text: string, gold: readonly string[]): Alignment {
  const strict = project(text, isNotSpace, same);
  let loose: Projection | undefined; // built only when some line needs it
  const spans: Array<Span | null> = [];
  let cursor = 0;
  let unaligned = 0;
  for (const line of gold) {
    let span = find(strict, projectLine(line, isNotSpace, same), cursor);
    if (span === null) {
      loose ??= project(text, isAlnum, lower);
      span = find(loose, projectLine(line, isAlnum, lower), cursor);
      // The loose match covers letters and digits only; extend it over trailing punctuation
      // (a full stop, closing quotes) so that its end is comparable with a segmenter's.
      if (span !== null) span = { start: span.start, end: extendOverPunctuation(text, span.end) };
    }
    if (span === null) {
      unaligned++;
      spans.push(null);
      continue;
    }
    spans.push(span);
    cursor = span.end;
  }
  return { spans, unaligned };
}

function extendOverPunctuation(text: string, end: number): number {
  while (end < text.length && /[.!?;:"'’”)\]]/.test(text[end]!)) end++;
  return end;
}
