/**
 * The import queue on Redis (BullMQ). `enqueueImports` puts one job per file; any number of
 * `counterweight worker` processes, on any machines, take them (see `worker.ts`).
 *
 * A job carries the file's bytes, not its path: a path only means something on the machine that
 * enqueued it. Files are at most the byte limit (20 MB by default), so a job stays a size Redis
 * handles well. The job id is the bytes' hash plus the service and type, so enqueueing the same
 * content again while its job is kept is a no-op; after that, the worker's content check makes it one.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { Queue } from "bullmq";
import { formatBytes, inputError, resolveLimits, type Limits } from "../core/index.ts";
import { serviceNameFromFile, slugify } from "../store/index.ts";
import { connectRedis } from "./redis.ts";

/** The queue every import worker listens on. */
export const IMPORT_QUEUE = "counterweight-import";

/** What a job holds: everything a worker on another machine needs, the file included. */
export interface ImportJobData {
  name: string;
  bytesBase64: string;
  service?: string;
  sector?: string;
  documentType: string;
}

export interface EnqueueOptions {
  redisUrl?: string;
  /** Another queue name (tests, benchmarks); default `counterweight-import`. */
  queueName?: string;
  service?: string;
  sector?: string;
  documentType?: string;
  limits?: Partial<Limits>;
  /** Tries per job before it is parked as failed (default 5). */
  attempts?: number;
  /** First retry delay; each next one doubles (default 2 s). */
  retryDelayMs?: number;
  /** Called for each file as it is queued, found queued already, or refused. */
  onFile?: (file: string, outcome: { queued: boolean; error?: unknown }) => void;
}

export interface EnqueueSummary {
  queued: number;
  alreadyQueued: number;
  failed: number;
}

/** `sha256-of-bytes-service-slug-type`: the same content for the same document is one job. */
export function importJobId(bytes: Uint8Array, serviceSlug: string, documentType: string): string {
  const hash = createHash("sha256").update(bytes).digest("hex");
  return `${hash}-${serviceSlug}-${documentType.replace(/[^\w.-]+/g, "_")}`;
}

/**
 * Enqueues one import job per file.
 * @throws CounterweightError UNREADABLE when Redis cannot be reached (nothing is queued then).
 * @example
 * await enqueueImports(["terms/Uber.xml"], { redisUrl: "redis://127.0.0.1:6379" });
 */
export async function enqueueImports(files: string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const connection = await connectRedis(options.redisUrl);
  const queue = new Queue<ImportJobData>(options.queueName ?? IMPORT_QUEUE, { connection });
  const limits = resolveLimits(options.limits);
  const documentType = options.documentType ?? "terms";
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0, failed: 0 };
  try {
    for (const file of files) {
      try {
        const size = (await stat(file)).size;
        if (size > limits.maxBytes) {
          throw inputError(
            "TOO_LARGE",
            file,
            `the file is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxBytes)}`,
          );
        }
        const bytes = await readFile(file);
        const service = options.service ?? serviceNameFromFile(basename(file));
        const jobId = importJobId(bytes, slugify(service), documentType);
        if (await queue.getJob(jobId)) {
          summary.alreadyQueued += 1;
          options.onFile?.(file, { queued: false });
          continue;
        }
        const data: ImportJobData = {
          name: file,
          bytesBase64: bytes.toString("base64"),
          service: options.service,
          sector: options.sector,
          documentType,
        };
        await queue.add("import", data, {
          jobId,
          attempts: options.attempts ?? 5,
          backoff: { type: "exponential", delay: options.retryDelayMs ?? 2000 },
          // Only the last thousand finished jobs stay in Redis (with their bytes); a file enqueued again
          // after its job left is still a no-op, through the worker's content check.
          removeOnComplete: { count: 1000 },
          removeOnFail: false,
        });
        summary.queued += 1;
        options.onFile?.(file, { queued: true });
      } catch (error) {
        summary.failed += 1;
        options.onFile?.(file, { queued: false, error });
      }
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return summary;
}
