/** The bundled example agreements, imported on first start so a new registry is never empty. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Store } from "../store/index.ts";
import { importDocuments, type ImportSummary } from "./import-documents.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/**
 * Imports the agreements at the top of `examples/` when the store holds no document yet; returns
 * undefined when it did. Only the top level: `examples/reports/` holds rendered reports, not agreements.
 */
export async function seedExamples(store: Store): Promise<ImportSummary | undefined> {
  if ((await store.countDocuments()) > 0) return undefined;
  const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith(".md")).sort();
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, failed: 0 };
  for (const file of files) {
    const result = await importDocuments(store, join(EXAMPLES, file));
    for (const key of Object.keys(summary) as Array<keyof ImportSummary>) summary[key] += result[key];
  }
  return summary;
}
