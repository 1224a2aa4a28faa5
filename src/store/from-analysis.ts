/** What the registry keeps of an analysis: the record `Store.addVersion` takes. */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import type { Analysis } from "../assess/index.ts";
import { renderJson } from "../report/index.ts";
import type { CategoryCounts, NewVersion } from "./interface.ts";

/** SHA-256 of a text, hex: the identity of a captured version. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The service a file is named after: `Uber.xml` → "Uber", `Electronic_Arts.xml` → "Electronic Arts",
 * `driftwood-terms.md` → "Driftwood", `harbour-coop-terms.md` → "Harbour Coop" (a trailing "terms" word
 * names the document, not the service).
 */
export function serviceNameFromFile(file: string): string {
  const stem = basename(file, extname(file))
    .replace(/[-_\s]+(terms|tos|terms-of-service|agreement)$/i, "")
    .replace(/[-_]+/g, " ")
    .trim();
  const name = stem || basename(file);
  // "harbour-coop" → "Harbour Coop"; names with capitals of their own ("PayPal", "TikTok") stay as they are.
  return name === name.toLowerCase() ? name.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()) : name;
}

export interface VersionMeta {
  service: string;
  sector?: string | null;
  url?: string | null;
  documentType?: string;
  capturedAt?: Date;
}

/**
 * Builds the stored record of an analysis under the default context: the grade, per-category
 * counts, finding spans, sentence spans for search, the analysis itself (so report pages never
 * re-analyse) and the versioned report JSON the API serves.
 */
export function versionFromAnalysis(analysis: Analysis, meta: VersionMeta): NewVersion {
  const { document, segmentation, findings, assessment } = analysis;
  const categories: CategoryCounts = {};
  for (const summary of assessment.categories) {
    if (summary.count > 0)
      categories[summary.category] = { count: summary.count, clearlyUnfair: summary.clearlyUnfair };
  }
  // The pre-normalisation text is only needed to map offsets back to a file; pages use `text`.
  const slim: Analysis = {
    ...analysis,
    document: { ...document, original: { text: "", map: { anchors: [] } } },
  };
  return {
    service: {
      name: meta.service,
      sector: meta.sector ?? null,
      url: meta.url ?? document.metadata.url ?? null,
    },
    documentType: meta.documentType ?? "terms",
    documentName: document.name,
    title: document.metadata.title ?? null,
    text: document.text,
    contentHash: contentHash(document.text),
    capturedAt: (meta.capturedAt ?? new Date()).toISOString(),
    grade: assessment.grade,
    score: assessment.score,
    categories,
    findings: findings.map((f) => ({ category: f.category, level: f.level, start: f.start, end: f.end })),
    passages: segmentation.sentences.filter((s) => !s.heading).map((s) => ({ start: s.start, end: s.end })),
    analysisJson: JSON.stringify(slim),
    reportJson: JSON.stringify(renderJson(analysis)),
  };
}
