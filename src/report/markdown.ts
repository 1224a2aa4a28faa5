/** The Markdown report: the same content as the terminal report, for issues, wikis and e-mail. */
import type { Analysis } from "../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES, formatHeadingPath } from "../core/index.ts";
import { escapeMarkdown } from "./escape.ts";
import { findingText, locateFinding, severityOrder } from "./locate.ts";
import { SAFEGUARDS_NOTE, safeguardViews } from "./safeguards.ts";
import { withoutLead } from "./text.ts";

/**
 * The analysis as Markdown. All document text is escaped, so it shows literally.
 *
 * @example
 * writeFileSync("report.md", renderMarkdown(analysis));
 */
export function renderMarkdown(analysis: Analysis): string {
  const { assessment, document } = analysis;
  const md = escapeMarkdown;
  const out: string[] = [];
  out.push(`# Counterweight report: ${md(document.name)}`, "");
  out.push(`**Grade ${assessment.grade}** (score ${assessment.score})`, "", md(assessment.gradeSummary), "");

  out.push("## What moved the grade", "");
  if (assessment.gradeReasons.length === 0) out.push("Nothing: no one-sided clauses were found.");
  for (const reason of assessment.gradeReasons) {
    const link =
      reason.finding !== undefined
        ? `[finding ${reason.finding + 1}](#finding-${reason.finding + 1})`
        : `[${reason.safeguard}](#safeguard-${reason.safeguard})`;
    out.push(`- +${reason.points.toFixed(1)} ${md(reason.summary)} (${link})`);
  }
  out.push("");

  const safeguards = safeguardViews(analysis);
  if (safeguards.length > 0) {
    out.push("## What the agreement owes you: Regulation (EU) 2019/1150", "", `*${md(SAFEGUARDS_NOTE)}*`, "");
    for (const s of safeguards) {
      out.push(`### <a id="safeguard-${s.id}"></a>${md(s.title)}: ${s.present ? "provided" : "missing"}`, "");
      if (s.present) out.push(`> ${md(s.quote ?? "")}`, "", `*line ${s.line}*`, "");
      else
        out.push(
          `**Why it matters.** ${md(s.explanation)} (+${s.points.toFixed(1)} points)`,
          "",
          `**Balanced version.** ${md(s.counterpart)}`,
          "",
        );
    }
  }

  out.push("## Reading burden", "", md(assessment.readingBurden.summary), "");
  out.push(
    "## Access to justice",
    "",
    ...assessment.accessToJustice.summary.map((line) => `- ${md(line)}`),
    "",
  );

  if (assessment.categories.length > 0) {
    out.push(
      "## By category",
      "",
      "| Category | Clearly unfair | Potentially unfair | Points |",
      "|---|---:|---:|---:|",
    );
    for (const c of assessment.categories)
      out.push(`| ${c.name} | ${c.clearlyUnfair} | ${c.potentiallyUnfair} | ${c.points} |`);
    out.push("");
  }

  out.push("## Findings, most severe first", "");
  for (const index of severityOrder(analysis)) {
    const finding = analysis.findings[index]!;
    const extra = assessment.findings[index]!;
    const where = locateFinding(analysis, index);
    const path = where.headingPath.length > 0 ? `${md(formatHeadingPath(where.headingPath))}, ` : "";
    out.push(
      `### <a id="finding-${index + 1}"></a>${index + 1}. ${CATEGORY_NAMES[finding.category]}: ${LEVEL_NAMES[finding.level]}`,
      "",
      `*${path}line ${where.line}, offset ${where.start}; probability ${finding.probability.toFixed(2)}*`,
      "",
      `> ${md(findingText(analysis, index))}`,
      "",
      ...(extra.powerSummary ? [`**Who holds the power.** ${md(withoutLead(extra.powerSummary))}`, ""] : []),
      `**Why it matters.** ${md(extra.explanation)}`,
      "",
      `**Balanced version.** ${md(extra.counterpart)}`,
      "",
      `**Power source.** ${md(extra.powerSource.name)}: ${md(extra.powerSource.why)}`,
      "",
    );
  }
  out.push("---", "", `*${md(assessment.context.summary)}*`, "");
  return out.join("\n");
}
