/**
 * The import worker: takes jobs from the queue, imports each (`importItem`) into the configured
 * store. Bad input (a corrupt file) is parked at once as failed with its message; a store or Redis
 * that is unavailable is retried with exponential backoff (BullMQ `attempts`/`backoff`, set when
 * the job was enqueued); `close()` lets the jobs in hand finish first.
 */
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Store } from "../store/index.ts";
import { importItem, type ImportOutcome } from "./import-item.ts";
import { IMPORT_QUEUE, type ImportJobData } from "./queue.ts";
import { connectRedis } from "./redis.ts";
import { isUserFault } from "./transient.ts";

export interface ImportWorkerOptions {
  store: Store;
  redisUrl?: string;
  queueName?: string;
  /** Jobs this worker runs at once (default 1: the analysis is CPU-bound, so run one process per core). */
  concurrency?: number;
  /** Called after each job: its outcome, or the error and whether it will be tried again. */
  onJob?: (event: JobEvent) => void;
}

export type JobEvent =
  | { jobId: string; name: string; outcome: ImportOutcome; error?: undefined }
  | { jobId: string; name: string; error: Error; willRetry: boolean; outcome?: undefined };

export interface ImportWorker {
  /** Stops taking jobs, waits for the ones in hand, and disconnects. The store stays open. */
  close(): Promise<void>;
}

/**
 * Starts taking import jobs.
 * @throws CounterweightError UNREADABLE when Redis cannot be reached.
 * @example
 * const worker = await startImportWorker({ store: await openStore(process.env.DATABASE_URL) });
 * process.once("SIGTERM", () => void worker.close());
 */
export async function startImportWorker(options: ImportWorkerOptions): Promise<ImportWorker> {
  const connection = await connectRedis(options.redisUrl);
  const processJob = async (job: Job<ImportJobData>): Promise<ImportOutcome> => {
    const { name, bytesBase64, service, sector, documentType } = job.data;
    try {
      return await importItem(options.store, {
        name,
        bytes: Buffer.from(bytesBase64, "base64"),
        service,
        sector,
        documentType,
      });
    } catch (error) {
      // A corrupt or unsupported file fails the same way every time: park it now, with its message.
      if (isUserFault(error)) throw new UnrecoverableError((error as Error).message);
      throw error;
    }
  };
  const worker = new Worker<ImportJobData, ImportOutcome>(options.queueName ?? IMPORT_QUEUE, processJob, {
    connection,
    concurrency: options.concurrency ?? 1,
  });
  worker.on("error", () => {}); // connection trouble: ioredis reconnects; jobs report their own errors
  worker.on("completed", (job, outcome) => {
    options.onJob?.({ jobId: String(job.id), name: job.data.name, outcome });
  });
  worker.on("failed", (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const willRetry = !(error instanceof UnrecoverableError) && job.attemptsMade < attempts;
    options.onJob?.({ jobId: String(job.id), name: job.data.name, error, willRetry });
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
