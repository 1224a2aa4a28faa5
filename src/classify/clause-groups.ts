/**
 * Which sentences make up one clause. The segmenter ends a sentence at every line break, so a
 * clause written as a list ("We may suspend your account if:" and its items), or one sentence
 * broken over lines (text converted from a PDF), arrives as several pieces. A finding is made per
 * clause and category, so the pieces must be put back together first.
 *
 * A clause is a run of lines (segmentation clauses) that belong together: a line that ends with
 * ":" and the list items after it; a line that does not end a sentence and a next line that
 * carries on (starts in lower case, or the line ends with a comma, a semicolon, "and" or "or");
 * ALL-CAPS lines that carry on each other. Headings never join. Within a clause, a "run" is one
 * grammatical sentence: pieces that carry on from the previous one.
 */
import { asciiCaseCounts, type Segmentation, type Span } from "../core/index.ts";

export interface ClauseGroups {
  /** Per sentence, the index of its clause in `spans`. */
  groupOf: Int32Array;
  /** Per sentence, 1 when it carries on the previous sentence's grammatical sentence. */
  continues: Uint8Array;
  /** Each clause's extent in the document text. */
  spans: Span[];
}

/** A clause does not grow past this, so a document without any full stop is not one finding. */
const MAX_GROUP_LINES = 40;
const MAX_GROUP_CHARS = 8000;

const LIST_LABEL = /^(?:\(?(?:[a-z]|[ivxlc]{1,6}|\d{1,3})\)|[•·▪●○◦*\-–])\s/i;
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;
const CARRIES_ON =
  /(?:[,;(]|\b(?:and|or|and\/or|the|of|to|a|an|by|for|with|in|any|such|which|that|including))$/i;

/**
 * Groups the sentences of a segmented document into clauses.
 * @example clauseGroups(text, segment({ text })).spans // one span per clause
 */
export function clauseGroups(text: string, segmentation: Segmentation): ClauseGroups {
  const { clauses, sentences } = segmentation;
  const lineGroup = new Int32Array(clauses.length).fill(-1);
  const spans: Span[] = [];
  /** Set while the lines after a ":" introduction are its list items. */
  let inList = false;
  let lines = 0;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const previous = c > 0 ? clauses[c - 1] : undefined;
    const group = spans[spans.length - 1];
    const joins =
      previous !== undefined &&
      group !== undefined &&
      clause.kind !== "heading" &&
      previous.kind !== "heading" &&
      lines < MAX_GROUP_LINES &&
      clause.end - group.start <= MAX_GROUP_CHARS &&
      joinsPrevious(text, previous, clause, inList);
    if (joins) {
      group.end = clause.end;
      lines++;
    } else {
      spans.push({ start: clause.start, end: clause.end });
      lines = 1;
    }
    lineGroup[c] = spans.length - 1;
    const line = text.slice(clause.start, clause.end).trimEnd();
    if (clause.kind === "heading") inList = false;
    else if (line.endsWith(":")) inList = true;
    else if (!(joins && inList && isListItem(text, clause))) inList = false;
  }
  const groupOf = new Int32Array(sentences.length);
  const continues = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    groupOf[i] = lineGroup[sentence.clause] ?? spans.length;
    if (i === 0 || groupOf[i] !== groupOf[i - 1]) continue;
    const before = text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end).trimEnd();
    continues[i] = ENDS_SENTENCE.test(before) ? 0 : 1;
  }
  return { groupOf, continues, spans };
}

function isListItem(text: string, clause: Segmentation["clauses"][number]): boolean {
  return clause.kind === "list-item" || LIST_LABEL.test(text.slice(clause.start, clause.end));
}

function joinsPrevious(
  text: string,
  previous: Segmentation["clauses"][number],
  clause: Segmentation["clauses"][number],
  inList: boolean,
): boolean {
  const before = text.slice(previous.start, previous.end).trimEnd();
  const line = text.slice(clause.start, clause.end);
  if (inList && isListItem(text, clause)) return true;
  if (ENDS_SENTENCE.test(before)) return false;
  if (before.endsWith(":")) return isListItem(text, clause);
  if (CARRIES_ON.test(before)) return true;
  const first = line.replace(LIST_LABEL, "").trimStart().charAt(0);
  if (first !== "" && first !== first.toUpperCase()) return true;
  return isAllCaps(before) && isAllCaps(line);
}

function isAllCaps(line: string): boolean {
  const { upper, lower } = asciiCaseCounts(line);
  return upper >= 8 && lower * 4 < upper;
}
