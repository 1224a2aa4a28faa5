/** Hub pages: one per clause type and one per source of imbalance, with every service carrying it. */
import { DEFAULT_POWER_CONTEXT, counterpartFor, explainFinding, powerSourceFor } from "../../assess/index.ts";
import { FINDING_CATEGORIES, CATEGORY_NAMES, LEVEL_NAMES, type FindingCategory } from "../../core/index.ts";
import type { CategoryProfile, StoredFinding } from "../../store/index.ts";
import { IMBALANCE_SOURCES, categoriesOfSource, type ImbalanceSource } from "../imbalance.ts";
import { GradeBadge, Layout, reportPath } from "./layout.tsx";

export function CategoriesPage({ profiles }: { profiles: CategoryProfile[] }) {
  return (
    <Layout title="Clause types" path="/categories">
      <h1>Clause types</h1>
      <p class="lead">
        The nine kinds of one-sided clause Counterweight looks for, and the four sources of imbalance they
        draw on.
      </p>
      <ul class="hub-grid">
        {FINDING_CATEGORIES.map((code) => (
          <li>
            <a class="card hub-card" href={`/categories/${code}`}>
              <strong>{CATEGORY_NAMES[code]}</strong>
              <span class="muted">{profiles.filter((p) => (p.counts[code] ?? 0) > 0).length} services</span>
            </a>
          </li>
        ))}
      </ul>
      <h2>Sources of imbalance</h2>
      <ul class="hub-grid">
        {IMBALANCE_SOURCES.map((s) => (
          <li>
            <a class="card hub-card" href={`/imbalance/${s.id}`}>
              <strong>{s.name}</strong>
              <span class="muted">{s.what}</span>
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function Carriers({ profiles, codes }: { profiles: CategoryProfile[]; codes: FindingCategory[] }) {
  const total = (p: CategoryProfile) => codes.reduce((sum, c) => sum + (p.counts[c] ?? 0), 0);
  const carriers = profiles
    .filter((p) => total(p) > 0)
    .sort((a, b) => total(b) - total(a) || a.serviceName.localeCompare(b.serviceName));
  if (carriers.length === 0) return <p class="muted">No service in the registry carries it yet.</p>;
  return (
    <ul class="service-grid">
      {carriers.map((p) => (
        <li>
          <a class="service-card" href={`/services/${p.serviceSlug}`}>
            <GradeBadge grade={p.grade} />
            <span>
              <strong>{p.serviceName}</strong>{" "}
              <span class="muted">
                {total(p)} {total(p) === 1 ? "clause" : "clauses"}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function CategoryHubPage(props: {
  code: FindingCategory;
  profiles: CategoryProfile[];
  examples: StoredFinding[];
}) {
  const { code } = props;
  const source = powerSourceFor(code, DEFAULT_POWER_CONTEXT);
  return (
    <Layout title={CATEGORY_NAMES[code]} path="/categories">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/categories">Clause types</a> › {CATEGORY_NAMES[code]}
      </nav>
      <h1>{CATEGORY_NAMES[code]}</h1>
      <p class="lead">{explainFinding(code, 2, [])}</p>
      <p class="counterpart">
        <strong>How equals write it: </strong>
        {counterpartFor(code, [])}
      </p>
      <p>
        Source of imbalance: <a href={`/imbalance/${source.id}`}>{source.name}</a>. {source.why}
      </p>
      <h2>Services carrying it</h2>
      <Carriers profiles={props.profiles} codes={[code]} />
      {props.examples.length > 0 && (
        <>
          <h2>How it reads in practice</h2>
          {props.examples.map((f) => (
            <figure class="example">
              <blockquote>{f.text}</blockquote>
              <figcaption>
                <a href={reportPath(f.serviceSlug, f.documentType)}>{f.serviceName}</a> ·{" "}
                <span class={`level-tag level-${f.level}`}>{LEVEL_NAMES[f.level]}</span>
              </figcaption>
            </figure>
          ))}
        </>
      )}
    </Layout>
  );
}

export function ImbalanceHubPage({
  source,
  profiles,
}: {
  source: ImbalanceSource;
  profiles: CategoryProfile[];
}) {
  const codes = categoriesOfSource(source.id);
  return (
    <Layout title={source.name} path="/categories">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/categories">Clause types</a> › {source.name}
      </nav>
      <h1>{source.name}</h1>
      <p class="lead">{source.what}</p>
      <p>
        <strong>What Counterweight does about it: </strong>
        {source.answer}
      </p>
      <h2>Clause types drawing on it</h2>
      {codes.length === 0 ? (
        <p class="muted">
          No clause type draws on it for a consumer; it weighs in through the power context of each report
          (who you are, whether you can negotiate, what alternatives you have).
        </p>
      ) : (
        <ul class="chips">
          {codes.map((c) => (
            <li>
              <a href={`/categories/${c}`}>{CATEGORY_NAMES[c]}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>Services carrying these clauses</h2>
      <Carriers profiles={profiles} codes={codes} />
    </Layout>
  );
}
