/**
 * Fills a store from the bundled seed: one task per document (its versions in order), spread over
 * the batch worker threads, largest first so the last thread does not finish long after the rest.
 * Resumable without bookkeeping (stored versions are skipped by content hash); once every version
 * is in, the seed's digest is recorded in the store, so later starts know at once that it is done.
 */
import type { LoadedSeed } from "../seed/index.ts";
import { openStore, slugify, type Store } from "../store/index.ts";
import { defaultWorkers } from "./batch.ts";
import { addWithRetry, type ImportOutcome } from "./import-item.ts";
import { analyseSeedDocument, type SeedDocumentTask, type SeedVersionResult } from "./seed-task.ts";
import { startThreadPool } from "./thread-pool.ts";

/** The store key under which the digest of the fully imported seed is kept. */
export const SEED_META_KEY = "seed:open-terms-archive";

export interface SeedImportOptions {
  /** The store's URL or path. */
  database: string;
  /** The same store, already open (the server's): written through and not closed here. */
  store?: Store;
  /** Threads to use (default: one per core); 1 runs in this thread. */
  workers?: number;
  /** Only these services (by name), e.g. a small subset for tests; default all. */
  services?: readonly string[];
  /** Called once before the first document with the number of versions to go through. */
  onStart?: (versions: number) => void;
  /** Called after each version, in completion order; `error` is set when its document failed. */
  onVersion?: (label: string, outcome: { result?: ImportOutcome; error?: unknown }) => void;
}

export interface SeedImportSummary {
  created: number;
  changed: number;
  unchanged: number;
  failed: number;
  /** Versions not analysed because they were already stored (a resumed or repeated import). */
  skipped: number;
}

/** True when the store records that it holds every version of this seed. */
export async function seedIsImported(store: Store, loaded: LoadedSeed): Promise<boolean> {
  return (await store.getMeta(SEED_META_KEY)) === loaded.digest;
}

async function tasksOf(
  store: Store,
  loaded: LoadedSeed,
  only?: readonly string[],
): Promise<SeedDocumentTask[]> {
  const wanted = only && new Set(only);
  const tasks = loaded.seed.services
    .filter((service) => !wanted || wanted.has(service.name))
    .flatMap((service) =>
      service.documents.map((document) => ({
        service: service.name,
        sector: service.sector,
        documentType: document.type,
        versions: document.versions.map((v) => ({
          capturedAt: v.capturedAt,
          text: v.text,
          name: `${service.name} ${document.type} ${v.capturedAt}.md`,
        })),
        stored: [] as string[],
      })),
    );
  for (const task of tasks) task.stored = await store.versionHashes(slugify(task.service), task.documentType);
  const size = (task: SeedDocumentTask) => task.versions.reduce((n, v) => n + v.text.length, 0);
  return tasks.sort((a, b) => size(b) - size(a));
}

/**
 * Imports the seed (or the named services of it) into the store at `options.database`: threads
 * analyse, this thread writes each document's new versions in order. A document that fails is
 * reported through `onVersion` and the rest go on; the seed counts as imported only when nothing
 * failed and no subset was asked for.
 */
export async function importSeed(loaded: LoadedSeed, options: SeedImportOptions): Promise<SeedImportSummary> {
  const summary: SeedImportSummary = { created: 0, changed: 0, unchanged: 0, failed: 0, skipped: 0 };
  const store = options.store ?? (await openStore(options.database));
  try {
    const tasks = await tasksOf(store, loaded, options.services);
    options.onStart?.(tasks.reduce((n, t) => n + t.versions.length, 0));
    const report = (
      task: SeedDocumentTask,
      index: number,
      outcome: { result?: ImportOutcome; error?: unknown },
    ) => {
      if (outcome.result) {
        summary[outcome.result.status] += 1;
        if (!outcome.result.analysed) summary.skipped += 1;
      } else summary.failed += 1;
      options.onVersion?.(`${task.service} ${task.versions[index]!.capturedAt}`, outcome);
    };
    // One writer: documents are written one after another, each version in capture order.
    let writing = Promise.resolve();
    const write = (task: SeedDocumentTask, results: SeedVersionResult[]) =>
      (writing = writing.then(() => writeDocument(store, task, results, report)));
    const fail = (task: SeedDocumentTask, error: unknown) =>
      task.versions.forEach((_, index) => report(task, index, { error }));
    const workers = Math.min(options.workers ?? defaultWorkers(), tasks.length);
    const pool =
      workers > 1
        ? startThreadPool<SeedDocumentTask, SeedVersionResult[]>(new URL("./seed-task.ts", import.meta.url), {
            size: workers,
          })
        : undefined;
    try {
      await Promise.all(
        tasks.map((task) =>
          (pool ? pool.run(task) : analyseSeedDocument(task)).then(
            (results) => write(task, results),
            (error: unknown) => fail(task, error),
          ),
        ),
      );
      await writing;
    } finally {
      await pool?.close();
    }
    if (summary.failed === 0 && !options.services) await store.setMeta(SEED_META_KEY, loaded.digest);
  } finally {
    if (!options.store) await store.close();
  }
  return summary;
}

async function writeDocument(
  store: Store,
  task: SeedDocumentTask,
  results: SeedVersionResult[],
  report: (
    task: SeedDocumentTask,
    index: number,
    outcome: { result?: ImportOutcome; error?: unknown },
  ) => void,
): Promise<void> {
  const serviceSlug = slugify(task.service);
  const { documentType } = task;
  let failed: unknown;
  for (const [index, result] of results.entries()) {
    if (failed !== undefined) {
      report(task, index, { error: failed });
    } else if ("skipped" in result) {
      report(task, index, { result: { status: "unchanged", serviceSlug, documentType, analysed: false } });
    } else {
      try {
        const added = await addWithRetry(store, result.record);
        report(task, index, { result: { status: added.status, serviceSlug, documentType, analysed: true } });
      } catch (error) {
        // A later version must not be stored on top of a missing one: the rest of the document waits for a rerun.
        failed = error;
        report(task, index, { error });
      }
    }
  }
}
