/** Pages about the site itself: stylesheet, method, HTML and XML site maps, Atom feed, OpenAPI document. */
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { FINDING_CATEGORIES } from "../../core/index.ts";
import type { AppDeps } from "../deps.ts";
import { IMBALANCE_SOURCES } from "../imbalance.ts";
import { loadModelFigures } from "../model-figures.ts";
import { openApiDocument } from "../openapi.ts";
import { renderPage, reportPath } from "../pages/layout.tsx";
import { MethodPage } from "../pages/method.tsx";
import { SiteMapPage } from "../pages/simple-pages.tsx";
import { sectorsOf } from "./browse-routes.tsx";

const STYLESHEET = readFileSync(new URL("../assets/site.css", import.meta.url), "utf8");
const FAVICON = readFileSync(new URL("../assets/favicon.svg", import.meta.url), "utf8");

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function metaRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { store } = deps;

  app.get("/assets/site.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  app.get("/assets/favicon.svg", (c) => {
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(FAVICON, 200, { "Content-Type": "image/svg+xml" });
  });

  app.get("/method", async (c) =>
    c.html(await renderPage(<MethodPage figures={await loadModelFigures()} />)),
  );

  app.get("/sitemap", async (c) => {
    const services = await store.listServices();
    const documents = await store.listDocuments({ limit: 100_000 });
    return c.html(
      await renderPage(
        <SiteMapPage services={services} documents={documents} sectors={sectorsOf(services)} />,
      ),
    );
  });

  app.get("/sitemap.xml", async (c) => {
    const origin = new URL(c.req.url).origin;
    const services = await store.listServices();
    const documents = await store.listDocuments({ limit: 100_000 });
    const paths = [
      "/",
      "/services",
      "/categories",
      "/sectors",
      "/method",
      "/sitemap",
      "/feed.xml",
      "/changes.xml",
      ...FINDING_CATEGORIES.map((code) => `/categories/${code}`),
      ...IMBALANCE_SOURCES.map((s) => `/imbalance/${s.id}`),
      ...sectorsOf(services).map((s) => `/sectors/${s.slug}`),
      ...services.flatMap((s) => [`/services/${s.slug}`, `/services/${s.slug}/feed.xml`]),
    ];
    const urls = [
      ...paths.map((p) => `<url><loc>${xmlEscape(origin + p)}</loc></url>`),
      ...documents.map(
        (d) =>
          `<url><loc>${xmlEscape(origin + reportPath(d.serviceSlug, d.documentType))}</loc><lastmod>${d.latest.capturedAt.slice(0, 10)}</lastmod></url>`,
      ),
    ];
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
    return c.body(xml, 200, { "Content-Type": "application/xml; charset=utf-8" });
  });

  app.get("/feed.xml", async (c) => {
    const origin = new URL(c.req.url).origin;
    const documents = await store.listDocuments({ limit: 50 });
    const updated = documents[0]?.latest.capturedAt ?? new Date(0).toISOString();
    const entries = documents.map((d) => {
      const link = origin + reportPath(d.serviceSlug, d.documentType);
      const what = d.versionCount > 1 ? "changed" : "new";
      return [
        "<entry>",
        `<id>${xmlEscape(`${link}#version-${d.latest.id}`)}</id>`,
        `<title>${xmlEscape(`${d.serviceName} ${d.documentType} (${what}): grade ${d.latest.grade}`)}</title>`,
        `<link href="${xmlEscape(link)}"/>`,
        `<updated>${d.latest.capturedAt}</updated>`,
        `<summary>${xmlEscape(`${d.latest.findingsCount} one-sided clauses; version ${d.versionCount}.`)}</summary>`,
        "</entry>",
      ].join("");
    });
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      "<title>Counterweight: new and changed agreements</title>",
      `<id>${xmlEscape(`${origin}/feed.xml`)}</id>`,
      `<link rel="self" href="${xmlEscape(`${origin}/feed.xml`)}"/>`,
      `<link href="${xmlEscape(`${origin}/`)}"/>`,
      `<updated>${updated}</updated>`,
      "<author><name>Counterweight</name></author>",
      ...entries,
      "</feed>",
      "",
    ].join("\n");
    return c.body(xml, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });

  app.get("/openapi.json", (c) => c.json(openApiDocument(new URL(c.req.url).origin)));

  return app;
}
