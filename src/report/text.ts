/** The terminal report: grade first, then the findings, most severe first, with where to find them. */
import { createColors } from "picocolors";
import type { Analysis, Grade, Recourse } from "../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES, formatHeadingPath } from "../core/index.ts";
import { findingText, locateFinding, severityOrder } from "./locate.ts";
import { SAFEGUARDS_NOTE, reasonTarget, safeguardViews } from "./safeguards.ts";

export interface TextOptions {
  /** ANSI colours; pass true only when writing to a terminal that wants them. */
  color: boolean;
}

/** Document text never reaches the terminal with control characters (no injected escape sequences). */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** "Who holds the power: X" without its lead words, where the report prints them as a label. */
export function withoutLead(summary: string): string {
  return summary.replace(/^Who holds the power: /, "");
}

const RECOURSE_WORD: Record<Recourse, string> = { kept: "kept", limited: "limited", removed: "removed" };

/**
 * The analysis as terminal text.
 *
 * @example
 * console.log(renderText(analysis, { color: process.stdout.isTTY }));
 */
export function renderText(analysis: Analysis, options: TextOptions): string {
  const c = createColors(options.color);
  const { assessment, document } = analysis;
  const gradeColour: Record<Grade, (s: string) => string> = {
    A: c.green,
    B: c.green,
    C: c.yellow,
    D: c.red,
    E: (s) => c.bold(c.red(s)),
  };
  const out: string[] = [];
  out.push(c.bold(`Counterweight — ${printable(document.name)}`));
  out.push(
    `${gradeColour[assessment.grade](c.bold(`Grade ${assessment.grade}`))}  (score ${assessment.score})`,
  );
  out.push(assessment.gradeSummary, "");

  out.push(c.bold("Reading burden"), `  ${assessment.readingBurden.summary}`, "");

  const justice = assessment.accessToJustice;
  out.push(
    c.bold("Access to justice"),
    `  courts: ${RECOURSE_WORD[justice.courts]} · own courts: ${justice.ownCourts} · own law: ${justice.ownLaw} · ` +
      `class action: ${justice.collectiveAction} · small claims: ${justice.smallClaims} · regulator: kept`,
    ...justice.summary.map((line) => `  - ${line}`),
    "",
  );

  if (assessment.gradeReasons.length > 0) {
    out.push(c.bold("What moved the grade"));
    for (const reason of assessment.gradeReasons) {
      out.push(`  +${reason.points.toFixed(1)}  ${reason.summary}  [${reasonTarget(reason)}]`);
    }
    out.push("");
  }

  const safeguards = safeguardViews(analysis);
  if (safeguards.length > 0) {
    const missing = safeguards.filter((s) => !s.present).length;
    out.push(c.bold(`What the agreement owes you (Reg. (EU) 2019/1150): ${missing} of 7 missing`));
    out.push(c.dim(`  ${SAFEGUARDS_NOTE}`));
    for (const s of safeguards) {
      if (s.present) {
        out.push(
          `  ${c.green("provided")}  ${s.title}`,
          c.dim(`      line ${s.line}: “${printable(s.quote ?? "")}”`),
        );
      } else {
        out.push(
          `  ${c.yellow("MISSING")}   ${s.title}  (+${s.points.toFixed(1)})`,
          `      ${s.explanation}`,
          `      ${c.bold("Balanced version:")} ${s.counterpart}`,
        );
      }
    }
    out.push("");
  }

  const order = severityOrder(analysis);
  out.push(c.bold(`Findings (${order.length}), most severe first`));
  if (order.length === 0) out.push("  None.");
  for (const index of order) {
    const finding = analysis.findings[index]!;
    const extra = assessment.findings[index]!;
    const where = locateFinding(analysis, index);
    const level =
      finding.level === 3
        ? c.red(c.bold(LEVEL_NAMES[3].toUpperCase()))
        : c.yellow(LEVEL_NAMES[2].toUpperCase());
    const path = where.headingPath.length > 0 ? `${printable(formatHeadingPath(where.headingPath))} — ` : "";
    out.push("");
    out.push(
      `#${index + 1}  ${level}  ${c.bold(CATEGORY_NAMES[finding.category])}  (probability ${finding.probability.toFixed(2)})`,
    );
    out.push(c.dim(`    ${path}line ${where.line}, offset ${where.start}`));
    out.push(`    “${printable(findingText(analysis, index))}”`);
    if (extra.powerSummary)
      out.push(`    ${c.bold("Who holds the power:")} ${printable(withoutLead(extra.powerSummary))}`);
    out.push(`    ${c.bold("Why it matters:")} ${extra.explanation}`);
    out.push(`    ${c.bold("Balanced version:")} ${extra.counterpart}`);
    out.push(`    ${c.bold("Power source:")} ${extra.powerSource.name}: ${extra.powerSource.why}`);
  }
  out.push("", c.dim(assessment.context.summary));
  return out.join("\n") + "\n";
}
