/** Runs the app on a real socket: open the store, seed it, listen. Used by `counterweight serve` and the benchmark. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { openStore, type Store } from "../store/index.ts";
import { createApp, type AppOptions } from "./app.tsx";
import { seedExamples } from "./seed.ts";
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
  /** Import the bundled examples into an empty store (default true). */
  seed?: boolean;
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
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openStore(options.database);
  if (options.seed !== false) await seedExamples(store);
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
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await views.flush();
      await pool?.close();
      await store.close();
    },
  };
}
