/** Services A–Z and one service: its documents, latest grade, grade history and related services. */
import { CATEGORY_NAMES, type FindingCategory } from "../../core/index.ts";
import { slugify, type CategoryProfile, type ServiceDetail, type ServiceSummary } from "../../store/index.ts";
import { GradeBadge, Layout, formatDate, reportPath } from "./layout.tsx";
import type { SectorAlternatives } from "../alternatives.ts";
import type { SeedSources } from "../seed-sources.ts";
import { AlternativesSection } from "./alternatives-section.tsx";
import { SourceCredit } from "./source-credit.tsx";
import { VersionTimeline } from "./version-timeline.tsx";

function initial(name: string): string {
  const letter = name.normalize("NFKD").charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : "#";
}

export function ServicesPage({ services }: { services: ServiceSummary[] }) {
  const groups = new Map<string, ServiceSummary[]>();
  for (const s of services) groups.set(initial(s.name), [...(groups.get(initial(s.name)) ?? []), s]);
  return (
    <Layout title="Services A–Z" path="/services">
      <h1>Services A–Z</h1>
      <p class="lead">{services.length} services. The grade is the worst of each service's agreements.</p>
      <nav aria-label="Letters" class="letters">
        {[...groups.keys()].map((letter) => (
          <a href={`#letter-${letter}`}>{letter}</a>
        ))}
      </nav>
      {[...groups].map(([letter, list]) => (
        <section aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <ul class="service-grid">
            {list.map((s) => (
              <li>
                <a href={`/services/${s.slug}`} class="service-card">
                  <GradeBadge grade={s.latestGrade} />
                  <span>
                    <strong>{s.name}</strong>
                    {s.sector && <span class="muted"> · {s.sector}</span>}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export interface ServicePageProps {
  service: ServiceDetail;
  profile: CategoryProfile | undefined;
  related: Array<CategoryProfile & { similarity: number }>;
  alternatives: SectorAlternatives | undefined;
  sources: SeedSources;
}

export function ServicePage({ service, profile, related, alternatives, sources }: ServicePageProps) {
  const categories = Object.entries(profile?.counts ?? {}) as Array<[FindingCategory, number]>;
  return (
    <Layout
      title={service.name}
      path="/services"
      feeds={[
        { title: `What changed in ${service.name}'s agreements`, href: `/services/${service.slug}/feed.xml` },
      ]}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/services">Services</a> › {service.name}
      </nav>
      <section class="report-head" aria-labelledby="service-title">
        <GradeBadge grade={service.latestGrade} size="large" />
        <div>
          <h1 id="service-title">{service.name}</h1>
          <p class="meta">
            {service.sector ? (
              <>
                Sector: <a href={`/sectors/${slugify(service.sector)}`}>{service.sector}</a> ·{" "}
              </>
            ) : null}
            {service.documentCount} {service.documentCount === 1 ? "agreement" : "agreements"} ·{" "}
            <a href={`/services/${service.slug}/feed.xml`}>feed of changes</a>
            {service.url && (
              <>
                {" "}
                · source: <span class="url">{service.url}</span>
              </>
            )}
          </p>
        </div>
      </section>
      <section aria-labelledby="documents">
        <h2 id="documents">Agreements</h2>
        {service.documents.map((d) => (
          <article class="card">
            <h3>
              <a href={reportPath(service.slug, d.documentType)}>
                {d.title ?? `${service.name} ${d.documentType}`}
              </a>
            </h3>
            <p>
              Latest grade <GradeBadge grade={d.latest.grade} />, {d.latest.findingsCount} one-sided clauses,
              captured {formatDate(d.latest.capturedAt)}.
            </p>
            <VersionTimeline serviceSlug={service.slug} documentType={d.documentType} versions={d.versions} />
          </article>
        ))}
      </section>
      {categories.length > 0 && (
        <section aria-labelledby="profile">
          <h2 id="profile">One-sided clauses by type</h2>
          <ul class="chips">
            {categories.map(([code, count]) => (
              <li>
                <a href={`/categories/${code}`}>
                  {CATEGORY_NAMES[code]} <span class="count">{count}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AlternativesSection name={service.name} found={alternatives} />
      <section aria-labelledby="related">
        <h2 id="related">Services with a similar clause profile</h2>
        {related.length === 0 ? (
          <p class="muted">No service with a similar set of one-sided clauses yet.</p>
        ) : (
          <ul class="plain-list">
            {related.map((r) => (
              <li>
                <GradeBadge grade={r.grade} /> <a href={`/services/${r.serviceSlug}`}>{r.serviceName}</a>{" "}
                <span class="muted">{Math.round(r.similarity * 100)}% similar clause profile</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SourceCredit slug={service.slug} sources={sources} />
    </Layout>
  );
}
