/** The report page: grade, what moved it, each finding with its counterpart, recourse, reading burden, the text. */
import type { Analysis, PowerContext, Recourse } from "../../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES } from "../../core/index.ts";
import { findingText } from "../../report/index.ts";
import { HighlightedDocument } from "./highlighted-document.tsx";
import { SafeguardsSection } from "./safeguards-section.tsx";
import { GradeBadge, Layout, formatDate } from "./layout.tsx";

export interface ReportMeta {
  heading: string;
  serviceName?: string;
  serviceSlug?: string;
  capturedAt?: string;
  /** Where the context form submits (GET); absent for a pasted text that is not stored. */
  contextAction?: string;
  /** A line above the report, e.g. that this is an earlier version, with a link onward. */
  notice?: { text: string; link?: { href: string; label: string } };
}

const RECOURSE_WORDS: Record<Recourse, string> = { kept: "Kept", limited: "Limited", removed: "Removed" };

const RECOURSE_ROWS = [
  ["courts", "Going to a public court"],
  ["ownCourts", "Suing where you live"],
  ["ownLaw", "Your own law applies"],
  ["collectiveAction", "Joining a group action"],
  ["smallClaims", "Small-claims court"],
  ["regulator", "Complaining to a regulator"],
] as const;

export function ReportPage({ analysis, meta }: { analysis: Analysis; meta: ReportMeta }) {
  const { assessment, findings } = analysis;
  const order = findings
    .map((_, i) => i)
    .sort((a, b) => assessment.findings[a]!.rank - assessment.findings[b]!.rank);
  const burden = assessment.readingBurden;
  return (
    <Layout
      title={meta.heading}
      description={`Grade ${assessment.grade}: ${assessment.gradeSummary}`}
      path={meta.serviceSlug ? "/services" : "/"}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/">Home</a>
        {meta.serviceSlug && (
          <>
            {" › "}
            <a href="/services">Services</a> ›{" "}
            <a href={`/services/${meta.serviceSlug}`}>{meta.serviceName}</a>
          </>
        )}
      </nav>
      <section class="report-head" aria-labelledby="report-title">
        <GradeBadge grade={assessment.grade} size="large" />
        <div>
          <h1 id="report-title">{meta.heading}</h1>
          <p class="lead">{assessment.gradeSummary}</p>
          <p class="meta">
            {findings.length} one-sided {findings.length === 1 ? "clause" : "clauses"} ·{" "}
            {burden.words.toLocaleString("en")} words · {readingTime(burden.readingMinutes)}
            {meta.capturedAt && <> · captured {formatDate(meta.capturedAt)}</>}
          </p>
        </div>
      </section>
      {meta.notice && (
        <p class="notice" role="note">
          {meta.notice.text}{" "}
          {meta.notice.link && <a href={meta.notice.link.href}>{meta.notice.link.label}</a>}
        </p>
      )}
      {meta.contextAction ? (
        <ContextForm action={meta.contextAction} context={assessment.context} />
      ) : (
        <p class="small">
          This report was made for you and is not stored. <a href="/">Analyse another agreement</a> or change
          your situation there.
        </p>
      )}
      <p class="context-note">{assessment.context.summary}</p>

      {assessment.gradeReasons.length > 0 && (
        <section aria-labelledby="reasons">
          <h2 id="reasons">What moved the grade</h2>
          <ol class="reasons">
            {assessment.gradeReasons.map((r) => (
              <li>
                <a href={r.finding !== undefined ? `#f-${r.finding + 1}` : `#safeguard-${r.safeguard}`}>
                  {r.summary}
                </a>{" "}
                <span class="points">+{r.points.toFixed(1)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <SafeguardsSection analysis={analysis} />

      <section aria-labelledby="findings">
        <h2 id="findings">The clauses that matter</h2>
        {order.length === 0 && <p>No one-sided clauses were found.</p>}
        {order.map((i) => {
          const f = findings[i]!;
          const extra = assessment.findings[i]!;
          return (
            <article
              class={`finding level-${f.level}`}
              id={`f-${i + 1}`}
              aria-labelledby={`f-${i + 1}-title`}
            >
              <h3 id={`f-${i + 1}-title`}>
                <a href={`/categories/${f.category}`}>{CATEGORY_NAMES[f.category]}</a>{" "}
                <span class={`level-tag level-${f.level}`}>{LEVEL_NAMES[f.level]}</span>
              </h3>
              <blockquote>{findingText(analysis, i)}</blockquote>
              {extra.powerSummary && (
                <p class="power">
                  <strong>Who holds the power: </strong>
                  {extra.powerSummary.replace(/^Who holds the power: /, "")}
                </p>
              )}
              <p>{extra.explanation}</p>
              <p class="counterpart">
                <strong>How equals write it: </strong>
                {extra.counterpart}
              </p>
              <p class="small">
                Source of imbalance:{" "}
                <a href={`/imbalance/${extra.powerSource.id}`}>{extra.powerSource.name}</a>.{" "}
                {extra.powerSource.why} <a href={`#doc-f-${i + 1}`}>Show in the text</a>
              </p>
            </article>
          );
        })}
      </section>

      <div class="two-col">
        <section aria-labelledby="justice">
          <h2 id="justice">Access to justice</h2>
          <table class="recourse">
            <caption class="visually-hidden">What recourse the agreement leaves you</caption>
            <tbody>
              {RECOURSE_ROWS.map(([key, label]) => {
                const value = assessment.accessToJustice[key];
                return (
                  <tr>
                    <th scope="row">{label}</th>
                    <td class={`recourse-${value}`}>{RECOURSE_WORDS[value]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ul>
            {assessment.accessToJustice.summary.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="burden">
          <h2 id="burden">Reading burden</h2>
          <p>{burden.summary}</p>
          <dl class="figures">
            <dt>Words</dt>
            <dd>{burden.words.toLocaleString("en")}</dd>
            <dt>Reading time</dt>
            <dd>{burden.readingMinutes < 1 ? "under 1" : Math.round(burden.readingMinutes)} min</dd>
            <dt>School years needed</dt>
            <dd>{burden.fleschKincaidGrade.toFixed(1)}</dd>
            <dt>Very long sentences</dt>
            <dd>{Math.round(burden.longSentenceShare * 100)}%</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="text">
        <h2 id="text">The agreement, with the one-sided clauses marked</h2>
        <HighlightedDocument analysis={analysis} />
      </section>
    </Layout>
  );
}

function readingTime(minutes: number): string {
  if (minutes < 1) return "under a minute to read";
  const rounded = Math.round(minutes);
  return `about ${rounded} ${rounded === 1 ? "minute" : "minutes"} to read`;
}

function ContextForm({ action, context }: { action: string; context: PowerContext }) {
  return (
    <form class="context-form" method="get" action={action}>
      <fieldset>
        <legend>Your situation</legend>
        <ContextFields context={context} />
        <button type="submit">Update the report</button>
      </fieldset>
    </form>
  );
}

/** The three context selects, shared by the analyse form and the report's context form. */
export function ContextFields({ context }: { context: PowerContext }) {
  return (
    <div class="context-fields">
      <label>
        I am a
        <select name="party">
          <option value="consumer" selected={context.party === "consumer"}>
            consumer
          </option>
          <option value="worker" selected={context.party === "worker"}>
            worker or freelancer
          </option>
          <option value="business" selected={context.party === "business"}>
            business partner
          </option>
        </select>
      </label>
      <label>
        Can I negotiate?
        <select name="negotiable">
          <option value="no" selected={!context.negotiable}>
            no, take it or leave it
          </option>
          <option value="yes" selected={context.negotiable}>
            yes
          </option>
        </select>
      </label>
      <label>
        Real alternatives
        <select name="alternatives">
          <option value="none" selected={context.alternatives === "none"}>
            none
          </option>
          <option value="few" selected={context.alternatives === "few"}>
            a few
          </option>
          <option value="many" selected={context.alternatives === "many"}>
            many
          </option>
        </select>
      </label>
    </div>
  );
}
