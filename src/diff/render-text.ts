/** The diff as terminal text: summary first, then only the clauses that changed. */
import { createColors } from "picocolors";
import { formatHeadingPath } from "../core/index.ts";
import { summaryLineDirection } from "./summary.ts";
import type { AnalysisDiff, ClauseChange, ClauseChangeKind } from "./types.ts";

export interface DiffTextOptions {
  /** ANSI colours; pass true only when writing to a terminal. */
  color: boolean;
  /** Also list unchanged clauses (default: only a count of them between changes). */
  all?: boolean;
}

const MARK: Record<ClauseChangeKind, string> = {
  unchanged: " ",
  moved: "~",
  edited: "*",
  added: "+",
  removed: "-",
};

/** Document text never reaches the terminal with control characters (no injected escape sequences). */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/**
 * Renders a diff for a terminal. Marks: `+` added, `-` removed, `*` edited, `~` moved; inside
 * edited clauses `[-deleted-]{+inserted+}`, coloured red and green when `color` is on.
 *
 * @example
 * process.stdout.write(renderDiffText(diff, { color: process.stdout.isTTY }));
 */
export function renderDiffText(diff: AnalysisDiff, options: DiffTextOptions): string {
  const c = createColors(options.color);
  const out: string[] = [];
  out.push(c.bold(`Counterweight diff — ${printable(diff.older.name)} → ${printable(diff.newer.name)}`));
  const gradeColour =
    diff.grade.direction === "worse" ? c.red : diff.grade.direction === "better" ? c.green : c.dim;
  out.push(
    gradeColour(c.bold(`Grade ${diff.older.grade} → ${diff.newer.grade}`)) +
      `  (score ${diff.older.score} → ${diff.newer.score})`,
  );
  out.push("");
  out.push(c.bold("Summary"));
  for (const line of diff.summary.slice(1)) {
    const direction = summaryLineDirection(line, diff.findingDeltas);
    const colour = direction === "worse" ? c.red : direction === "better" ? c.green : (s: string) => s;
    const mark = direction === "worse" ? "▲" : direction === "better" ? "▼" : "·";
    out.push(`  ${mark} ${colour(printable(line))}`);
  }
  out.push("");
  out.push(c.bold("Clauses"));
  let skipped = 0;
  const flushSkipped = () => {
    if (skipped > 0) out.push(c.dim(`  … ${skipped} unchanged clause${skipped === 1 ? "" : "s"} …`));
    skipped = 0;
  };
  for (const change of diff.clauses) {
    if (change.kind === "unchanged" && !options.all) {
      skipped++;
      continue;
    }
    flushSkipped();
    out.push(...clauseLines(change, c));
  }
  flushSkipped();
  return out.join("\n") + "\n";
}

type Colors = ReturnType<typeof createColors>;

/** Characters of unchanged text kept on each side of a change; longer unchanged runs are elided. */
const CONTEXT = 80;

/** Shortens an unchanged run to the words next to the changes around it. */
function elide(text: string, position: "first" | "middle" | "last" | "only"): string {
  if (position === "only" || text.length <= 2 * CONTEXT + 20) return text;
  if (position === "first") return `…${text.slice(-CONTEXT)}`;
  if (position === "last") return `${text.slice(0, CONTEXT)}…`;
  return `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}`;
}

function clauseLines(change: ClauseChange, c: Colors): string[] {
  const colour = { unchanged: c.dim, moved: c.cyan, edited: c.yellow, added: c.green, removed: c.red }[
    change.kind
  ];
  const ref = change.newer ?? change.older!;
  const where = ref.headingPath.length > 0 ? ` [${printable(formatHeadingPath(ref.headingPath))}]` : "";
  let header = `${MARK[change.kind]} ${change.kind}${where}`;
  if (change.kind === "moved")
    header += ` from clause ${change.older!.index + 1} to ${change.newer!.index + 1}`;
  if (change.edited) header += ` (similarity ${change.similarity})`;
  const lines = [colour(c.bold(header))];
  let body: string;
  if (change.words) {
    const last = change.words.length - 1;
    body = change.words
      .map((word, index) => {
        const text = printable(word.text);
        if (word.op === "insert") return c.green(c.bold(`{+${text}+}`));
        if (word.op === "delete") return c.red(c.strikethrough(`[-${text}-]`));
        return elide(text, last === 0 ? "only" : index === 0 ? "first" : index === last ? "last" : "middle");
      })
      .join("");
  } else if (change.kind === "moved") {
    // The words did not change: the first line is enough to recognise the clause.
    body = elide(printable(ref.text), "last");
  } else {
    body = printable(ref.text);
  }
  lines.push(
    ...body
      .split("\n")
      .map(
        (line) =>
          `    ${change.kind === "added" ? c.green(line) : change.kind === "removed" ? c.red(line) : line}`,
      ),
  );
  for (const delta of change.findings) {
    lines.push(`    ${delta.direction === "worse" ? c.red("▲") : c.green("▼")} ${printable(delta.summary)}`);
  }
  return lines;
}
