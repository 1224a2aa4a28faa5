/**
 * Background and batch work: importing files in parallel worker threads (resumable), and the
 * Redis/BullMQ import queue with its workers. The jobs stage's only import surface.
 */
export { importItem, type ImportItem, type ImportOutcome } from "./import-item.ts";
export { mayBeTransient, isUserFault } from "./transient.ts";
export { DEFAULT_REDIS_URL, connectRedis, redactRedisUrl } from "./redis.ts";
export {
  IMPORT_QUEUE,
  enqueueImports,
  importJobId,
  type EnqueueOptions,
  type EnqueueSummary,
  type ImportJobData,
} from "./queue.ts";
export { startImportWorker, type ImportWorker, type ImportWorkerOptions, type JobEvent } from "./worker.ts";
export { defaultWorkers, importBatch, type ImportBatchOptions, type ImportBatchSummary } from "./batch.ts";
export { startThreadPool, type TaskHandler, type ThreadPool } from "./thread-pool.ts";
export {
  SEED_META_KEY,
  importSeed,
  seedIsImported,
  type SeedImportOptions,
  type SeedImportSummary,
} from "./seed-import.ts";
