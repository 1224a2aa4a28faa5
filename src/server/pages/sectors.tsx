/** Sectors: the list, and one sector comparing its services clause by clause. */
import { FINDING_CATEGORIES, CATEGORY_NAMES } from "../../core/index.ts";
import type { CategoryProfile } from "../../store/index.ts";
import { clauseCounts, noRealChoice } from "../related.ts";
import { GradeBadge, Layout } from "./layout.tsx";

export interface SectorSummary {
  slug: string;
  name: string;
  services: number;
}

export function SectorsPage({ sectors }: { sectors: SectorSummary[] }) {
  return (
    <Layout title="Sectors" path="/sectors">
      <h1>Sectors</h1>
      <p class="lead">
        Compare the services of one sector clause by clause, and see where every alternative carries the same
        one-sided clause.
      </p>
      {sectors.length === 0 ? (
        <p class="muted">
          No service has a sector yet. Give one when importing (
          <code>counterweight import … --sector Travel</code>).
        </p>
      ) : (
        <ul class="hub-grid">
          {sectors.map((s) => (
            <li>
              <a class="card hub-card" href={`/sectors/${s.slug}`}>
                <strong>{s.name}</strong>
                <span class="muted">{s.services} services</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function SectorPage({ name, profiles }: { name: string; profiles: CategoryProfile[] }) {
  const noChoice = noRealChoice(profiles);
  const counts = clauseCounts(profiles);
  // Best grade first, so the services that use their power least lead the comparison.
  const ranked = [...profiles].sort(
    (a, b) => (a.grade ?? "Z").localeCompare(b.grade ?? "Z") || a.serviceName.localeCompare(b.serviceName),
  );
  return (
    <Layout title={`${name} sector`} path="/sectors">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/sectors">Sectors</a> › {name}
      </nav>
      <h1>{name}</h1>
      <p class="lead">
        {profiles.length} services compared clause type by clause type. Each cell counts the one-sided clauses
        of that type in the service's current agreements; the last row says how many of the sector's services
        carry it.
      </p>
      {noChoice.length > 0 && (
        <aside class="callout" aria-labelledby="no-choice">
          <h2 id="no-choice">No real choice</h2>
          <p>
            Most alternatives in this sector carry the same one-sided clause, so switching provider does not
            avoid it:
          </p>
          <ul>
            {noChoice.map((row) => (
              <li>
                <a href={`/categories/${row.category}`}>{CATEGORY_NAMES[row.category]}</a>: {row.carrying} of{" "}
                {row.total} services
              </li>
            ))}
          </ul>
        </aside>
      )}
      <p class="legend">
        <span class="swatch some" aria-hidden="true"></span> potentially unfair{" "}
        <span class="swatch clear" aria-hidden="true"></span> at least one clearly unfair (bold) · – none
        found · a red bar marks a clause most services carry
      </p>
      <div class="table-scroll" tabindex={0} role="region" aria-label="Clause comparison table">
        <table class="matrix">
          <caption class="visually-hidden">
            One-sided clauses by service (rows) and clause type (columns), best grade first
          </caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              {FINDING_CATEGORIES.map((code) => (
                <th scope="col" class={noChoice.some((r) => r.category === code) ? "no-choice" : undefined}>
                  <a href={`/categories/${code}`}>{CATEGORY_NAMES[code]}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranked.map((p) => (
              <tr>
                <th scope="row">
                  <GradeBadge grade={p.grade} /> <a href={`/services/${p.serviceSlug}`}>{p.serviceName}</a>
                </th>
                {FINDING_CATEGORIES.map((code) => {
                  const count = p.counts[code] ?? 0;
                  const clear = p.clearlyUnfair[code] ?? 0;
                  return (
                    <td class={count === 0 ? "none" : clear > 0 ? "clear" : "some"}>
                      {count === 0 ? "–" : count}
                      {clear > 0 && <span class="visually-hidden"> ({clear} clearly unfair)</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Services carrying it</th>
              {counts.map((row) => (
                <td>
                  {row.carrying} of {row.total}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </Layout>
  );
}
