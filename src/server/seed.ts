/** The bundled example agreements, imported on first start so a new registry is never empty. */
import { fileURLToPath } from "node:url";
import type { Store } from "../store/index.ts";
import { importDocuments, type ImportSummary } from "./import-documents.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/** Imports `examples/*.md` when the store holds no document yet; returns undefined when it did. */
export async function seedExamples(store: Store): Promise<ImportSummary | undefined> {
  if ((await store.countDocuments()) > 0) return undefined;
  return importDocuments(store, EXAMPLES);
}
