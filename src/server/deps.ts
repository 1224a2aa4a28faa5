/** What routes need from the outside world, passed in by `createApp` (no globals, easy to fake in tests). */
import type { Analysis, PowerContext } from "../assess/index.ts";
import type { Limits } from "../core/index.ts";
import type { Store } from "../store/index.ts";
import type { SeedSources } from "./seed-sources.ts";
import type { AnalysisCache } from "./analysis-cache.ts";
import type { RegistryPages } from "./registry-pages.ts";
import type { StoredReports } from "./stored-reports.ts";

export interface AnalyzerOptions {
  context?: Partial<PowerContext>;
  limits?: Partial<Limits>;
  extensionHint?: string;
  /**
   * The client's request: once it is aborted (the client went away), an analysis no worker has
   * taken yet is dropped and rejects with RequestWithdrawn. One already running finishes.
   */
  signal?: AbortSignal;
}

/** The library's `analyzeBytes`, or a stand-in. */
export type Analyzer = (bytes: Uint8Array, name: string, options: AnalyzerOptions) => Promise<Analysis>;

/**
 * The report JSON (UTF-8 bytes) of an analysis of the input, for callers that need nothing else:
 * a worker renders it and hands over the bytes, instead of copying the whole analysis back.
 */
export type ReportAnalyzer = (
  bytes: Uint8Array,
  name: string,
  options: AnalyzerOptions,
) => Promise<Uint8Array<ArrayBuffer>>;

export interface AppDeps {
  store: Store;
  adminToken: string | undefined;
  /** The pipeline behind a cache of recent results: identical input is analysed once. */
  analyze: Analyzer;
  analyses: AnalysisCache;
  reports: StoredReports;
  /** Rendered registry pages, kept until the store's revision changes. */
  pages: RegistryPages;
  /** Where each seeded service's texts came from, for the licence credit on its page. */
  seedSources: SeedSources;
  limits: Limits;
}
