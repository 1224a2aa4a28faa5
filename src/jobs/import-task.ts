/**
 * The import task as a batch thread runs it: each thread opens its own connection to the store
 * (SQLite in WAL mode and PostgreSQL both take several writers) and imports the files it is given.
 */
import { readFile, stat } from "node:fs/promises";
import { formatBytes, inputError, resolveLimits } from "../core/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { importItem, type ImportOutcome } from "./import-item.ts";

export interface ImportTask {
  file: string;
  service?: string;
  sector?: string;
  documentType?: string;
}

/** Reads a file and imports it: the work of one batch item, in a thread or in process. */
export async function importFile(store: Store, task: ImportTask): Promise<ImportOutcome> {
  const unreadable = (error: unknown) => {
    throw inputError("UNREADABLE", task.file, "cannot read the file; check it exists and is readable", error);
  };
  // Checked before reading, so a huge file is refused without being loaded.
  const { maxBytes } = resolveLimits();
  const size = (await stat(task.file).catch(unreadable)).size;
  if (size > maxBytes) {
    throw inputError(
      "TOO_LARGE",
      task.file,
      `the file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`,
    );
  }
  const bytes = await readFile(task.file).catch(unreadable);
  return importItem(store, { ...task, name: task.file, bytes });
}

export async function setup(init: unknown): Promise<Store> {
  return openStore((init as { database: string }).database);
}

export function handle(task: ImportTask, store: Store): Promise<ImportOutcome> {
  return importFile(store, task);
}

export async function teardown(store: Store): Promise<void> {
  await store.close();
}
