/** The HTML site map and the error page. */
import { FINDING_CATEGORIES, CATEGORY_NAMES } from "../../core/index.ts";
import type { DocumentSummary, ServiceSummary } from "../../store/index.ts";
import { IMBALANCE_SOURCES } from "../imbalance.ts";
import { Layout, reportPath } from "./layout.tsx";
import type { SectorSummary } from "./sectors.tsx";

export function SiteMapPage(props: {
  services: ServiceSummary[];
  documents: DocumentSummary[];
  sectors: SectorSummary[];
}) {
  return (
    <Layout title="Site map" path="/sitemap">
      <h1>Site map</h1>
      <div class="two-col">
        <section aria-labelledby="sm-pages">
          <h2 id="sm-pages">Pages</h2>
          <ul>
            <li>
              <a href="/">Home: analyse an agreement</a>
            </li>
            <li>
              <a href="/services">Services A–Z</a>
            </li>
            <li>
              <a href="/categories">Clause types</a>
            </li>
            <li>
              <a href="/sectors">Sectors</a>
            </li>
            <li>
              <a href="/search">Search</a>
            </li>
            <li>
              <a href="/method">How it works</a>
            </li>
          </ul>
          <h2>Clause types</h2>
          <ul>
            {FINDING_CATEGORIES.map((c) => (
              <li>
                <a href={`/categories/${c}`}>{CATEGORY_NAMES[c]}</a>
              </li>
            ))}
            {IMBALANCE_SOURCES.map((s) => (
              <li>
                <a href={`/imbalance/${s.id}`}>{s.name}</a>
              </li>
            ))}
          </ul>
          {props.sectors.length > 0 && <h2>Sectors</h2>}
          <ul>
            {props.sectors.map((s) => (
              <li>
                <a href={`/sectors/${s.slug}`}>{s.name}</a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sm-services">
          <h2 id="sm-services">Services and their agreements</h2>
          <ul>
            {props.services.map((s) => (
              <li>
                <a href={`/services/${s.slug}`}>{s.name}</a>
                <ul>
                  {props.documents
                    .filter((d) => d.serviceSlug === s.slug)
                    .map((d) => (
                      <li>
                        <a href={reportPath(d.serviceSlug, d.documentType)}>{d.documentType}</a>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}

export function ErrorPage({ status, message }: { status: number; message: string }) {
  const title =
    status === 404 ? "Page not found" : status >= 500 ? "Something went wrong" : "That did not work";
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead" role="alert">
        {message}
      </p>
      <p>
        <a href="/">Go to the home page</a> or <a href="/services">browse the services</a>.
      </p>
    </Layout>
  );
}
