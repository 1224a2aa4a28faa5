/** Read-only pages: home, services, hubs, sectors, search. Each route: validate → read the store → present. */
import { Hono, type Context } from "hono";
import { isFindingCategory } from "../../core/index.ts";
import { slugify, type ServiceSummary } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { IMBALANCE_SOURCES } from "../imbalance.ts";
import { sectorAlternatives } from "../alternatives.ts";
import { relatedServices } from "../related.ts";
import { CategoriesPage, CategoryHubPage, ImbalanceHubPage } from "../pages/hubs.tsx";
import { HomePage, type PopularPage } from "../pages/home.tsx";
import { renderPage } from "../pages/layout.tsx";
import { SearchPage } from "../pages/search.tsx";
import { SectorPage, SectorsPage, type SectorSummary } from "../pages/sectors.tsx";
import { ServicePage, ServicesPage } from "../pages/services.tsx";
import { notFound } from "./not-found.tsx";

const DAY_MS = 24 * 3_600_000;
const HTML = { "Content-Type": "text/html; charset=UTF-8" };

/** Sectors named on services, with how many services each holds. */
export function sectorsOf(services: ServiceSummary[]): SectorSummary[] {
  const bySlug = new Map<string, SectorSummary>();
  for (const s of services) {
    if (!s.sector) continue;
    const slug = slugify(s.sector);
    const entry = bySlug.get(slug) ?? { slug, name: s.sector, services: 0 };
    entry.services += 1;
    bySlug.set(slug, entry);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Labels for the most viewed service and report paths, resolved against the service list. */
export async function popularPages(deps: AppDeps): Promise<PopularPage[]> {
  const viewed = await deps.store.mostViewed({
    since: new Date(Date.now() - DAY_MS),
    limit: 8,
    prefix: "/services/",
  });
  if (viewed.length === 0) return [];
  const names = new Map((await deps.store.listServices()).map((s) => [s.slug, s.name]));
  return viewed.flatMap(({ path, views }) => {
    const [, , slug, type] = path.split("/").map((part) => decodeURIComponent(part));
    const name = names.get(slug ?? "");
    return name ? [{ path, views, label: type ? `${name} ${type}` : name }] : [];
  });
}

export function browseRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { store } = deps;

  /** A page rendered once per registry revision (and `extra`, e.g. the minute for "most viewed"). */
  const cached = async (c: Context, key: string, render: () => Promise<string>) =>
    c.body(await deps.pages.page(key, render), 200, HTML);

  app.get("/", async (c) =>
    // "Most viewed today" changes with every view: it is recounted once a minute, not per request.
    cached(c, `home|${Math.floor(Date.now() / 60_000)}`, async () => {
      const [recent, popular, changed] = await Promise.all([
        store.listDocuments({ limit: 8 }),
        popularPages(deps),
        store.recentlyChanged(8),
      ]);
      return renderPage(<HomePage recent={recent} popular={popular} changed={changed} />);
    }),
  );

  app.get("/services", async (c) =>
    cached(c, "services", async () => renderPage(<ServicesPage services={await store.listServices()} />)),
  );

  app.get("/services/:slug", async (c) => {
    const slug = c.req.param("slug");
    // An unknown name renders as empty, so a 404 is cached like a page and costs no query either.
    const html = await deps.pages.page(`service|${slug}`, async () => {
      const service = await store.getService(slug);
      if (!service) return "";
      const profiles = await store.categoryProfiles();
      const profile = profiles.find((p) => p.serviceSlug === service.slug);
      return renderPage(
        <ServicePage
          service={service}
          profile={profile}
          related={relatedServices(service.slug, profiles)}
          alternatives={sectorAlternatives(service.slug, profiles)}
          sources={deps.seedSources}
        />,
      );
    });
    if (html.length === 0) return notFound(c, "No service by that name; see the A–Z list.");
    return c.body(html, 200, HTML);
  });

  app.get("/categories", async (c) =>
    cached(c, "categories", async () =>
      renderPage(<CategoriesPage profiles={await store.categoryProfiles()} />),
    ),
  );

  app.get("/categories/:code", async (c) => {
    const code = c.req.param("code");
    if (!isFindingCategory(code))
      return notFound(c, "No clause type by that name; see the list of clause types.");
    return cached(c, `category|${code}`, async () => {
      const [profiles, examples] = await Promise.all([
        store.categoryProfiles(),
        store.findings({ category: code, limit: 12 }),
      ]);
      return renderPage(<CategoryHubPage code={code} profiles={profiles} examples={examples} />);
    });
  });

  app.get("/imbalance/:id", async (c) => {
    const source = IMBALANCE_SOURCES.find((s) => s.id === c.req.param("id"));
    if (!source) return notFound(c, "No source of imbalance by that name; see the list of clause types.");
    return cached(c, `imbalance|${source.id}`, async () =>
      renderPage(<ImbalanceHubPage source={source} profiles={await store.categoryProfiles()} />),
    );
  });

  app.get("/sectors", async (c) =>
    cached(c, "sectors", async () =>
      renderPage(<SectorsPage sectors={sectorsOf(await store.listServices())} />),
    ),
  );

  app.get("/sectors/:slug", async (c) => {
    const slug = c.req.param("slug");
    const html = await deps.pages.page(`sector|${slug}`, async () => {
      const profiles = (await store.categoryProfiles()).filter((p) => p.sector && slugify(p.sector) === slug);
      return profiles.length === 0
        ? ""
        : renderPage(<SectorPage name={profiles[0]!.sector!} profiles={profiles} />);
    });
    if (html.length === 0) return notFound(c, "No sector by that name; see the list of sectors.");
    return c.body(html, 200, HTML);
  });

  app.get("/search", async (c) => {
    const query = (c.req.query("q") ?? "").slice(0, 200);
    const limit = 50;
    return cached(c, `search|${query}`, async () => {
      const result = query.trim() ? await store.search(query, { limit }) : undefined;
      return renderPage(<SearchPage query={query} result={result} limit={limit} />);
    });
  });

  return app;
}
