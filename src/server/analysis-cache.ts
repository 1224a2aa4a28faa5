/**
 * Identical inputs get identical reports: popular terms are pasted again and again, so the result of
 * an analysis is kept (in memory, by content hash and context) and its JSON rendered once.
 * Nothing here outlives the process, and only hashes and reports are kept, never who sent them.
 */
import { createHash } from "node:crypto";
import type { Analysis } from "../assess/index.ts";
import type { Analyzer, AnalyzerOptions, ReportAnalyzer } from "./deps.ts";
import { contextKey, parseContext } from "./power-context.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { LruCache } from "./stored-reports.ts";

interface Entry {
  json?: Uint8Array<ArrayBuffer>;
}

export interface AnalysisCache {
  analyze: Analyzer;
  /** The report JSON of an analysis as UTF-8 bytes, rendered and encoded once per analysis. */
  reportJson(analysis: Analysis): Uint8Array<ArrayBuffer>;
  /**
   * The report JSON of the input's analysis: from a cached analysis or report when there is one,
   * else from `analyzeReport` (a worker renders it; no analysis is copied back), else rendered here.
   */
  report: ReportAnalyzer;
}

export function analysisCache(
  analyze: Analyzer,
  capacity = 32,
  analyzeReport?: ReportAnalyzer,
): AnalysisCache {
  // Promises, so that concurrent requests for the same input share one analysis.
  const entries = new LruCache<Promise<Analysis>>(capacity);
  const reports = new LruCache<Promise<Uint8Array<ArrayBuffer>>>(capacity);
  const rendered = new WeakMap<Analysis, Entry>();
  const keyOf = (bytes: Uint8Array, name: string, options: AnalyzerOptions) => {
    const hash = createHash("sha256").update(bytes).digest("hex");
    const context = contextKey(parseContext(options.context ?? {}));
    return `${hash}|${name}|${options.extensionHint ?? ""}|${context}|${JSON.stringify(options.limits ?? {})}`;
  };
  const analyzeKeyed = (key: string, bytes: Uint8Array, name: string, options: AnalyzerOptions) => {
    const cached = entries.get(key);
    if (cached) return cached;
    const pending = analyze(bytes, name, options);
    entries.set(key, pending);
    // A failure is not remembered: the same input may succeed with other limits or after a fix.
    pending.catch(() => entries.delete(key));
    return pending;
  };
  const reportJson = (analysis: Analysis) => {
    const entry = rendered.get(analysis);
    if (entry?.json !== undefined) return entry.json;
    const json = reportJsonBytes(analysis);
    rendered.set(analysis, { json });
    return json;
  };
  return {
    analyze(bytes, name, options) {
      return analyzeKeyed(keyOf(bytes, name, options), bytes, name, options);
    },
    reportJson,
    report(bytes, name, options) {
      const key = keyOf(bytes, name, options);
      const analysis = entries.get(key);
      if (analysis) return analysis.then(reportJson);
      const cached = reports.get(key);
      if (cached) return cached;
      if (!analyzeReport) return analyzeKeyed(key, bytes, name, options).then(reportJson);
      const pending = analyzeReport(bytes, name, options);
      reports.set(key, pending);
      pending.catch(() => reports.delete(key));
      return pending;
    },
  };
}
