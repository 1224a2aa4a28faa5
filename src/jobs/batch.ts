/**
 * `import <folder>` as a parallel, resumable batch: files are spread over worker threads, each with
 * its own store connection. Resuming is free of bookkeeping: a file whose text is already the
 * latest version is skipped before analysis (`importItem`), and a version is written in one
 * transaction, so a killed run leaves whole documents or none.
 */
import { availableParallelism } from "node:os";
import { openStore } from "../store/index.ts";
import { importFile, type ImportTask } from "./import-task.ts";
import type { ImportOutcome } from "./import-item.ts";
import { startThreadPool } from "./thread-pool.ts";

export interface ImportBatchOptions {
  /** The store URL or path every thread opens. */
  database: string;
  /** Threads to use (default: one per core); 1 runs in this thread. */
  workers?: number;
  service?: string;
  sector?: string;
  documentType?: string;
  /** Called after each file, in completion order. */
  onFile?: (file: string, outcome: { result?: ImportOutcome; error?: unknown }) => void;
}

export interface ImportBatchSummary {
  created: number;
  changed: number;
  unchanged: number;
  failed: number;
  /** Files not analysed because their text was already stored (a resumed or repeated run). */
  skipped: number;
}

/** One worker thread per core by default. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Imports `files` into the store at `options.database`, in parallel. A bad file is reported through
 * `onFile` and the rest go on.
 * @throws CounterweightError when the store cannot be opened.
 */
export async function importBatch(files: string[], options: ImportBatchOptions): Promise<ImportBatchSummary> {
  const summary: ImportBatchSummary = { created: 0, changed: 0, unchanged: 0, failed: 0, skipped: 0 };
  const record = (file: string, outcome: { result?: ImportOutcome; error?: unknown }) => {
    if (outcome.result) {
      summary[outcome.result.status] += 1;
      if (!outcome.result.analysed) summary.skipped += 1;
    } else summary.failed += 1;
    options.onFile?.(file, outcome);
  };
  const tasks: ImportTask[] = files.map((file) => ({
    file,
    service: options.service,
    sector: options.sector,
    documentType: options.documentType,
  }));
  // Opening here applies migrations once, before any thread could race to apply them.
  const store = await openStore(options.database);
  // A memory database lives in one connection only: threads could not share it.
  const workers =
    options.database === ":memory:" ? 1 : Math.min(options.workers ?? defaultWorkers(), files.length);
  try {
    if (workers <= 1) {
      for (const task of tasks) {
        await importFile(store, task).then(
          (result) => record(task.file, { result }),
          (error: unknown) => record(task.file, { error }),
        );
      }
      return summary;
    }
  } finally {
    await store.close();
  }
  const pool = startThreadPool<ImportTask, ImportOutcome>(new URL("./import-task.ts", import.meta.url), {
    size: workers,
    init: { database: options.database },
  });
  try {
    await Promise.all(
      tasks.map((task) =>
        pool.run(task).then(
          (result) => record(task.file, { result }),
          (error: unknown) => record(task.file, { error }),
        ),
      ),
    );
  } finally {
    await pool.close();
  }
  return summary;
}
