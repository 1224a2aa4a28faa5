/** Read-only pages: home, services, hubs, sectors, search. Each route: validate → read the store → present. */
import { Hono } from "hono";
import { isFindingCategory } from "../../core/index.ts";
import { slugify, type ServiceSummary } from "../../store/index.ts";
import type { AppDeps } from "../deps.ts";
import { IMBALANCE_SOURCES } from "../imbalance.ts";
import { relatedServices } from "../related.ts";
import { CategoriesPage, CategoryHubPage, ImbalanceHubPage } from "../pages/hubs.tsx";
import { HomePage, type PopularPage } from "../pages/home.tsx";
import { renderPage } from "../pages/layout.tsx";
import { SearchPage } from "../pages/search.tsx";
import { SectorPage, SectorsPage, type SectorSummary } from "../pages/sectors.tsx";
import { ServicePage, ServicesPage } from "../pages/services.tsx";
import { notFound } from "./not-found.tsx";

const DAY_MS = 24 * 3_600_000;

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

  app.get("/", async (c) => {
    const [recent, popular, changed] = await Promise.all([
      store.listDocuments({ limit: 8 }),
      popularPages(deps),
      store.recentlyChanged(8),
    ]);
    return c.html(await renderPage(<HomePage recent={recent} popular={popular} changed={changed} />));
  });

  app.get("/services", async (c) =>
    c.html(await renderPage(<ServicesPage services={await store.listServices()} />)),
  );

  app.get("/services/:slug", async (c) => {
    const service = await store.getService(c.req.param("slug"));
    if (!service) return notFound(c, "No service by that name; see the A–Z list.");
    const profiles = await store.categoryProfiles();
    const profile = profiles.find((p) => p.serviceSlug === service.slug);
    const related = relatedServices(service.slug, profiles);
    return c.html(await renderPage(<ServicePage service={service} profile={profile} related={related} />));
  });

  app.get("/categories", async (c) =>
    c.html(await renderPage(<CategoriesPage profiles={await store.categoryProfiles()} />)),
  );

  app.get("/categories/:code", async (c) => {
    const code = c.req.param("code");
    if (!isFindingCategory(code))
      return notFound(c, "No clause type by that name; see the list of clause types.");
    const [profiles, examples] = await Promise.all([
      store.categoryProfiles(),
      store.findings({ category: code, limit: 12 }),
    ]);
    return c.html(await renderPage(<CategoryHubPage code={code} profiles={profiles} examples={examples} />));
  });

  app.get("/imbalance/:id", async (c) => {
    const source = IMBALANCE_SOURCES.find((s) => s.id === c.req.param("id"));
    if (!source) return notFound(c, "No source of imbalance by that name; see the list of clause types.");
    return c.html(
      await renderPage(<ImbalanceHubPage source={source} profiles={await store.categoryProfiles()} />),
    );
  });

  app.get("/sectors", async (c) =>
    c.html(await renderPage(<SectorsPage sectors={sectorsOf(await store.listServices())} />)),
  );

  app.get("/sectors/:slug", async (c) => {
    const slug = c.req.param("slug");
    const profiles = (await store.categoryProfiles()).filter((p) => p.sector && slugify(p.sector) === slug);
    if (profiles.length === 0) return notFound(c, "No sector by that name; see the list of sectors.");
    return c.html(await renderPage(<SectorPage name={profiles[0]!.sector!} profiles={profiles} />));
  });

  app.get("/search", async (c) => {
    const query = (c.req.query("q") ?? "").slice(0, 200);
    const limit = 50;
    const result = query.trim() ? await store.search(query, { limit }) : undefined;
    return c.html(await renderPage(<SearchPage query={query} result={result} limit={limit} />));
  });

  return app;
}
