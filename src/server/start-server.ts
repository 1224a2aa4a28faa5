/** Runs the app on a real socket: open the store, seed it, listen. Used by `counterweight serve` and the benchmark. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { SeedImportSummary } from "../jobs/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { createApp, type AppOptions } from "./app.tsx";
import { seedExamples, seedRegistry, type SeedChoice, type SeedRegistryOptions } from "./seed.ts";
import { NO_SEED_SOURCES } from "./seed-sources.ts";
import { VIEW_FLUSH_MS, viewCounter } from "./view-counter.ts";
import { defaultPoolSize, workerPool } from "./worker-pool.ts";
import { analyzeBytes } from "../analyze.ts";

export interface ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** A SQLite file path or database URL. */
  database: string;
  adminToken?: string;
  /**
   * What a new store starts with: `registry` (default) the bundled examples and the seed of real
   * agreements, imported on the first start; `examples` the examples only; `none` nothing.
   */
  seed?: SeedChoice;
  /** Progress of a seed import (the first start): see `seedRegistry`. */
  onSeedStart?: SeedRegistryOptions["onStart"];
  onSeedVersion?: SeedRegistryOptions["onVersion"];
  /** Another seed file than the committed one (tests). */
  seedPath?: string;
  /** Analysis worker threads; 0 analyses on the main thread (default: one per core, at most four). */
  workers?: number;
  /** Warm the analysis workers up before they take requests (default true). */
  warmUp?: boolean;
  /** Input limits for uploads and pasted text (defaults: core/limits.ts). */
  limits?: AppOptions["limits"];
  /** Requests per client; false turns limiting off (benchmarks). Default: DEFAULT_RATE_LIMITS. */
  rateLimit?: AppOptions["rateLimit"];
}

export interface RunningServer {
  url: string;
  /** The open store, for read-only use by the shell (e.g. the start-up summary). */
  store: Store;
  /** What the seed import did, when this start had to import it. */
  seedImport?: SeedImportSummary;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openStore(options.database);
  const seed = options.seed ?? "registry";
  if (seed !== "none") await seedExamples(store);
  // Before the analysis workers start: on a first start the import has every core to itself.
  const seeded =
    seed === "registry"
      ? await seedRegistry(store, {
          database: options.database,
          onStart: options.onSeedStart,
          onVersion: options.onSeedVersion,
          seedPath: options.seedPath,
        }).catch(async (error: unknown) => {
          await store.close();
          throw error;
        })
      : undefined;
  const pool =
    options.workers === 0
      ? undefined
      : workerPool(options.workers ?? defaultPoolSize(), analyzeBytes, { warmUp: options.warmUp !== false });
  // Page views are written in batches; the last one is written on close, not lost.
  const views = viewCounter(store, VIEW_FLUSH_MS);
  const app = createApp({
    store,
    views,
    adminToken: options.adminToken,
    analyze: pool?.analyze,
    analyzeReport: pool?.analyzeReport,
    limits: options.limits,
    rateLimit: options.rateLimit,
    seedSources: seeded?.sources ?? NO_SEED_SOURCES,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const running = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () =>
      resolve(running),
    );
    running.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    store,
    seedImport: seeded?.imported,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await views.flush();
      await pool?.close();
      await store.close();
    },
  };
}
