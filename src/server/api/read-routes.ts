/** Public read endpoints of the JSON API. */
import { Hono } from "hono";
import { CounterweightError } from "../../core/index.ts";
import { contextKey, isDefaultContext, storedDocumentContext } from "../power-context.ts";
import { renderJson } from "../../report/index.ts";
import type { AppDeps } from "../deps.ts";
import { apiError, errorBody } from "../http-errors.ts";
import { relatedServices } from "../related.ts";
import { findingsQuerySchema, pageQuerySchema, searchQuerySchema } from "./schemas.ts";
import { validate } from "./validate.ts";

export function apiReadRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { store } = deps;
  const missing = (what: string) =>
    apiError(404, "NOT_FOUND", `${what} does not exist; list what does at /api/services`);

  app.get("/services", async (c) => c.json({ services: await store.listServices() }));

  app.get("/services/:slug", async (c) => {
    const service = await store.getService(c.req.param("slug"));
    if (!service) return c.json(errorBody(missing(`service ${c.req.param("slug")}`)), 404);
    const related = relatedServices(service.slug, await store.categoryProfiles()).map((r) => ({
      slug: r.serviceSlug,
      name: r.serviceName,
      grade: r.grade,
      similarity: Math.round(r.similarity * 1000) / 1000,
    }));
    return c.json({ service, related });
  });

  app.get("/services/:slug/documents/:type", async (c) => {
    const context = storedDocumentContext(c.req.query(), c.req.param("type"));
    const what = `document ${c.req.param("slug")}/${c.req.param("type")}`;
    const versionId = await store.latestVersionId(c.req.param("slug"), c.req.param("type"));
    if (versionId === undefined) return c.json(errorBody(missing(what)), 404);
    // Served from the rendered-report cache: the stored JSON for the default context, a re-assessment otherwise.
    const json = await deps.reports.page(`json|${versionId}|${contextKey(context)}`, async () => {
      const version = await store.getVersion(versionId);
      if (!version) throw new CounterweightError("NOT_FOUND", `${what} does not exist`);
      if (isDefaultContext(context)) return version.reportJson;
      return JSON.stringify(renderJson(deps.reports.analysisOf(version, context)));
    });
    return c.body(json, 200, { "Content-Type": "application/json" });
  });

  app.get("/documents", async (c) => {
    const page = validate(pageQuerySchema, c.req.query(), "query");
    return c.json({ documents: await store.listDocuments(page) });
  });

  app.get("/findings", async (c) => {
    const query = validate(findingsQuerySchema, c.req.query(), "query");
    return c.json({ findings: await store.findings(query) });
  });

  app.get("/search", async (c) => {
    const { q, limit } = validate(searchQuerySchema, c.req.query(), "query");
    return c.json(await store.search(q, { limit }));
  });

  return app;
}
