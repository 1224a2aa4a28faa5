/** Home: analyse by pasting or uploading, then what is new, popular and changed in the registry. */
import { DEFAULT_POWER_CONTEXT } from "../../assess/index.ts";
import type { DocumentSummary } from "../../store/index.ts";
import { ContextFields } from "./report-page.tsx";
import { GradeBadge, Layout, formatDate, reportPath } from "./layout.tsx";

export interface PopularPage {
  path: string;
  label: string;
  views: number;
}

export interface HomeProps {
  recent: DocumentSummary[];
  popular: PopularPage[];
  changed: DocumentSummary[];
  /** A message about the last attempt, e.g. an unreadable upload. */
  error?: string;
  text?: string;
}

export function HomePage({ recent, popular, changed, error, text = "" }: HomeProps) {
  return (
    <Layout title="Counterweight" path="/">
      <section class="hero" aria-labelledby="analyse-title">
        <h1 id="analyse-title">Read the terms before they read you</h1>
        <p class="lead">
          Paste an agreement or upload it. Counterweight grades it and shows, clause by clause, where the
          stronger party uses its power against you and how equals would write the same term.
        </p>
        {error && (
          <p class="error" role="alert" id="analyse-error">
            {error}
          </p>
        )}
        <form class="analyse-form" method="post" action="/analyze" enctype="multipart/form-data">
          <label for="text">Paste the terms</label>
          <textarea id="text" name="text" rows={8} aria-describedby={error ? "analyse-error" : undefined}>
            {text}
          </textarea>
          <label for="file">…or upload a file (PDF, Word, HTML, Markdown or text)</label>
          <input id="file" type="file" name="file" accept=".pdf,.docx,.html,.htm,.md,.txt,.xml" />
          <details class="context-details">
            <summary>Your situation (optional)</summary>
            <ContextFields context={DEFAULT_POWER_CONTEXT} />
          </details>
          <button type="submit" class="primary">
            Analyse
          </button>
          <p class="small">Your text is analysed and shown to you only; it is not stored or published.</p>
        </form>
      </section>
      <div class="three-col">
        <DocumentList
          id="recent"
          title="Recently analysed"
          documents={recent}
          empty="Nothing analysed yet."
        />
        <section aria-labelledby="popular">
          <h2 id="popular">Most viewed today</h2>
          {popular.length === 0 ? (
            <p class="muted">No views in the past 24 hours yet.</p>
          ) : (
            <ol class="plain-list">
              {popular.map((p) => (
                <li>
                  <a href={p.path}>{p.label}</a>{" "}
                  <span class="muted">
                    {p.views === 1 ? "1 view" : `${p.views.toLocaleString("en")} views`}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <DocumentList
          id="changed"
          title="Recently changed"
          documents={changed}
          empty="No changes recorded yet."
          withChanges
        />
      </div>
    </Layout>
  );
}

export function DocumentList(props: {
  id: string;
  title: string;
  documents: DocumentSummary[];
  empty: string;
  /** Link each document's latest change and the feed of changes (for a list of changed documents). */
  withChanges?: boolean;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.documents.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul class="plain-list">
          {props.documents.map((d) => (
            <li>
              <GradeBadge grade={d.latest.grade} />{" "}
              <a href={reportPath(d.serviceSlug, d.documentType)}>
                {d.serviceName} <span class="muted">{d.documentType}</span>
              </a>{" "}
              <span class="muted">{formatDate(d.latest.capturedAt)}</span>
              {props.withChanges && (
                <>
                  {" "}
                  · <a href={`${reportPath(d.serviceSlug, d.documentType)}/changes`}>what changed</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.withChanges && (
        <p class="small">
          <a href="/changes.xml">Feed of changes</a> (Atom)
        </p>
      )}
    </section>
  );
}
