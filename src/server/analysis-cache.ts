/**
 * Identical inputs get identical reports: popular terms are pasted again and again, so the result of
 * an analysis is kept (in memory, by content hash and context) and its JSON rendered once.
 * Nothing here outlives the process, and only hashes and reports are kept, never who sent them.
 */
import { createHash } from "node:crypto";
import type { Analysis } from "../assess/index.ts";
import { renderJson } from "../report/index.ts";
import type { Analyzer } from "./deps.ts";
import { contextKey, parseContext } from "./power-context.ts";
import { LruCache } from "./stored-reports.ts";

interface Entry {
  json?: Uint8Array<ArrayBuffer>;
}

export interface AnalysisCache {
  analyze: Analyzer;
  /** The report JSON of an analysis as UTF-8 bytes, rendered and encoded once per analysis. */
  reportJson(analysis: Analysis): Uint8Array<ArrayBuffer>;
}

export function analysisCache(analyze: Analyzer, capacity = 32): AnalysisCache {
  // Promises, so that concurrent requests for the same input share one analysis.
  const entries = new LruCache<Promise<Analysis>>(capacity);
  const rendered = new WeakMap<Analysis, Entry>();
  return {
    async analyze(bytes, name, options) {
      const hash = createHash("sha256").update(bytes).digest("hex");
      const context = contextKey(parseContext(options.context ?? {}));
      const key = `${hash}|${name}|${options.extensionHint ?? ""}|${context}|${JSON.stringify(options.limits ?? {})}`;
      const cached = entries.get(key);
      if (cached) return cached;
      const pending = analyze(bytes, name, options);
      entries.set(key, pending);
      // A failure is not remembered: the same input may succeed with other limits or after a fix.
      pending.catch(() => entries.delete(key));
      return pending;
    },
    reportJson(analysis) {
      const entry = rendered.get(analysis);
      if (entry?.json !== undefined) return entry.json;
      const json = new TextEncoder().encode(JSON.stringify(renderJson(analysis)));
      rendered.set(analysis, { json });
      return json;
    },
  };
}
