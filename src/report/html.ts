/**
 * The HTML report: one self-contained file with no script and no external request (a strict CSP
 * says so to the browser too). Every piece of text goes through `escapeHtml`.
 */
import type { Analysis, Recourse } from "../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES, formatHeadingPath } from "../core/index.ts";
import { escapeHtml as esc } from "./escape.ts";
import { findingMarks, renderMarkedText } from "./html-marks.ts";
import { REPORT_CSS } from "./html-styles.ts";
import { findingText, locateFinding, severityOrder } from "./locate.ts";
import { SAFEGUARDS_NOTE, safeguardViews } from "./safeguards.ts";
import { withoutLead } from "./text.ts";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** Findings shown opened at first; the rest open on a click. */
const OPEN_FINDINGS = 5;

/**
 * The analysis as one HTML page: grade, summary, findings most severe first, and the whole
 * document with each finding highlighted (`mark[data-finding]`) and linked both ways.
 *
 * @example
 * writeFileSync("report.html", renderHtml(analysis));
 */
export function renderHtml(analysis: Analysis): string {
  const { document, assessment } = analysis;
  const title = document.metadata.title ?? document.name;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Grade ${assessment.grade}: ${esc(title)} · Counterweight</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="top" id="top">
  <div class="badge grade-${assessment.grade}" role="img" aria-label="Grade ${assessment.grade} of A (best) to E (worst)"><span class="letter">${assessment.grade}</span><span class="label">grade</span></div>
  <div>
    <h1>${esc(title)}</h1>
    <p class="lede">${esc(assessment.gradeSummary)}</p>
    <p class="lede small">${esc(assessment.context.summary)}</p>
  </div>
</header>
<nav class="toc" aria-label="Sections"><a href="#summary">Summary</a><a href="#justice">Access to justice</a><a href="#findings">Findings (${analysis.findings.length})</a><a href="#document">The whole document</a></nav>
${summarySection(analysis)}
${safeguardsSection(analysis)}
${findingsSection(analysis)}
<section id="document" aria-labelledby="document-title">
<h2 id="document-title">The whole document</h2>
<p class="where">Highlighted passages are the findings; the small number takes you to the explanation.</p>
<div class="doc">${renderMarkedText(document.text, findingMarks(analysis.findings))}</div>
</section>
<footer>Made by Counterweight. Grades follow a fixed, documented formula; the clause model was trained on the
tos-unfair-clauses corpus (Galassi, Lagioia, Jabłonowska, Lippi 2024, CC BY 4.0), which extends CLAUDETTE
(Lippi et al. 2019). This is an aid to reading, not legal advice.</footer>
</main>
</body>
</html>
`;
}

function summarySection(analysis: Analysis): string {
  const { assessment } = analysis;
  const burden = assessment.readingBurden;
  const clear = analysis.findings.filter((f) => f.level === 3).length;
  const fact = (value: string, label: string) =>
    `<div class="fact"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
  const reasons = assessment.gradeReasons
    .map(
      (r) =>
        `<li><a href="${r.finding !== undefined ? `#finding-${r.finding + 1}` : `#safeguard-${r.safeguard}`}">${esc(r.summary)}</a> <span class="where">+${r.points.toFixed(1)} points</span></li>`,
    )
    .join("");
  const justice = assessment.accessToJustice;
  const row = (label: string, value: Recourse) =>
    `<tr><th scope="row">${label}</th><td class="recourse-${value}">${value}</td></tr>`;
  const categories = assessment.categories
    .map(
      (c) =>
        `<tr><td>${esc(c.name)}</td><td class="num">${c.clearlyUnfair}</td><td class="num">${c.potentiallyUnfair}</td><td class="num">${c.points.toFixed(1)}</td></tr>`,
    )
    .join("");
  return `<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<div class="facts">
${fact(String(clear), "clearly unfair clauses")}
${fact(String(analysis.findings.length - clear), "potentially unfair clauses")}
${fact(`${Math.max(1, Math.round(burden.readingMinutes))} min`, `to read at ${burden.wordsPerMinute} words/min`)}
${fact(String(burden.fleschKincaidGrade), "reading level, in US school years")}
</div>
<p>${esc(burden.summary)}</p>
<h3>What moved the grade</h3>
${reasons ? `<ol class="reasons">${reasons}</ol>` : "<p>Nothing: no one-sided clauses were found.</p>"}
${categories ? `<h3>By category</h3><table><thead><tr><th>Category</th><th class="num">Clearly unfair</th><th class="num">Potentially unfair</th><th class="num">Points</th></tr></thead><tbody>${categories}</tbody></table>` : ""}
<h3 id="justice">Access to justice: what recourse remains</h3>
<table><tbody>
${row("A public court", justice.courts)}
${row("The courts where you live", justice.ownCourts)}
${row("Your own law", justice.ownLaw)}
${row("Class or collective action", justice.collectiveAction)}
${row("Small-claims court", justice.smallClaims)}
${row("A regulator or oversight body", justice.regulator)}
</tbody></table>
<ul>${justice.summary.map((line) => `<li>${esc(line)}</li>`).join("")}</ul>
<p class="context">${esc(assessment.context.summary)}</p>
</section>`;
}

