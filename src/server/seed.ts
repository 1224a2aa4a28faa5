/** The bundled example agreements, imported on first start so a new registry is never empty. */
import type { Store } from "../store/index.ts";
import { bundledExamples } from "./bundled-examples.ts";
import { importDocuments, type ImportSummary } from "./import-documents.ts";

/**
 * Imports the bundled example agreements when the store holds no document yet; returns
 * undefined when it did.
 */
export async function seedExamples(store: Store): Promise<ImportSummary | undefined> {
  if ((await store.countDocuments()) > 0) return undefined;
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, failed: 0 };
  for (const file of await bundledExamples()) {
    const result = await importDocuments(store, file);
    for (const key of Object.keys(summary) as Array<keyof ImportSummary>) summary[key] += result[key];
  }
  return summary;
}
