/** Public read endpoints of the JSON API. */
import { Hono } from "hono";
import { isDefaultContext, parseContext } from "../power-context.ts";
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
    const context = parseContext(c.req.query());
    const version = await store.getLatestVersion(c.req.param("slug"), c.req.param("type"));
    if (!version)
      return c.json(errorBody(missing(`document ${c.req.param("slug")}/${c.req.param("type")}`)), 404);
    // The default context's report is stored ready to send; other contexts are re-assessed (cached).
    if (isDefaultContext(context))
      return c.body(version.reportJson, 200, { "Content-Type": "application/json" });
    return c.json(renderJson(deps.reports.analysisOf(version, context)));
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
