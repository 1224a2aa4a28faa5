/**
 * One unit of batch and queue work: a file's bytes → ingest → (already stored? stop) → analyse →
 * `addVersion`. Every shell that imports (the parallel batch, the queue worker) runs this, so a
 * rerun or a redelivered job costs an ingest and one indexed lookup, never a second analysis.
 */
import { basename, extname } from "node:path";
import { analyzeDocument } from "../analyze.ts";
import { ingestBytes } from "../ingest/index.ts";
import {
  contentHash,
  serviceNameFromFile,
  slugify,
  versionFromAnalysis,
  type AddVersionResult,
  type NewVersion,
  type Store,
} from "../store/index.ts";
import { isWriteConflict } from "./transient.ts";

/** What to import: the file as bytes plus how the registry should file it. */
export interface ImportItem {
  /** The file's name or path as given: the document name and the default service name. */
  name: string;
  bytes: Uint8Array;
  /** One service for every file (default: the file's own name, e.g. Uber.xml → Uber). */
  service?: string;
  sector?: string;
  documentType?: string;
}

export interface ImportOutcome {
  status: AddVersionResult["status"];
  serviceSlug: string;
  documentType: string;
  /** False when the text was already the latest version and the analysis was skipped. */
  analysed: boolean;
}

/**
 * Imports one file into `store`. Identical text is `unchanged` and is not analysed again.
 * @throws CounterweightError for bad input (user fault) or an unavailable store (may be transient).
 */
export async function importItem(store: Store, item: ImportItem): Promise<ImportOutcome> {
  const documentType = item.documentType ?? "terms";
  const service = item.service ?? serviceNameFromFile(basename(item.name));
  const document = await ingestBytes(item.bytes, { name: item.name, extensionHint: extname(item.name) });
  const serviceSlug = slugify(service);
  if (await store.hasContent(serviceSlug, documentType, contentHash(document.text))) {
    return { status: "unchanged", serviceSlug, documentType, analysed: false };
  }
  const version = versionFromAnalysis(analyzeDocument(document), {
    service,
    sector: item.sector,
    documentType,
  });
  const result = await addWithRetry(store, version);
  return { status: result.status, serviceSlug: result.serviceSlug, documentType, analysed: true };
}

/**
 * Several writers share one SQLite file in a batch. A write transaction that started from an older
 * snapshot gets SQLITE_BUSY at once, whatever the busy timeout, and must simply run again; so do
 * PostgreSQL serialisation failures. A few quick, jittered tries cover it; an unavailable store is
 * the queue's to retry, with backoff.
 */
export async function addWithRetry(store: Store, version: NewVersion): Promise<AddVersionResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.addVersion(version);
    } catch (error) {
      if (attempt >= 8 || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, (10 << attempt) * (0.5 + Math.random())));
    }
  }
}
