/** The frame of every page: skip link, banner with navigation and search, main, footer with the data credit. */
import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  /** One sentence for search engines and link previews. */
  description?: string;
  /** The path of the current page, to mark the current navigation item. */
  path?: string;
  query?: string;
  /** Atom feeds of this page (e.g. a service's changes), besides the site's own. */
  feeds?: Array<{ title: string; href: string }>;
  children?: Child;
}

const NAV = [
  { href: "/services", label: "Services A–Z" },
  { href: "/categories", label: "Clause types" },
  { href: "/sectors", label: "Sectors" },
  { href: "/method", label: "How it works" },
];

export function Layout({ title, description, path = "", query = "", feeds = [], children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === "Counterweight" ? title : `${title} · Counterweight`}</title>
        <meta
          name="description"
          content={description ?? "See where an agreement uses the stronger party's power against you."}
        />
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="New and changed agreements"
          href="/feed.xml"
        />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="What changed in the agreements"
          href="/changes.xml"
        />
        {feeds.map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">
                ⚖
              </span>{" "}
              Counterweight
            </a>
            <nav aria-label="Main">
              <ul class="nav">
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={path.startsWith(item.href) ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <form class="site-search" role="search" method="get" action="/search">
              <label for="site-q" class="visually-hidden">
                Search services and clauses
              </label>
              <input
                id="site-q"
                type="search"
                name="q"
                value={query}
                placeholder="Search clauses, e.g. arbitration"
              />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Counterweight reads agreements written by the stronger party and shows, clause by clause, where
              they use that power. It is an aid to reading, not legal advice.
            </p>
            <nav aria-label="Site">
              <ul class="footer-links">
                <li>
                  <a href="/sitemap">Site map</a>
                </li>
                <li>
                  <a href="/feed.xml">Feed of new agreements</a>
                </li>
                <li>
                  <a href="/changes.xml">Feed of changes</a>
                </li>
                <li>
                  <a href="/openapi.json">API (OpenAPI)</a>
                </li>
                <li>
                  <a href="/method#data">Data credit</a>
                </li>
              </ul>
            </nav>
            <p class="small">
              Trained on the corpus of Galassi et al. 2024 (CC BY 4.0) with rationales from Ruggeri et al.
              2021 (MIT). Real agreements and their versions from Open Terms Archive (Open Terms Archive
              contributors; Platform Governance Archive v2), ODC-BY 1.0.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A grade letter as a coloured badge with a text alternative. */
export function GradeBadge({ grade, size = "small" }: { grade: string | null; size?: "small" | "large" }) {
  if (!grade) return <span class="grade grade-none">–</span>;
  return (
    <span class={`grade grade-${grade} grade-${size}`} title={`Grade ${grade}`}>
      <span class="visually-hidden">Grade </span>
      {grade}
    </span>
  );
}

/** Renders a page to a complete HTML document string. */
export async function renderPage(node: { toString(): string | Promise<string> }): Promise<string> {
  return `<!doctype html>${await node.toString()}`;
}

/** "3 March 2026" from an ISO date. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** The report page of a service's document. */
export function reportPath(serviceSlug: string, documentType: string): string {
  return `/services/${encodeURIComponent(serviceSlug)}/${encodeURIComponent(documentType)}`;
}
