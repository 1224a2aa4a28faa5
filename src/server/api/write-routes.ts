/** Admin endpoints: import a document, edit or delete a service. Each needs the admin token. */
import { Hono, type MiddlewareHandler } from "hono";
import { utf8Bytes } from "../../core/index.ts";
import { versionFromAnalysis } from "../../store/index.ts";
import { bearerToken, tokenMatches } from "../admin-token.ts";
import type { AppDeps } from "../deps.ts";
import { apiError, errorBody } from "../http-errors.ts";
import { importDocumentSchema, servicePatchSchema } from "./schemas.ts";
import { readJson, validate } from "./validate.ts";

export function apiWriteRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { store } = deps;

  const requireToken: MiddlewareHandler = async (c, next) => {
    if (!tokenMatches(deps.adminToken, bearerToken(c.req.header("Authorization")))) {
      const message = deps.adminToken
        ? "writes need the admin token; send Authorization: Bearer <COUNTERWEIGHT_ADMIN_TOKEN>"
        : "writes are disabled; start the server with COUNTERWEIGHT_ADMIN_TOKEN set";
      return c.json(errorBody(apiError(401, "UNAUTHORIZED", message)), 401, { "WWW-Authenticate": "Bearer" });
    }
    await next();
    // Whatever a write changed must not be served from the page caches.
    deps.reports.forget();
  };

  app.post("/documents", requireToken, async (c) => {
    const input = validate(importDocumentSchema, await readJson(c.req.raw, "request"), "request");
    const name = input.name ?? `${input.service}.txt`;
    const analysis = await deps.analyze(utf8Bytes(input.text), name, {
      limits: deps.limits,
      extensionHint: "txt",
    });
    const result = await store.addVersion(
      versionFromAnalysis(analysis, {
        service: input.service,
        sector: input.sector,
        url: input.url,
        documentType: input.documentType,
      }),
    );
    return c.json(result, result.status === "unchanged" ? 200 : 201);
  });

  app.patch("/services/:slug", requireToken, async (c) => {
    const patch = validate(servicePatchSchema, await readJson(c.req.raw, "request"), "request");
    const service = await store.updateService(c.req.param("slug"), patch);
    if (!service)
      return c.json(
        errorBody(apiError(404, "NOT_FOUND", `service ${c.req.param("slug")} does not exist`)),
        404,
      );
    return c.json({ service });
  });

  app.delete("/services/:slug", requireToken, async (c) => {
    if (!(await store.deleteService(c.req.param("slug")))) {
      return c.json(
        errorBody(apiError(404, "NOT_FOUND", `service ${c.req.param("slug")} does not exist`)),
        404,
      );
    }
    return c.body(null, 204);
  });

  return app;
}
