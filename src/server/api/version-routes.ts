/** Read endpoints for versions: a document's version list and the diff between two of its versions. */
import { Hono } from "hono";
import { z } from "zod";
import { CounterweightError } from "../../core/index.ts";
import { renderDiffJson } from "../../diff/index.ts";
import type { AppDeps } from "../deps.ts";
import { reportPath } from "../pages/layout.tsx";
import { changesPath, versionHistory, versionPath } from "../version-history.ts";
import { validate } from "./validate.ts";

const versionId = z.coerce
  .number()
  .int()
  .min(1, "give a version id from /versions")
  .max(Number.MAX_SAFE_INTEGER)
  .optional();

export const diffQuerySchema = z.object({ from: versionId, to: versionId });

export function apiVersionRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const history = versionHistory(deps);
  const missing = (what: string, hint = "list what does at /api/services") =>
    new CounterweightError("NOT_FOUND", `${what} does not exist; ${hint}`, { userFault: true });

  app.get("/services/:slug/documents/:type/versions", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const document = await history.document(slug, type);
    if (!document) throw missing(`document ${slug}/${type}`);
    const versions = document.versions.map((version, index) => {
      const previous = document.versions[index + 1];
      return {
        ...version,
        links: {
          report: index === 0 ? reportPath(slug, type) : versionPath(slug, type, version.id),
          ...(previous ? { changes: changesPath(slug, type, previous.id, version.id) } : {}),
          ...(previous
            ? {
                diff: `/api/services/${encodeURIComponent(slug)}/documents/${encodeURIComponent(type)}/diff?from=${previous.id}&to=${version.id}`,
              }
            : {}),
        },
      };
    });
    return c.json({
      service: { slug, name: document.serviceName },
      documentType: type,
      versions,
    });
  });

  app.get("/services/:slug/documents/:type/diff", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const query = validate(diffQuerySchema, c.req.query(), "query");
    const document = await history.document(slug, type);
    if (!document) throw missing(`document ${slug}/${type}`);
    const ids = document.versions.map((v) => v.id);
    const hint = `list its versions at /api/services/${slug}/documents/${type}/versions`;
    const toId = query.to ?? ids[0]!;
    const toIndex = ids.indexOf(toId);
    if (toIndex < 0) throw missing(`version ${toId} of ${slug}/${type}`, hint);
    // Without `from`, the version captured just before `to`.
    const fromId = query.from ?? ids[toIndex + 1];
    if (fromId === undefined) {
      throw missing(`a version of ${slug}/${type} before version ${toId}`, hint);
    }
    if (!ids.includes(fromId)) throw missing(`version ${fromId} of ${slug}/${type}`, hint);
    if (fromId === toId) {
      throw new CounterweightError(
        "USAGE",
        "query: from and to are the same version; give two different ids",
        {
          userFault: true,
        },
      );
    }
    const [older, newer] = await Promise.all([deps.store.getVersion(fromId), deps.store.getVersion(toId)]);
    if (!older || !newer) throw missing(`version ${older ? toId : fromId} of ${slug}/${type}`, hint);
    return c.json(renderDiffJson(history.diff(older, newer)));
  });

  return app;
}
