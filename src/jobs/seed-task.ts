/**
 * One seeded document as a batch thread analyses it: its versions in capture order (oldest first),
 * each ingested, skipped when its text is already stored (that is what makes an interrupted first
 * start resumable) or the same as the version before, and otherwise analysed into the record the
 * store takes. The thread never writes: one writer (the caller) keeps SQLite free of lock contention.
 */
import { analyzeDocument } from "../analyze.ts";
import { ingestBytes } from "../ingest/index.ts";
import { contentHash, versionFromAnalysis, type NewVersion } from "../store/index.ts";

export interface SeedDocumentTask {
  service: string;
  sector: string;
  documentType: string;
  versions: Array<{ capturedAt: string; text: string; name: string }>;
  /** Content hashes of the versions of this document the store already holds. */
  stored: string[];
}

/** Per version, in order: the record to add, or why there is none. */
export type SeedVersionResult = { record: NewVersion } | { skipped: "stored" | "same-as-before" };

export async function analyseSeedDocument(task: SeedDocumentTask): Promise<SeedVersionResult[]> {
  const stored = new Set(task.stored);
  const results: SeedVersionResult[] = [];
  let previous: string | undefined;
  for (const version of task.versions) {
    const bytes = new TextEncoder().encode(version.text);
    // Archive captures are Markdown; the name carries the extension that says so.
    const document = await ingestBytes(bytes, { name: version.name, extensionHint: ".md" });
    const hash = contentHash(document.text);
    if (stored.has(hash)) results.push({ skipped: "stored" });
    else if (hash === previous) results.push({ skipped: "same-as-before" });
    else {
      const record = versionFromAnalysis(analyzeDocument(document), {
        service: task.service,
        sector: task.sector,
        documentType: task.documentType,
        capturedAt: new Date(`${version.capturedAt}T00:00:00Z`),
      });
      results.push({ record });
    }
    previous = hash;
  }
  // Search indexes the current text only: an earlier version's sentences would be written and
  // deleted again by the next version, so only the last new record carries them.
  const records = results.flatMap((r) => ("record" in r ? [r.record] : []));
  for (const record of records.slice(0, -1)) record.passages = [];
  return results;
}

export function handle(task: SeedDocumentTask): Promise<SeedVersionResult[]> {
  return analyseSeedDocument(task);
}
