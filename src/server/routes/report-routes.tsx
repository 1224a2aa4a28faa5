/**
 * Report pages: a stored document's report (context changeable by a GET form, served from cache),
 * and the report of a pasted or uploaded text (POST from the home page, never stored).
 */
import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { CounterweightError, isCounterweightError, utf8Bytes } from "../../core/index.ts";
import type { AppDeps } from "../deps.ts";
import { toApiError } from "../http-errors.ts";
import { HomePage } from "../pages/home.tsx";
import { renderPage, reportPath } from "../pages/layout.tsx";
import { ReportPage } from "../pages/report-page.tsx";
import { contextKey, parseContext, storedDocumentContext } from "../power-context.ts";
import { popularPages } from "./browse-routes.tsx";
import { notFound } from "./not-found.tsx";

export function reportRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get("/services/:slug/:type", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const context = storedDocumentContext(c.req.query(), type);
    const versionId = await deps.reports.latestVersionId(slug, type, () =>
      deps.store.latestVersionId(slug, type),
    );
    const missing = "No such agreement for this service; see the service's page for its agreements.";
    if (versionId === undefined) return notFound(c, missing);
    // Pages are cached per version and context; only a miss reads the stored analysis.
    const html = await deps.reports.page(`${versionId}|${contextKey(context)}`, async () => {
      const version = await deps.store.getVersion(versionId);
      if (!version) throw new CounterweightError("NOT_FOUND", missing);
      const analysis = deps.reports.analysisOf(version, context);
      const heading = version.title ?? `${version.serviceName} ${version.documentType}`;
      return renderPage(
        <ReportPage
          analysis={analysis}
          meta={{
            heading,
            serviceName: version.serviceName,
            serviceSlug: version.serviceSlug,
            capturedAt: version.capturedAt,
            contextAction: reportPath(version.serviceSlug, version.documentType),
          }}
        />,
      );
    });
    return c.body(html, 200, { "Content-Type": "text/html; charset=UTF-8" });
  });

  app.post("/analyze", async (c) => {
    let text = "";
    try {
      const form = await c.req.parseBody();
      text = typeof form.text === "string" ? form.text : "";
      const context = parseContext(form);
      const file = form.file instanceof File && form.file.size > 0 ? form.file : undefined;
      if (!file && !text.trim()) {
        return await homeWithError(
          c,
          deps,
          "Paste the text of an agreement or choose a file, then press Analyse.",
          400,
          text,
        );
      }
      const analysis = file
        ? await deps.analyze(new Uint8Array(await file.arrayBuffer()), file.name || "upload", {
            context,
            limits: deps.limits,
            signal: c.req.raw.signal,
          })
        : await deps.analyze(utf8Bytes(text), "pasted text", {
            context,
            limits: deps.limits,
            extensionHint: "txt",
            signal: c.req.raw.signal,
          });
      const heading = analysis.document.metadata.title ?? (file ? file.name : "Your pasted agreement");
      return c.html(await renderPage(<ReportPage analysis={analysis} meta={{ heading }} />));
    } catch (error) {
      if (!isCounterweightError(error) || !error.userFault) throw error;
      const problem = toApiError(error);
      return homeWithError(c, deps, problem.message, problem.status, text);
    }
  });

  return app;
}

async function homeWithError(
  c: Context,
  deps: AppDeps,
  message: string,
  status: ContentfulStatusCode,
  text: string,
) {
  const [recent, popular, changed] = await Promise.all([
    deps.store.listDocuments({ limit: 8 }),
    popularPages(deps),
    deps.store.recentlyChanged(8),
  ]);
  return c.html(
    await renderPage(
      <HomePage recent={recent} popular={popular} changed={changed} error={message} text={text} />,
    ),
    status,
  );
}