/** What the agreement owes a partner under Regulation (EU) 2019/1150; empty for a consumer. */
function safeguardsSection(analysis: Analysis): string {
  const views = safeguardViews(analysis);
  if (views.length === 0) return "";
  const missing = views.filter((s) => !s.present).length;
  const items = views
    .map((s) =>
      s.present
        ? `<li class="safeguard present" id="safeguard-${s.id}"><span class="tag provided">provided</span> <b>${esc(s.title)}</b><blockquote>${esc(s.quote ?? "")}</blockquote><p class="where">line ${s.line}</p></li>`
        : `<li class="safeguard missing" id="safeguard-${s.id}"><span class="tag level-2">missing</span> <b>${esc(s.title)}</b> <span class="where">+${s.points.toFixed(1)} points</span><dl><dt>Why it matters</dt><dd>${esc(s.explanation)}</dd><dt>How equals would write it</dt><dd>${esc(s.counterpart)}</dd></dl></li>`,
    )
    .join("\n");
  return `<section id="safeguards" aria-labelledby="safeguards-title">
<h2 id="safeguards-title">What the agreement owes you: ${missing} of 7 safeguards missing</h2>
<p class="context">${esc(SAFEGUARDS_NOTE)}</p>
<ul class="safeguards">
${items}
</ul>
</section>`;
}

function findingsSection(analysis: Analysis): string {
  const cards = severityOrder(analysis).map((index, position) => {
    const finding = analysis.findings[index]!;
    const extra = analysis.assessment.findings[index]!;
    const where = locateFinding(analysis, index);
    const n = index + 1;
    const path = where.headingPath.length > 0 ? `${esc(formatHeadingPath(where.headingPath))} · ` : "";
    const circumstances = extra.circumstances
      .map(
        (c) =>
          `<span class="circ ${c.effect}" title="${esc(c.explanation)}">${c.effect === "worse" ? "worse" : "milder"}: ${esc(c.label)}</span>`,
      )
      .join("");
    return `<details class="finding-card level-${finding.level}" id="finding-${n}"${position < OPEN_FINDINGS ? " open" : ""}>
<summary><span class="tag level-${finding.level}">${esc(LEVEL_NAMES[finding.level])}</span><h3>${esc(CATEGORY_NAMES[finding.category])}</h3></summary>
<div class="body">
<p class="where">${path}line ${where.line} · probability ${finding.probability.toFixed(2)} · <a href="#f-${n}">show in the document</a></p>
<blockquote>${esc(findingText(analysis, index))}</blockquote>
${extra.powerSummary ? `<p class="power"><b>Who holds the power:</b> ${esc(withoutLead(extra.powerSummary))}</p>` : ""}
${circumstances ? `<p>${circumstances}</p>` : ""}
<dl>
<dt>Why it matters</dt><dd>${esc(extra.explanation)}</dd>
<dt>How equals would write it</dt><dd>${esc(extra.counterpart)}</dd>
<dt>Power source: ${esc(extra.powerSource.name)}</dt><dd>${esc(extra.powerSource.why)}</dd>
</dl>
</div>
</details>`;
  });
  return `<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings, most severe first</h2>
${cards.length > 0 ? cards.join("\n") : "<p>No one-sided clauses were found.</p>"}
</section>`;
}
