/**
 * Splits a document into headings, clauses and sentences. The unit of structure is the line
 * (further cut at the edges of any blocks the reader found): every line break ends a sentence,
 * each non-blank line is one clause, and a line that reads as a heading opens a section.
 */
import { CounterweightError, DEFAULT_LIMITS } from "../core/index.ts";
import type { Block, Clause, Heading, Segmentation, Sentence, Span } from "../core/index.ts";
import { isSpace } from "./characters.ts";
import { matchHeading } from "./headings.ts";
import { splitLine } from "./sentences.ts";

export interface SegmentOptions {
  /** Longest sentence in characters; longer runs are cut at a word boundary. */
  maxSentenceChars?: number;
}

interface Unit extends Span {
  block?: Block;
}

/** A line item label at the start of a clause: (a) a) (iv) 1. 1.1 a. • - –. */
const LIST_LABEL =
  /^(?:\(?(?:[a-z]|[ivxlc]{1,6}|\d{1,3})\)|(?:\d{1,3}\.)+\d{0,3}|[a-z]\.|[•·▪●○◦*\-–])(?:\s|$)/i;

/**
 * Segments `doc.text` into headings, clauses and sentences (offsets into `doc.text`).
 *
 * - Every line break ends a sentence; inside a line the rules of boundary-rules.ts apply.
 * - Each non-blank line (cut at block edges) is one clause; a heading line is a clause of kind
 *   "heading" whose `headingPath` ends with the heading itself.
 * - Heading blocks (Markdown, HTML, DOCX styles) are trusted with their level; without blocks a
 *   line's shape decides (headings.ts), numbered headings taking their depth from the numbering.
 * - Sentences longer than `maxSentenceChars` are cut at a word boundary.
 *
 * @throws CounterweightError `USAGE` when `maxSentenceChars` is not a positive whole number.
 * @example
 * const { sentences } = segment({ text: "1. Scope\nThese Terms apply, e.g. to Acme Inc. users. Read them." });
 * // sentences: "1." | "Scope" | "These Terms apply, e.g. to Acme Inc. users." | "Read them."
 */
export function segment(doc: { text: string; blocks?: Block[] }, options: SegmentOptions = {}): Segmentation {
  const maxSentenceChars = options.maxSentenceChars ?? DEFAULT_LIMITS.maxSentenceChars;
  if (!Number.isSafeInteger(maxSentenceChars) || maxSentenceChars < 1) {
    throw new CounterweightError(
      "USAGE",
      `maxSentenceChars must be a whole number of at least 1, not ${maxSentenceChars}`,
    );
  }
  const text = doc.text;
  if (typeof text !== "string")
    throw new CounterweightError("USAGE", "segment needs the document text as a string");
  const headings: Heading[] = [];
  const clauses: Clause[] = [];
  const sentences: Sentence[] = [];
  /** Open headings, outermost first. */
  const stack: Array<{ level: number; numbered: boolean; title: string }> = [];
  const pieces: Span[] = [];

  let previousLine = "";
  for (const unit of units(text, doc.blocks ?? [])) {
    const line = text.slice(unit.start, unit.end);
    // A line that carries on the sentence before it ("…, BREACH OF ANY STATUTORY DUTY," then
    // "OR OTHERWISE.") is not a heading, however short and capitalised it is.
    const heading =
      carriesOn(previousLine) && unit.block?.kind !== "heading" ? null : headingOf(line, unit.block);
    previousLine = line;
    let kind: Clause["kind"];
    if (heading) {
      const level = heading.depth ?? 1 + numberedDepth(stack);
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      const title = line.slice(heading.textOffset).trim().replace(/\s+/g, " ");
      stack.push({ level, numbered: heading.depth !== undefined, title });
      headings.push({ start: unit.start + heading.textOffset, end: unit.end, level, path: titles(stack) });
      kind = "heading";
    } else {
      kind = unit.block?.kind === "list-item" || LIST_LABEL.test(line) ? "list-item" : "paragraph";
    }
    const clause = clauses.length;
    clauses.push({ start: unit.start, end: unit.end, kind, headingPath: titles(stack) });
    pieces.length = 0;
    splitLine(text, unit.start, unit.end, maxSentenceChars, pieces);
    const isHeading = heading !== null;
    for (const piece of pieces)
      sentences.push({ start: piece.start, end: piece.end, clause, heading: isHeading });
  }
  return { headings, clauses, sentences };
}

/** True when a line stops mid-sentence: after a comma, an opening bracket or a joining word. */
function carriesOn(line: string): boolean {
  return /(?:[,(]|\b(?:and|or|the|of|to|by|for|with|in|any|such|including))$/i.test(line.trimEnd());
}

function titles(stack: ReadonlyArray<{ title: string }>): string[] {
  return stack.map((entry) => entry.title);
}

/** Depth of the innermost numbered heading open, so an unnumbered title nests under it. */
function numberedDepth(stack: ReadonlyArray<{ level: number; numbered: boolean }>): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.numbered) return stack[i]!.level;
  return 0;
}

/** Heading blocks from the reader are trusted; otherwise the line's own shape decides. */
function headingOf(line: string, block: Block | undefined) {
  if (block?.kind === "heading") return { depth: block.level ?? 1, textOffset: 0 };
  if (block?.kind === "list-item") return null;
  return matchHeading(line);
}

/**
 * Non-blank lines, trimmed, cut at block edges so no sentence spans two blocks; each carries the
 * block that holds its start. Blocks with impossible offsets are ignored rather than trusted.
 */
function* units(text: string, blocks: readonly Block[]): Generator<Unit> {
  const valid = blocks
    .filter((b) => Number.isInteger(b.start) && Number.isInteger(b.end) && 0 <= b.start && b.start < b.end)
    .sort((a, b) => a.start - b.start);
  const cuts = [...new Set(valid.flatMap((b) => [b.start, b.end]))].sort((a, b) => a - b);
  let cut = 0;
  let blockIndex = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (start < lineEnd) {
      while (cut < cuts.length && cuts[cut]! <= start) cut++;
      const end = cut < cuts.length && cuts[cut]! < lineEnd ? cuts[cut]! : lineEnd;
      const trimmed = trim(text, start, end);
      if (trimmed) {
        while (blockIndex + 1 < valid.length && valid[blockIndex + 1]!.start <= trimmed.start) blockIndex++;
        const block = valid[blockIndex];
        const holds = block !== undefined && block.start <= trimmed.start && trimmed.start < block.end;
        yield holds ? { ...trimmed, block } : trimmed;
      }
      start = end;
    }
    lineStart = lineEnd + 1;
  }
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
