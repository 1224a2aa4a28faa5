/**
 * Fills a store from the bundled seed: one task per document (its versions in order), spread over
 * the batch worker threads, largest first so the last thread does not finish long after the rest.
 * Resumable without bookkeeping (stored versions are skipped by content hash); once every version
 * is in, the seed's digest is recorded in the store, so later starts know at once that it is done.
 */
import type { LoadedSeed } from "../seed/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { defaultWorkers } from "./batch.ts";
import type { ImportOutcome } from "./import-item.ts";
import { importSeedDocument, type SeedDocumentTask } from "./seed-task.ts";
import { startThreadPool } from "./thread-pool.ts";

/** The store key under which the digest of the fully imported seed is kept. */
export const SEED_META_KEY = "seed:open-terms-archive";

export interface SeedImportOptions {
  /** The store URL or path every thread opens. */
  database: string;
  /** The same store, already open (the server's): used when one thread does the work, never closed here. */
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

function tasksOf(loaded: LoadedSeed, only?: readonly string[]): SeedDocumentTask[] {
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
      })),
    );
  const size = (task: SeedDocumentTask) => task.versions.reduce((n, v) => n + v.text.length, 0);
  return tasks.sort((a, b) => size(b) - size(a));
}

/**
 * Imports the seed (or the named services of it) into the store at `options.database`. A document
 * that fails is reported through `onVersion` and the rest go on; the seed counts as imported only
 * when nothing failed and no subset was asked for.
 */
export async function importSeed(loaded: LoadedSeed, options: SeedImportOptions): Promise<SeedImportSummary> {
  const summary: SeedImportSummary = {
    created: 0,
    changed: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
  };
  const tasks = tasksOf(loaded, options.services);
  options.onStart?.(tasks.reduce((n, t) => n + t.versions.length, 0));
  const record = (task: SeedDocumentTask, outcome: { results?: ImportOutcome[]; error?: unknown }) => {
    task.versions.forEach((version, index) => {
      const label = `${task.service} ${version.capturedAt}`;
      const result = outcome.results?.[index];
      if (result) {
        summary[result.status] += 1;
        if (!result.analysed) summary.skipped += 1;
        options.onVersion?.(label, { result });
      } else {
        summary.failed += 1;
        options.onVersion?.(label, { error: outcome.error });
      }
    });
  };
  // Opening here applies migrations once, before any thread could race to apply them.
  const store = options.store ?? (await openStore(options.database));
  try {
    const workers =
      options.database === ":memory:" ? 1 : Math.min(options.workers ?? defaultWorkers(), tasks.length);
    if (workers <= 1) {
      for (const task of tasks) {
        await importSeedDocument(store, task).then(
          (results) => record(task, { results }),
          (error: unknown) => record(task, { error }),
        );
      }
    } else {
      const pool = startThreadPool<SeedDocumentTask, ImportOutcome[]>(
        new URL("./seed-task.ts", import.meta.url),
        {
          size: workers,
          init: { database: options.database },
        },
      );
      try {
        await Promise.all(
          tasks.map((task) =>
            pool.run(task).then(
              (results) => record(task, { results }),
              (error: unknown) => record(task, { error }),
            ),
          ),
        );
      } finally {
        await pool.close();
      }
    }
    if (summary.failed === 0 && !options.services) await store.setMeta(SEED_META_KEY, loaded.digest);
  } finally {
    if (!options.store) await store.close();
  }
  return summary;
}
