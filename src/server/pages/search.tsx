/** Search results: matching services, then matching clauses with the words marked from offsets. */
import type { Span } from "../../core/index.ts";
import type { SearchResult } from "../../store/index.ts";
import { GradeBadge, Layout, reportPath } from "./layout.tsx";

/** Cuts text at the match offsets; JSX escapes every piece, and only our own <mark> is markup. */
export function Highlighted({ text, matches }: { text: string; matches: Span[] }) {
  const parts = [];
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    parts.push(<mark>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function SearchPage(props: { query: string; result: SearchResult | undefined; limit: number }) {
  const { query, result, limit } = props;
  return (
    <Layout title={query ? `Search: ${query}` : "Search"} path="/search" query={query}>
      <h1>Search</h1>
      <form class="search-form" role="search" method="get" action="/search">
        <label for="q">Words to find in services and clauses</label>
        <div class="inline">
          <input id="q" type="search" name="q" value={query} />
          <button type="submit">Search</button>
        </div>
      </form>
      {result && (
        <>
          <section aria-labelledby="service-hits">
            <h2 id="service-hits">Services ({result.services.length})</h2>
            {result.services.length === 0 ? (
              <p class="muted">No service name matches.</p>
            ) : (
              <ul class="plain-list">
                {result.services.map((s) => (
                  <li>
                    <GradeBadge grade={s.latestGrade} /> <a href={`/services/${s.slug}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="clause-hits">
            <h2 id="clause-hits">
              Clauses (
              {result.passages.length === limit ? `the ${limit} best matches` : result.passages.length})
            </h2>
            {result.passages.length === 0 && <p class="muted">No clause holds all these words.</p>}
            <ol class="hits">
              {result.passages.map((p) => (
                <li>
                  <p>
                    <Highlighted text={p.text} matches={p.matches} />
                  </p>
                  <a href={reportPath(p.serviceSlug, p.documentType)}>
                    {p.serviceName} {p.documentType}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </Layout>
  );
}
