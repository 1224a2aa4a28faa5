/**
 * One seeded document as a batch thread imports it: its versions in capture order (oldest first),
 * so the last one stored is the current version. A version whose text any stored version already
 * has is skipped before analysis: that is what makes an interrupted first start resumable.
 */
import { analyzeDocument } from "../analyze.ts";
import { ingestBytes } from "../ingest/index.ts";
import { contentHash, openStore, slugify, versionFromAnalysis, type Store } from "../store/index.ts";
import { addWithRetry, type ImportOutcome } from "./import-item.ts";

export interface SeedDocumentTask {
  service: string;
  sector: string;
  documentType: string;
  versions: Array<{ capturedAt: string; text: string; name: string }>;
}

export async function importSeedDocument(store: Store, task: SeedDocumentTask): Promise<ImportOutcome[]> {
  const serviceSlug = slugify(task.service);
  const outcomes: ImportOutcome[] = [];
  for (const version of task.versions) {
    const bytes = new TextEncoder().encode(version.text);
    // Archive captures are Markdown; the name carries the extension that says so.
    const document = await ingestBytes(bytes, { name: version.name, extensionHint: ".md" });
    if (await store.hasVersion(serviceSlug, task.documentType, contentHash(document.text))) {
      outcomes.push({ status: "unchanged", serviceSlug, documentType: task.documentType, analysed: false });
      continue;
    }
    const record = versionFromAnalysis(analyzeDocument(document), {
      service: task.service,
      sector: task.sector,
      documentType: task.documentType,
      capturedAt: new Date(`${version.capturedAt}T00:00:00Z`),
    });
    const result = await addWithRetry(store, record);
    outcomes.push({ status: result.status, serviceSlug, documentType: task.documentType, analysed: true });
  }
  return outcomes;
}

export async function setup(init: unknown): Promise<Store> {
  return openStore((init as { database: string }).database);
}

export function handle(task: SeedDocumentTask, store: Store): Promise<ImportOutcome[]> {
  return importSeedDocument(store, task);
}

export async function teardown(store: Store): Promise<void> {
  await store.close();
}
