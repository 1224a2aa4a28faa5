/**
 * The diff as one self-contained HTML page: no script, no external request, and a Content
 * Security Policy that allows only the page's own stylesheet (by its hash). Every piece of text
 * goes through `escapeHtml`.
 */
import { createHash } from "node:crypto";
import { formatHeadingPath } from "../core/index.ts";
import { escapeHtml as esc } from "../report/index.ts";
import { summaryLineDirection } from "./summary.ts";
import type { AnalysisDiff, ClauseChange, FindingDelta } from "./types.ts";

const CSS = `
:root{color-scheme:light dark;--ins:#d9f5dd;--del:#fde0e0;--ins-ink:#0b5d1e;--del-ink:#8a1111;--line:#d0d4da;--muted:#5b6470}
@media (prefers-color-scheme:dark){:root{--ins:#12361b;--del:#3d1414;--ins-ink:#9be9a8;--del-ink:#ffb3b3;--line:#3a4049;--muted:#a0a8b3}}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif}
main{max-width:48rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:2rem}
.grade{font-size:1.6rem;font-weight:700}.worse{color:var(--del-ink)}.better{color:var(--ins-ink)}.same{color:var(--muted)}
ul.summary{list-style:none;padding-left:0}ul.summary li{margin:.3rem 0}.counts{color:var(--muted)}
.clause{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem;margin:.8rem 0;overflow-wrap:anywhere}
.clause header{font-size:.85rem;color:var(--muted);margin-bottom:.3rem}.kind{font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.clause.added{border-left:.35rem solid var(--ins-ink)}.clause.removed{border-left:.35rem solid var(--del-ink)}
.clause.moved{border-left:.35rem dashed var(--muted)}.clause.edited{border-left:.35rem solid #b7791f}
.text{white-space:pre-wrap}ins{background:var(--ins);color:var(--ins-ink);text-decoration:none}
del{background:var(--del);color:var(--del-ink)}.clause.removed .text{text-decoration:line-through;color:var(--del-ink)}
ul.deltas{margin:.4rem 0 0;padding-left:1.2rem;font-size:.9rem}.skipped{color:var(--muted);font-size:.85rem;text-align:center}
details summary{cursor:pointer}footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}`;

const STYLE_HASH = createHash("sha256").update(CSS).digest("base64");
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/**
 * Renders a diff as a self-contained HTML page: grade change and finding deltas first, then the
 * changed clauses with `<ins>`/`<del>` marks (unchanged clauses are counted, not repeated).
 *
 * @example
 * writeFileSync("diff.html", renderDiffHtml(diff));
 */
export function renderDiffHtml(diff: AnalysisDiff): string {
  const title = `${diff.older.name} → ${diff.newer.name}`;
  const { counts } = diff;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Grade ${diff.grade.older} → ${diff.grade.newer}: ${esc(title)} · Counterweight</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<p class="grade ${diff.grade.direction}">Grade ${diff.grade.older} → ${diff.grade.newer}</p>
<h1>${esc(title)}</h1>
<p>${esc(diff.grade.summary)} Score ${diff.older.score} → ${diff.newer.score}; findings ${diff.older.findings} → ${diff.newer.findings}.</p>
</header>
<section aria-labelledby="summary-title">
<h2 id="summary-title">What changed in the findings</h2>
${summaryList(diff)}
<p class="counts">${counts.edited} edited, ${counts.added} added, ${counts.removed} removed, ${counts.moved} moved, ${counts.unchanged} unchanged clauses.</p>
</section>
<section aria-labelledby="clauses-title">
<h2 id="clauses-title">Changed clauses</h2>
${clausesHtml(diff.clauses)}
</section>
<footer>Made by Counterweight. An aid to reading, not legal advice.</footer>
</main>
</body>
</html>
`;
}

/** The summary's finding sentences (the grade and text lines are shown elsewhere). */
function summaryList(diff: AnalysisDiff): string {
  const items = diff.summary.slice(1, -1).map((line) => {
    const direction = summaryLineDirection(line, diff.findingDeltas);
    const mark = direction === "worse" ? "▲ " : direction === "better" ? "▼ " : "";
    return `<li class="${direction ?? "same"}">${mark}${esc(line)}</li>`;
  });
  return `<ul class="summary">${items.join("")}</ul>`;
}

function deltaList(deltas: readonly FindingDelta[], className: string): string {
  if (deltas.length === 0) return "";
  const items = deltas.map(
    (delta) =>
      `<li class="${delta.direction}">${delta.direction === "worse" ? "▲" : "▼"} ${esc(delta.summary)}</li>`,
  );
  return `<ul class="${className}">${items.join("")}</ul>`;
}

function clausesHtml(clauses: readonly ClauseChange[]): string {
  const parts: string[] = [];
  let skipped = 0;
  const flush = () => {
    if (skipped > 0)
      parts.push(`<p class="skipped">… ${skipped} unchanged clause${skipped === 1 ? "" : "s"} …</p>`);
    skipped = 0;
  };
  for (const change of clauses) {
    if (change.kind === "unchanged") {
      skipped++;
      continue;
    }
    flush();
    parts.push(clauseHtml(change));
  }
  flush();
  return parts.join("\n");
}

function clauseHtml(change: ClauseChange): string {
  const ref = change.newer ?? change.older!;
  const where = ref.headingPath.length > 0 ? ` · ${esc(formatHeadingPath(ref.headingPath))}` : "";
  const moved =
    change.kind === "moved" ? ` · from clause ${change.older!.index + 1} to ${change.newer!.index + 1}` : "";
  const body = change.words
    ? change.words
        .map((word) =>
          word.op === "insert"
            ? `<ins>${esc(word.text)}</ins>`
            : word.op === "delete"
              ? `<del>${esc(word.text)}</del>`
              : esc(word.text),
        )
        .join("")
    : change.kind === "moved"
      ? movedText(ref.text)
      : esc(ref.text);
  return `<article class="clause ${change.kind}"><header><span class="kind">${change.kind}</span>${where}${moved}</header><div class="text">${body}</div>${deltaList(change.findings, "deltas")}</article>`;
}

/** A moved clause whose words did not change: its opening, with the rest folded away (no script needed). */
function movedText(text: string): string {
  if (text.length <= 160) return esc(text);
  return `<details><summary>${esc(text.slice(0, 120))}…</summary>${esc(text)}</details>`;
}
