/**
 * Atom feeds of changes: one entry per new version of a document, saying what the change did to
 * the findings (the diff's summary sentences and the grade change), not only that the text changed.
 * Global (`/changes.xml`) and per service (`/services/{slug}/feed.xml`).
 */
import type { ServiceDetail, Store, VersionSummary } from "../store/index.ts";
import { changesPath, versionPairs, type ChangeSummary, type VersionHistory } from "./version-history.ts";

/** Entries per feed: each costs a diff the first time it is seen. */
export const FEED_ENTRIES = 20;
/** Changes taken from any one document, so one busy document does not fill the global feed. */
const CHANGES_PER_DOCUMENT = 5;

export interface FeedChange {
  serviceSlug: string;
  serviceName: string;
  documentType: string;
  change: ChangeSummary;
}

/** The latest changes of the given services' documents, newest first. */
export async function collectChanges(
  services: readonly ServiceDetail[],
  history: VersionHistory,
  limit = FEED_ENTRIES,
): Promise<FeedChange[]> {
  const candidates = services.flatMap((service) =>
    service.documents.flatMap((document) =>
      versionPairs(document.versions)
        .slice(0, CHANGES_PER_DOCUMENT)
        .map((pair) => ({ service, documentType: document.documentType, ...pair })),
    ),
  );
  candidates.sort((a, b) => newestFirst(a.to, b.to));
  const changes: FeedChange[] = [];
  for (const candidate of candidates.slice(0, limit)) {
    const change = await history.changeSummary(candidate.from, candidate.to);
    if (!change) continue;
    changes.push({
      serviceSlug: candidate.service.slug,
      serviceName: candidate.service.name,
      documentType: candidate.documentType,
      change,
    });
  }
  return changes;
}

/** The services holding the most recently changed documents (each read once). */
export async function recentlyChangedServices(store: Store, limit = FEED_ENTRIES): Promise<ServiceDetail[]> {
  const slugs = [...new Set((await store.recentlyChanged(limit)).map((d) => d.serviceSlug))];
  const services = await Promise.all(slugs.map((slug) => store.getService(slug)));
  return services.filter((s): s is ServiceDetail => s !== undefined);
}

function newestFirst(a: VersionSummary, b: VersionSummary): number {
  return b.capturedAt.localeCompare(a.capturedAt) || b.id - a.id;
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids even escaped (control characters other than tab, LF, CR) are dropped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export interface ChangeFeedOptions {
  title: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
  origin: string;
  changes: readonly FeedChange[];
}

/** One entry title: "Acme terms: grade C → D, 2 finding changes". */
export function changeTitle(item: FeedChange): string {
  const { change } = item;
  const grade =
    change.grade.older === change.grade.newer
      ? `grade ${change.grade.newer} unchanged`
      : `grade ${change.grade.older} → ${change.grade.newer}`;
  const deltas = change.findingDeltas === 1 ? "1 finding change" : `${change.findingDeltas} finding changes`;
  return `${item.serviceName} ${item.documentType}: ${grade}, ${deltas}`;
}

/** The Atom document. Every value goes through `xmlEscape`; the HTML content is escaped once more as text. */
export function changeFeedXml(options: ChangeFeedOptions): string {
  const updated = options.changes[0]?.change.to.capturedAt ?? new Date(0).toISOString();
  const entries = options.changes.map((item) => {
    const { change } = item;
    const link =
      options.origin + changesPath(item.serviceSlug, item.documentType, change.from.id, change.to.id);
    const html = `<ul>${change.summary.map((line) => `<li>${htmlEscape(line)}</li>`).join("")}</ul>`;
    return [
      "<entry>",
      `<id>${xmlEscape(link)}</id>`,
      `<title>${xmlEscape(changeTitle(item))}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `<updated>${xmlEscape(change.to.capturedAt)}</updated>`,
      `<summary>${xmlEscape(change.summary.join(" "))}</summary>`,
      `<content type="html">${xmlEscape(html)}</content>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${xmlEscape(options.title)}</title>`,
    `<id>${xmlEscape(options.selfUrl)}</id>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(options.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(options.pageUrl)}"/>`,
    `<updated>${xmlEscape(updated)}</updated>`,
    "<author><name>Counterweight</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function htmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
