/**
 * Versions in the registry: the report of an older version, what changed between two versions
 * (and between the latest two), and the Atom feeds of changes, global and per service.
 * Mounted before the report routes, so `/services/{slug}/feed.xml` is a feed, not a document type.
 */
import { Hono } from "hono";
import type { PowerContext } from "../../assess/index.ts";
import { CounterweightError } from "../../core/index.ts";
import type { StoredVersion } from "../../store/index.ts";
import { changeFeedXml, collectChanges, recentlyChangedServices } from "../change-feed.ts";
import type { AppDeps } from "../deps.ts";
import { DiffPage } from "../pages/diff-page.tsx";
import { formatDate, renderPage, reportPath } from "../pages/layout.tsx";
import { ReportPage } from "../pages/report-page.tsx";
import { contextKey, storedDocumentContext } from "../power-context.ts";
import { changesPath, versionHistory, versionPath } from "../version-history.ts";
import { notFound } from "./not-found.tsx";

const ATOM = { "Content-Type": "application/atom+xml; charset=utf-8" };
const HTML = { "Content-Type": "text/html; charset=UTF-8" };

export function versionRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { store } = deps;
  const history = versionHistory(deps);

  /** A stored version, only if it belongs to the document named in the address. */
  const versionOf = async (slug: string, type: string, id: number): Promise<StoredVersion | undefined> => {
    const version = Number.isSafeInteger(id) ? await store.getVersion(id) : undefined;
    return version && version.serviceSlug === slug && version.documentType === type ? version : undefined;
  };

  app.get("/changes.xml", async (c) => {
    const origin = new URL(c.req.url).origin;
    const changes = await collectChanges(await recentlyChangedServices(store), history);
    const xml = changeFeedXml({
      title: "Counterweight: what changed in the agreements",
      selfUrl: `${origin}/changes.xml`,
      pageUrl: `${origin}/`,
      origin,
      changes,
    });
    return c.body(xml, 200, ATOM);
  });

  app.get("/services/:slug/feed.xml", async (c) => {
    const service = await store.getService(c.req.param("slug"));
    if (!service) return notFound(c, "No service by that name; see the A–Z list.");
    const origin = new URL(c.req.url).origin;
    const page = `${origin}/services/${encodeURIComponent(service.slug)}`;
    const xml = changeFeedXml({
      title: `Counterweight: what changed in ${service.name}'s agreements`,
      selfUrl: `${page}/feed.xml`,
      pageUrl: page,
      origin,
      changes: await collectChanges([service], history),
    });
    return c.body(xml, 200, ATOM);
  });

  app.get("/services/:slug/:type/changes", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const document = await history.document(slug, type);
    if (!document) return notFound(c, "No such agreement for this service; see the service's page.");
    const [latest, previous] = document.versions;
    if (!latest || !previous) {
      return notFound(
        c,
        `Only one version of this agreement has been captured (${formatDate(document.latest.capturedAt)}), so nothing has changed yet.`,
      );
    }
    return c.redirect(changesPath(slug, type, previous.id, latest.id), 302);
  });

  app.get("/services/:slug/:type/changes/:range", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const match = /^(\d{1,15})\.\.(\d{1,15})$/.exec(c.req.param("range"));
    const missing = "No such pair of versions of this agreement; pick one from the service's version list.";
    if (!match || match[1] === match[2]) return notFound(c, missing);
    const [olderId, newerId] = [Number(match[1]), Number(match[2])];
    const html = await deps.reports.page(`diff|${olderId}..${newerId}`, async () => {
      const [older, newer] = await Promise.all([
        versionOf(slug, type, olderId),
        versionOf(slug, type, newerId),
      ]);
      if (!older || !newer) throw new CounterweightError("NOT_FOUND", missing);
      return renderPage(<DiffPage diff={history.diff(older, newer)} older={older} newer={newer} />);
    });
    return c.body(html, 200, HTML);
  });

  app.get("/services/:slug/:type/versions/:id", async (c) => {
    const [slug, type] = [c.req.param("slug"), c.req.param("type")];
    const id = /^\d{1,15}$/.test(c.req.param("id")) ? Number(c.req.param("id")) : NaN;
    const missing = "No such version of this agreement; see the service's page for its versions.";
    const version = await versionOf(slug, type, id);
    if (!version) return notFound(c, missing);
    const context = storedDocumentContext(c.req.query(), type);
    const latest = await store.latestVersionId(slug, type);
    const html = await deps.reports.page(`version|${version.id}|${latest}|${contextKey(context)}`, () =>
      renderVersionReport(deps, version, context, latest === version.id),
    );
    return c.body(html, 200, HTML);
  });

  return app;
}

function renderVersionReport(
  deps: AppDeps,
  version: StoredVersion,
  context: PowerContext,
  isLatest: boolean,
): Promise<string> {
  const analysis = deps.reports.analysisOf(version, context);
  const name = version.title ?? `${version.serviceName} ${version.documentType}`;
  return renderPage(
    <ReportPage
      analysis={analysis}
      meta={{
        heading: `${name} (version of ${formatDate(version.capturedAt)})`,
        serviceName: version.serviceName,
        serviceSlug: version.serviceSlug,
        capturedAt: version.capturedAt,
        contextAction: versionPath(version.serviceSlug, version.documentType, version.id),
        notice: {
          text: isLatest
            ? "This is the current version of the agreement."
            : "This is an earlier version of the agreement, kept as it was captured.",
          link: {
            href: reportPath(version.serviceSlug, version.documentType),
            label: "Read the current version",
          },
        },
      }}
    />,
  );
}
