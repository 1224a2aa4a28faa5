/**
 * "What changed" between two versions of a stored agreement, in the site's layout: the grade
 * change, the finding deltas (most severe first), then the changed clauses with word-level marks.
 * Unchanged clauses are counted, not repeated; moved clauses say where from and fold their text
 * away in a <details> (no script). hono/jsx escapes every text it renders.
 */
import { formatHeadingPath } from "../../core/index.ts";
import type { AnalysisDiff, ClauseChange, FindingDelta } from "../../diff/index.ts";
import type { StoredVersion } from "../../store/index.ts";
import { versionPath } from "../version-history.ts";
import { GradeBadge, Layout, formatDate, reportPath } from "./layout.tsx";

export interface DiffPageProps {
  diff: AnalysisDiff;
  older: StoredVersion;
  newer: StoredVersion;
}

const KIND_WORDS: Record<ClauseChange["kind"], string> = {
  unchanged: "Unchanged",
  moved: "Moved",
  edited: "Edited",
  added: "Added",
  removed: "Removed",
};

export function DiffPage({ diff, older, newer }: DiffPageProps) {
  const { serviceSlug: slug, documentType: type } = newer;
  const heading = `What changed in ${newer.serviceName}'s ${type}`;
  const { counts } = diff;
  // The first summary line is the grade and the last the text counts; the rest are the finding changes.
  const findingLines = diff.summary.slice(1, -1);
  return (
    <Layout
      title={heading}
      description={diff.summary.slice(0, 2).join(" ")}
      path="/services"
      feeds={[
        { title: `What changed in ${newer.serviceName}'s agreements`, href: `/services/${slug}/feed.xml` },
      ]}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/services">Services</a> › <a href={`/services/${slug}`}>{newer.serviceName}</a> ›{" "}
        <a href={reportPath(slug, type)}>{type}</a> › What changed
      </nav>
      <section class="report-head diff-head" aria-labelledby="diff-title">
        <p class={`grade-change ${diff.grade.direction}`}>
          <GradeBadge grade={diff.grade.older} size="large" /> <span aria-hidden="true">→</span>{" "}
          <GradeBadge grade={diff.grade.newer} size="large" />
        </p>
        <div>
          <h1 id="diff-title">{heading}</h1>
          <p class="meta">
            From <a href={versionPath(slug, type, older.id)}>{captured(older)}</a> to{" "}
            <a href={versionPath(slug, type, newer.id)}>{captured(newer)}</a>
          </p>
          <p class="lead">{diff.grade.summary}</p>
          <p class="muted">
            Score {diff.older.score} → {diff.newer.score}; one-sided clauses {diff.older.findings} →{" "}
            {diff.newer.findings}.
          </p>
        </div>
      </section>
      <section aria-labelledby="finding-changes">
        <h2 id="finding-changes">What changed in the findings</h2>
        <ul class="change-summary">
          {findingLines.map((line) => {
            const direction = lineDirection(line, diff.findingDeltas);
            return (
              <li class={direction ?? "same"}>
                {direction && (
                  <span class="change-mark" aria-label={direction === "worse" ? "Worse:" : "Better:"}>
                    {direction === "worse" ? "▲" : "▼"}
                  </span>
                )}{" "}
                {line}
              </li>
            );
          })}
        </ul>
        <p class="muted">
          {counts.edited} edited, {counts.added} added, {counts.removed} removed, {counts.moved} moved,{" "}
          {counts.unchanged} unchanged clauses.
        </p>
      </section>
      <section aria-labelledby="changed-clauses">
        <h2 id="changed-clauses">Changed clauses</h2>
        <p class="legend muted">
          <ins>Inserted words</ins> <del>deleted words</del>
        </p>
        {changedClauses(diff.clauses)}
      </section>
    </Layout>
  );
}

/** "version 3 of 28 November 2026, 14:05 UTC": two captures on one day still read apart. */
function captured(version: StoredVersion): string {
  return `version ${version.id} of ${formatDate(version.capturedAt)}, ${version.capturedAt.slice(11, 16)} UTC`;
}

/** The changed clauses in the newer order, runs of unchanged ones replaced by a count. */
function changedClauses(clauses: readonly ClauseChange[]) {
  const parts: unknown[] = [];
  let skipped = 0;
  const flush = () => {
    if (skipped > 0)
      parts.push(
        <p class="skipped">
          … {skipped} unchanged {skipped === 1 ? "clause" : "clauses"} …
        </p>,
      );
    skipped = 0;
  };
  for (const change of clauses) {
    if (change.kind === "unchanged") {
      skipped += 1;
      continue;
    }
    flush();
    parts.push(<ClauseCard change={change} />);
  }
  flush();
  if (parts.length === 0) return <p>No clause changed.</p>;
  return <>{parts}</>;
}

function ClauseCard({ change }: { change: ClauseChange }) {
  const ref = change.newer ?? change.older!;
  const where = ref.headingPath.length > 0 ? formatHeadingPath(ref.headingPath) : "";
  return (
    <article class={`clause-change ${change.kind}`}>
      <header>
        <span class="kind">{KIND_WORDS[change.kind]}</span>
        {where && <> · {where}</>}
        {change.kind === "moved" && (
          <>
            {" "}
            · from clause {change.older!.index + 1} to clause {change.newer!.index + 1}
            {change.edited ? ", with edits" : ""}
          </>
        )}
      </header>
      <div class="clause-text">{clauseBody(change, ref.text)}</div>
      {change.findings.length > 0 && <DeltaList deltas={change.findings} />}
    </article>
  );
}

function clauseBody(change: ClauseChange, text: string) {
  if (change.words) {
    return (
      <>
        {change.words.map((word) =>
          word.op === "insert" ? (
            <ins>{word.text}</ins>
          ) : word.op === "delete" ? (
            <del>{word.text}</del>
          ) : (
            word.text
          ),
        )}
      </>
    );
  }
  if (change.kind === "removed") return <del>{text}</del>;
  if (change.kind === "added") return <ins>{text}</ins>;
  // A moved clause with the same words: its opening, the rest folded away.
  if (text.length <= 160) return text;
  return (
    <details>
      <summary>{text.slice(0, 120)}…</summary>
      {text}
    </details>
  );
}

function DeltaList({ deltas }: { deltas: readonly FindingDelta[] }) {
  return (
    <ul class="clause-deltas">
      {deltas.map((delta) => (
        <li class={delta.direction}>
          <span aria-hidden="true">{delta.direction === "worse" ? "▲" : "▼"}</span> {delta.summary}
        </li>
      ))}
    </ul>
  );
}

/** Whether a summary sentence reports a change for the worse or the better (matched to its delta). */
export function lineDirection(line: string, deltas: readonly FindingDelta[]): "worse" | "better" | undefined {
  const delta = deltas.find((d) => line.startsWith(d.summary.replace(/\.$/, "")));
  if (delta) return delta.direction;
  if (line.includes("(worse for you)")) return "worse";
  if (line.includes("(better for you)")) return "better";
  return undefined;
}
