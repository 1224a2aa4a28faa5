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
  /**
   * How many callers still wait for each job in flight. Concurrent identical requests share one
   * job, so it is withdrawn (its signal aborted) only when every one of them has gone away; a
   * caller without a signal waits for good.
   */
  const waiting = new Map<Promise<unknown>, { callers: number; job: AbortController }>();
  const start = <T>(
    cache: LruCache<Promise<T>>,
    key: string,
    run: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> => {
    const job = new AbortController();
    const pending = run(job.signal);
    cache.set(key, pending);
    waiting.set(pending, { callers: 0, job });
    // A failure is not remembered: the same input may succeed with other limits or after a fix.
    pending.then(
      () => waiting.delete(pending),
      () => {
        waiting.delete(pending);
        cache.delete(key);
      },
    );
    return join(pending, signal);
  };
  const join = <T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
    const state = waiting.get(pending);
    if (!state) return pending;
    if (signal?.aborted) {
      // Gone before it asked: it does not count, and a job nobody else wants is withdrawn.
      if (state.callers === 0) state.job.abort();
      return pending;
    }
    state.callers += signal ? 1 : Number.POSITIVE_INFINITY;
    signal?.addEventListener(
      "abort",
      () => {
        if (--state.callers === 0) state.job.abort();
      },
      { once: true },
    );
    return pending;
  };
  const analyzeKeyed = (key: string, bytes: Uint8Array, name: string, options: AnalyzerOptions) => {
    const cached = entries.get(key);
    if (cached) return join(cached, options.signal);
    return start(entries, key, (signal) => analyze(bytes, name, { ...options, signal }), options.signal);
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
      if (analysis) return join(analysis, options.signal).then(reportJson);
      const cached = reports.get(key);
      if (cached) return join(cached, options.signal);
      if (!analyzeReport) return analyzeKeyed(key, bytes, name, options).then(reportJson);
      return start(
        reports,
        key,
        (signal) => analyzeReport(bytes, name, { ...options, signal }),
        options.signal,
      );
    },
  };
}
