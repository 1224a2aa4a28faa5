/** The registry web app and API: build it with `createApp`, run it with `startServer`. */
export { createApp, type AppOptions } from "./app.tsx";
export type { Analyzer } from "./deps.ts";
export { startServer, type ServerOptions, type RunningServer } from "./start-server.ts";
export { workerPool, defaultPoolSize, type WorkerPool } from "./worker-pool.ts";
export { SEED_CHOICES, seedExamples, seedRegistry, type SeedChoice } from "./seed.ts";
export { seedSourcesFrom, type SeedSources } from "./seed-sources.ts";
export { DEFAULT_RATE_LIMITS, type RateLimitOptions } from "./middleware/index.ts";
export { importDocuments, type ImportOptions, type ImportSummary } from "./import-documents.ts";
