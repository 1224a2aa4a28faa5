/**
 * Adds agreement files to the registry: one file, or every readable file below a folder. Each file
 * becomes a document of the service it is named after (or `service`); identical text is a no-op.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { analyzeFile } from "../analyze.ts";
import { inputError } from "../core/index.ts";
import { listInputFiles } from "../ingest/index.ts";
import {
  serviceNameFromFile,
  versionFromAnalysis,
  type AddVersionResult,
  type Store,
} from "../store/index.ts";

export interface ImportOptions {
  /** One service for every file (default: each file's own name). */
  service?: string;
  sector?: string;
  documentType?: string;
  /** Called after each file, e.g. to show progress; `error` is set when that file failed. */
  onFile?: (file: string, outcome: { result?: AddVersionResult; error?: unknown }) => void;
}

export interface ImportSummary {
  created: number;
  changed: number;
  unchanged: number;
  failed: number;
}

/** Imports a file or folder. A bad file is reported through `onFile` and the rest go on. */
export async function importDocuments(
  store: Store,
  target: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const info = await stat(target).catch((error: unknown) => {
    throw inputError("NOT_FOUND", target, "no such file or folder; check the path", error);
  });
  const files = info.isDirectory() ? await listInputFiles(target) : [target];
  if (files.length === 0) {
    throw inputError(
      "EMPTY_INPUT",
      target,
      "the folder holds no readable documents (.txt .md .html .pdf .docx .xml)",
    );
  }
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, failed: 0 };
  for (const file of files) {
    try {
      const analysis = await analyzeFile(file);
      const version = versionFromAnalysis(analysis, {
        service: options.service ?? serviceNameFromFile(basename(file)),
        sector: options.sector,
        documentType: options.documentType,
      });
      const result = await store.addVersion(version);
      summary[result.status] += 1;
      options.onFile?.(file, { result });
    } catch (error) {
      summary.failed += 1;
      options.onFile?.(file, { error });
    }
  }
  return summary;
}
