/** What routes need from the outside world, passed in by `createApp` (no globals, easy to fake in tests). */
import type { Analysis, PowerContext } from "../assess/index.ts";
import type { Limits } from "../core/index.ts";
import type { Store } from "../store/index.ts";
import type { AnalysisCache } from "./analysis-cache.ts";
import type { StoredReports } from "./stored-reports.ts";

/** The library's `analyzeBytes`, or a stand-in. */
export type Analyzer = (
  bytes: Uint8Array,
  name: string,
  options: { context?: Partial<PowerContext>; limits?: Partial<Limits>; extensionHint?: string },
) => Promise<Analysis>;

export interface AppDeps {
  store: Store;
  adminToken: string | undefined;
  /** The pipeline behind a cache of recent results: identical input is analysed once. */
  analyze: Analyzer;
  analyses: AnalysisCache;
  reports: StoredReports;
  limits: Limits;
}
