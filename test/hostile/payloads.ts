/**
 * Injection payloads and a registry seeded with them through every way text gets in: document
 * text, service name, sector and URL (token-guarded import and edit API), pasted text, upload file
 * name, search query. Each payload sets `window.__pwned` or opens a dialog if it ever runs.
 */
import type { Hono } from "hono";

export const PAYLOADS = {
  script: "<script>window.__pwned=1;alert(1)</script>",
  attribute: '"><img src=x onerror="window.__pwned=2;alert(2)">',
  singleQuoted: "' autofocus onfocus='window.__pwned=3' x='",
  url: "javascript:window.__pwned=4;alert(4)",
  svg: "<svg/onload=window.__pwned=5>",
  feed: "]]></title><entry><title>injected</title></entry><![CDATA[ & &amp; &#0; <!-- -->",
  style: "</style><style>body{display:none}</style>",
} as const;

/** Every payload in one string, for fields that take free text. */
export const ALL = Object.values(PAYLOADS).join(" ");

export const ADMIN_TOKEN = "hostile-test-admin-token-0123456789";

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" };

/** A one-sided agreement whose text carries every payload. */
export const HOSTILE_TEXT = [
  `1. Your account ${PAYLOADS.script}`,
  `We may terminate your account at any time without notice ${PAYLOADS.attribute}.`,
  `You agree to binding arbitration ${PAYLOADS.singleQuoted} and waive any class action.`,
  `2. Changes ${PAYLOADS.svg}`,
  `We may change these terms whenever we like ${PAYLOADS.url} and we are not liable for any damages ${PAYLOADS.feed}.`,
  `Governing law ${PAYLOADS.style}: the laws of Delaware apply.`,
].join("\n");

/**
 * Imports the hostile agreement under a hostile service name and sector, then edits the service
 * through PATCH with more payloads. Returns the service's slug and document type.
 */
export async function seedHostile(app: Hono): Promise<{ slug: string; type: string }> {
  const created = await app.request("/api/documents", {
    method: "POST",
    headers: auth,
    body: JSON.stringify({
      service: `Evil ${PAYLOADS.script}`,
      sector: `S ${PAYLOADS.singleQuoted} ${PAYLOADS.svg}`,
      url: "https://example.com/terms?x=<script>window.__pwned=6</script>",
      text: HOSTILE_TEXT,
      documentType: "terms",
    }),
  });
  if (created.status !== 201) throw new Error(`import failed: ${created.status} ${await created.text()}`);
  const { serviceSlug: slug, documentType: type } = (await created.json()) as {
    serviceSlug: string;
    documentType: string;
  };
  const patched = await app.request(`/api/services/${slug}`, {
    method: "PATCH",
    headers: auth,
    body: JSON.stringify({
      name: `Evil ${PAYLOADS.feed}`,
      sector: PAYLOADS.attribute,
    }),
  });
  if (patched.status !== 200) throw new Error(`edit failed: ${patched.status} ${await patched.text()}`);
  // A URL that is itself a script: refused by validation, or stored and shown inert.
  await app.request(`/api/services/${slug}`, {
    method: "PATCH",
    headers: auth,
    body: JSON.stringify({ url: PAYLOADS.url }),
  });
  return { slug, type };
}

/** Every HTML page path listed in the site map (feeds and site maps are XML, checked apart), plus the search page with a hostile query. */
export async function everyPagePath(app: Hono): Promise<string[]> {
  const sitemap = await (await app.request("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1]!.replace(/&#38;/g, "&").replace(/&amp;/g, "&"));
    return url.pathname + url.search;
  });
  const pages = paths.filter((path) => !/\.(xml|json|css|svg)$/.test(path));
  return [...pages, `/search?q=${encodeURIComponent(ALL)}`, "/nonexistent-page-<script>"];
}
