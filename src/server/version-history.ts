/**
 * A document's versions and the diffs between them, for the timeline, the diff pages, the API and
 * the change feeds. Built on the store's existing reads (`getService` lists every version, newest
 * first; `getVersion` holds the analysis), so every store backend supports it unchanged.
 *
 * Versions never change once stored, so a diff between two of them is computed once and kept:
 * full diffs in a small cache (pages, API), their one-line summaries in a larger one (feeds).
 */
import { diffAnalyses, type AnalysisDiff } from "../diff/index.ts";
import type { ServiceDetail, StoredVersion, VersionSummary } from "../store/index.ts";
import type { AppDeps } from "./deps.ts";
import { formatDate } from "./pages/layout.tsx";
import { parseContext } from "./power-context.ts";
import { LruCache } from "./stored-reports.ts";

/** One document of a service with all its versions, newest first. */
export type DocumentHistory = ServiceDetail["documents"][number] & { serviceName: string };

/** The short account of a change a feed entry or a timeline row shows. */
export interface ChangeSummary {
  from: VersionSummary;
  to: VersionSummary;
  grade: AnalysisDiff["grade"];
  /** The diff's summary sentences: grade first, finding deltas (most severe first), then the text. */
  summary: string[];
  findingDeltas: number;
  worse: number;
  better: number;
}

export interface VersionHistory {
  /** The document's versions, newest first; undefined when the service or document does not exist. */
  document(slug: string, type: string): Promise<DocumentHistory | undefined>;
  /** The diff of two stored versions, older first. */
  diff(older: StoredVersion, newer: StoredVersion): AnalysisDiff;
  /** The summary of the change from one version to the next (kept for feeds and listings). */
  changeSummary(from: VersionSummary, to: VersionSummary): Promise<ChangeSummary | undefined>;
}

const DEFAULT_CONTEXT = parseContext({});
const histories = new WeakMap<AppDeps, VersionHistory>();

/** The one history helper of an app: pages, API and feeds share its caches. */
export function versionHistory(deps: AppDeps): VersionHistory {
  let history = histories.get(deps);
  if (!history) {
    history = createHistory(deps);
    histories.set(deps, history);
  }
  return history;
}

function createHistory(deps: AppDeps): VersionHistory {
  const diffs = new LruCache<AnalysisDiff>(16);
  const summaries = new LruCache<ChangeSummary>(1000);

  const diff = (older: StoredVersion, newer: StoredVersion): AnalysisDiff => {
    const key = `${older.id}..${newer.id}`;
    const cached = diffs.get(key);
    if (cached) return cached;
    // Both sides usually share a file name; the capture date is what tells them apart.
    const named = (version: StoredVersion) => {
      const analysis = deps.reports.analysisOf(version, DEFAULT_CONTEXT);
      const name = `${version.serviceName} ${version.documentType}, ${formatDate(version.capturedAt)} (version ${version.id})`;
      return { ...analysis, document: { ...analysis.document, name } };
    };
    const result = diffAnalyses(named(older), named(newer));
    diffs.set(key, result);
    return result;
  };

  return {
    async document(slug, type) {
      const service = await deps.store.getService(slug);
      const document = service?.documents.find((d) => d.documentType === type);
      return service && document ? { ...document, serviceName: service.name } : undefined;
    },
    diff,
    async changeSummary(from, to) {
      const key = `${from.id}..${to.id}`;
      const cached = summaries.get(key);
      if (cached) return cached;
      const [older, newer] = await Promise.all([
        deps.store.getVersion(from.id),
        deps.store.getVersion(to.id),
      ]);
      if (!older || !newer) return undefined;
      const result = diff(older, newer);
      const summary: ChangeSummary = {
        from,
        to,
        grade: result.grade,
        summary: result.summary,
        findingDeltas: result.findingDeltas.length,
        worse: result.findingDeltas.filter((d) => d.direction === "worse").length,
        better: result.findingDeltas.filter((d) => d.direction === "better").length,
      };
      summaries.set(key, summary);
      return summary;
    },
  };
}

/** Consecutive pairs of versions (newest first in, newest change first out): each change's from and to. */
export function versionPairs(
  versions: readonly VersionSummary[],
): Array<{ from: VersionSummary; to: VersionSummary }> {
  return versions.slice(0, -1).map((to, index) => ({ from: versions[index + 1]!, to }));
}

/** The page of a stored version's report. */
export function versionPath(slug: string, type: string, id: number): string {
  return `/services/${encodeURIComponent(slug)}/${encodeURIComponent(type)}/versions/${id}`;
}

/** The page of what changed from one version to another. */
export function changesPath(slug: string, type: string, fromId: number, toId: number): string {
  return `/services/${encodeURIComponent(slug)}/${encodeURIComponent(type)}/changes/${fromId}..${toId}`;
}
