/**
 * The short human summary of a diff: the grade change, then one sentence per changed category of
 * a clause (most severe first), then what happened to the text. Several circumstances of one
 * clause ("for any reason", "without notice") become one sentence rather than one line each.
 */
import { CATEGORY_NAMES } from "../core/index.ts";
import type { ClauseCounts, FindingDelta, GradeChange, MovedBlock } from "./types.ts";

/** How many finding sentences the summary gives before it says "and N more". */
const SUMMARY_SENTENCES = 12;

export function summarise(
  grade: GradeChange,
  deltas: readonly FindingDelta[],
  counts: ClauseCounts,
  moves: readonly MovedBlock[],
): string[] {
  const lines = [grade.summary];
  const sentences = findingSentences(deltas);
  lines.push(...sentences.slice(0, SUMMARY_SENTENCES));
  if (sentences.length > SUMMARY_SENTENCES) {
    lines.push(`… and ${sentences.length - SUMMARY_SENTENCES} more finding changes.`);
  }
  if (sentences.length === 0) lines.push("No finding changed.");
  lines.push(textSentence(counts, moves));
  return lines;
}

/** One sentence per clause and category, in the order of each group's most severe delta. */
function findingSentences(deltas: readonly FindingDelta[]): string[] {
  const groups = new Map<string, FindingDelta[]>();
  for (const delta of deltas) {
    const key = `${delta.clause}:${delta.category}`;
    const group = groups.get(key);
    if (group) group.push(delta);
    else groups.set(key, [delta]);
  }
  return [...groups.values()].flatMap(groupSentences);
}

function groupSentences(group: FindingDelta[]): string[] {
  const primary = group.find((delta) => !delta.circumstance);
  // The opt-out keeps its own sentence: "arbitration opt-out removed" is the news.
  const optOut = group.filter((delta) => delta.circumstance?.id === "opt-out").map((delta) => delta.summary);
  const others = group.filter((delta) => delta.circumstance && delta.circumstance.id !== "opt-out");
  if (others.length === 0) return primary ? [primary.summary, ...optOut] : optOut;
  if (!primary && others.length === 1) return [...optOut, others[0]!.summary];
  const label = (delta: FindingDelta) => `“${delta.circumstance!.label}”`;
  const gained = others.filter((delta) => delta.kind === "circumstance-added").map(label);
  const lost = others.filter((delta) => delta.kind === "circumstance-removed").map(label);
  const detail = [
    gained.length ? `now ${gained.join(", ")}` : "",
    lost.length ? `no longer ${lost.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  if (primary) return [`${primary.summary.replace(/\.$/, "")}: ${detail}.`, ...optOut];
  const first = others[0]!;
  const where = first.place ? ` in “${first.place}”` : "";
  const worse = others.some((delta) => delta.direction === "worse");
  return [
    ...optOut,
    `${CATEGORY_NAMES[first.category]} clause${where}: ${detail} (${worse ? "worse" : "better"} for you).`,
  ];
}

function textSentence(counts: ClauseCounts, moves: readonly MovedBlock[]): string {
  const parts = [
    counts.edited ? `${counts.edited} ${counts.edited === 1 ? "clause" : "clauses"} edited` : "",
    counts.added ? `${counts.added} added` : "",
    counts.removed ? `${counts.removed} removed` : "",
    counts.moved ? `${counts.moved} moved (${moves.length} ${moves.length === 1 ? "block" : "blocks"})` : "",
  ].filter(Boolean);
  return parts.length > 0
    ? `Text: ${parts.join(", ")}; ${counts.unchanged} unchanged.`
    : "Text: no clause changed.";
}

/** Whether a summary sentence reports a change for the worse, for the better, or neither (grade, text counts). */
export function summaryLineDirection(
  line: string,
  deltas: readonly FindingDelta[],
): "worse" | "better" | undefined {
  const delta = deltas.find((d) => line.startsWith(d.summary.replace(/\.$/, "")));
  if (delta) return delta.direction;
  if (line.includes("(worse for you)")) return "worse";
  if (line.includes("(better for you)")) return "better";
  return undefined;
}
