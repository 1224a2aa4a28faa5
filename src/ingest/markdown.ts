/**
 * Reads Markdown as a person would read the rendered page: `#` markers, emphasis, link syntax
 * and code fences disappear; headings, list items and paragraphs become blocks. Every pattern
 * here is linear (no nested quantifiers), so a 40 MB line costs one pass.
 */
import type { ExtractedText } from "./html.ts";
import { TextBuilder } from "./text-builder.ts";

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts an enumerated item of a clause: "(a)", "(iv)", "(2)", "b)", "§ 4", "7.2". */
const CLAUSE_ITEM =
  /^[ \t]*(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|[a-z]\)|§[ \t]*\d|\d{1,3}(?:\.\d{1,3})+[ \t])/i;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*\S/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/**
 * Extracts text and blocks from Markdown. Ordered-list numbers are kept (they are clause
 * numbers in an agreement); bullets are dropped.
 * @example extractMarkdown("# Terms\n\n- **You** may [cancel](https://x).").text // "Terms\n\nYou may cancel."
 */
export function extractMarkdown(markdown: string): ExtractedText {
  const builder = new TextBuilder();
  const lines = markdown.split(/\r\n?|\n/);
  let fence: string | undefined;
  let inParagraph = false;
  let title: string | undefined;
  const heading = (level: number, content: string) => {
    builder.paragraphBreak();
    builder.pushContext({ kind: "heading", level });
    const text = renderInline(content);
    builder.text(text);
    title ??= text.trim() || undefined;
    builder.paragraphBreak();
    builder.popContext();
    inParagraph = false;
  };

  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) {
        fence = undefined;
        builder.preformatted--;
        builder.paragraphBreak();
      } else {
        builder.text(line);
        builder.lineBreak();
      }
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      builder.paragraphBreak();
      builder.preformatted++;
      inParagraph = false;
      continue;
    }
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, "");
    if (line.trim() === "" || THEMATIC_BREAK.test(line)) {
      builder.paragraphBreak();
      inParagraph = false;
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      heading(atx[1]!.length, stripClosingHashes(line.slice(atx[0].length)));
      continue;
    }
    if (REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) continue;
    const underline = SETEXT_UNDERLINE.exec(lines[index + 1] ?? "");
    if (!inParagraph && underline && !LIST_ITEM.test(line)) {
      heading(underline[1]!.startsWith("=") ? 1 : 2, line);
      index++;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      builder.paragraphBreak();
      builder.popContext(); // harmless when no list item is open
      builder.pushContext({ kind: "list-item" });
      const marker = item[2]!;
      const ordered = /\d/.test(marker) ? `${marker.replace(")", ".")} ` : "";
      builder.text(ordered + renderInline(line.slice(item[0].length)));
      inParagraph = true;
      continue;
    }
    if (!inParagraph) {
      builder.paragraphBreak();
      builder.popContext();
    }
    // In an agreement, a line that starts "(b)" or "§ 4" is an item of its own, not a wrapped line.
    if (inParagraph && CLAUSE_ITEM.test(line)) {
      builder.lineBreak();
      builder.text(renderInline(renderTableRow(line)));
    } else builder.text(` ${renderInline(renderTableRow(line))}`);
    inParagraph = true;
  }
  const { text, blocks } = builder.finish();
  return { text, blocks, title };
}

/** Removes an ATX heading's optional closing `###` without a backtracking regex. */
function stripClosingHashes(content: string): string {
  const trimmed = content.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed.charCodeAt(end - 1) === 0x23) end--;
  if (end === 0) return "";
  if (end < trimmed.length && (trimmed[end - 1] === " " || trimmed[end - 1] === "\t")) {
    return trimmed.slice(0, end).trimEnd();
  }
  return trimmed;
}

function renderTableRow(line: string): string {
  if (!line.includes("|")) return line;
  const trimmed = line.trim();
  if (!trimmed.startsWith("|")) return line;
  return trimmed.replace(/^\||\|$/g, "").replace(/\s*\|\s*/g, " ");
}

/** Strips inline syntax: images and links keep their text, code its content, emphasis nothing. */
export function renderInline(content: string): string {
  let text = content;
  const escaped = text.includes("\\");
  if (escaped)
    text = text.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) =>
      String.fromCharCode(0xe000 + ch.charCodeAt(0)),
    );
  if (text.includes("](") || text.includes("][")) {
    text = text
      .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, "$1")
      .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, "$1")
      .replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, "$1");
  }
  if (text.includes("<")) text = text.replace(/<((?:https?:\/\/|mailto:)[^<>\s]*)>/gi, "$1");
  if (text.includes("`")) text = text.replace(/`([^`\n]*)`/g, "$1");
  if (text.includes("*") || text.includes("_")) text = stripEmphasis(text);
  if (escaped)
    text = text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
  return text;
}

/**
 * Drops runs of `*` or `_` that open or close emphasis: a run touching a word on one side and
 * a space, punctuation or the line's edge on the other. `5 * 3` and `snake_case` stay.
 */
function stripEmphasis(text: string): string {
  return text.replace(/\*{1,3}|_{1,3}/g, (run, offset: number) => {
    const before = offset === 0 ? " " : text[offset - 1]!;
    const after = offset + run.length >= text.length ? " " : text[offset + run.length]!;
    const opens = isBoundary(before) && !isSpace(after);
    const closes = !isSpace(before) && isBoundary(after);
    return opens || closes ? "" : run;
  });
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t";
}

function isBoundary(ch: string): boolean {
  return isSpace(ch) || /[\p{P}\p{S}]/u.test(ch);
}
