/**
 * Analyses in worker threads: the event loop stays free for pages while the CPU-bound pipeline
 * runs, and every core is used. Jobs wait in one first-come-first-served queue and a worker takes
 * the next one when it is done: no request waits behind a slow worker while another is idle. A
 * worker that dies fails its job with INTERNAL and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Analysis } from "../assess/index.ts";
import { ANALYSIS_WORKER_LIMITS, CounterweightError, type ErrorCode } from "../core/index.ts";
import type { Analyzer, AnalyzerOptions, ReportAnalyzer } from "./deps.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { RequestWithdrawn } from "./withdrawn.ts";

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  /** Without the signal, which stays on this side (it cannot be sent to a thread). */
  options: Omit<AnalyzerOptions, "signal">;
  /** Answer with the report JSON bytes only (transferred), not the analysis. */
  report?: boolean;
}

export type WorkerReply =
  | { ready: true; id?: undefined }
  | { id: number; analysis: Analysis; report?: undefined; error?: undefined }
  | { id: number; report: Uint8Array<ArrayBuffer>; analysis?: undefined; error?: undefined }
  | { id: number; error: { code: ErrorCode; message: string; userFault: boolean; mayBeTransient: boolean } };

export interface WorkerPoolOptions {
  /**
   * Run the pipeline on the bundled examples before taking jobs (model loaded, code compiled);
   * default false: tests want workers at once.
   */
  warmUp?: boolean;
}

/** What a worker is started with. */
export type WorkerSetup = Required<WorkerPoolOptions>;

interface Job {
  request: Omit<WorkerRequest, "id">;
  resolve: (result: unknown) => void;
  reject: (e: unknown) => void;
  /** Stops listening to the client's signal once a worker has the job. */
  settle?: () => void;
}

interface Slot {
  worker: Worker;
  /** False until the worker has loaded (and warmed up): it takes no job before. */
  ready: boolean;
  /** The job it is running, if any: one at a time, so the queue stays first come, first served. */
  job?: Job;
}

export interface WorkerPool {
  analyze: Analyzer;
  /** The report JSON of an analysis, rendered in the worker and handed over without a copy. */
  analyzeReport: ReportAnalyzer;
  close(): Promise<void>;
}

const WORKER = new URL("./analysis-worker.ts", import.meta.url);

/**
 * One worker per core, at most four. The workers run at a lower priority than the event loop
 * (see analysis-worker.ts), so pages stay quick while every core analyses.
 */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(1, availableParallelism()));
}

/** What a job still waiting or running gets when the pool closes: worth retrying elsewhere. */
function shuttingDown(): CounterweightError {
  return new CounterweightError("INTERNAL", "the server is shutting down; try again", {
    mayBeTransient: true,
  });
}

/** Workers that die this many times in a row without answering leave the pool to `fallback`. */
const MAX_RESPAWNS = 3;

export function workerPool(size: number, fallback: Analyzer, options: WorkerPoolOptions = {}): WorkerPool {
  let nextId = 1;
  let closing = false;
  let respawns = 0;
  const queue: Job[] = [];
  const setup: WorkerSetup = { warmUp: options.warmUp === true };
  // The worker runs TypeScript sources, so it first registers the loader the launcher uses (tsx).
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); })`;

  function dispatch(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      job.settle?.();
      slot.job = job;
      slot.worker.postMessage({ id: nextId++, ...job.request } satisfies WorkerRequest);
    }
  }

  /** A job on the fallback, for when no worker is left (a broken install). */
  function onFallback({ bytes, name, options: analyzerOptions, report }: Job["request"]): Promise<unknown> {
    const analysis = fallback(bytes, name, analyzerOptions);
    return report ? analysis.then(reportJsonBytes) : analysis;
  }

  function spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(bootstrap, {
        eval: true,
        workerData: setup,
        resourceLimits: ANALYSIS_WORKER_LIMITS,
      }),
      ready: false,
    };
    slot.worker.on("message", (reply: WorkerReply) => {
      respawns = 0;
      if (reply.id === undefined) {
        slot.ready = true;
        dispatch();
        return;
      }
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        if (reply.error) {
          const { code, message, userFault, mayBeTransient } = reply.error;
          job.reject(new CounterweightError(code, message, { userFault, mayBeTransient }));
        } else job.resolve(reply.report ?? reply.analysis);
      }
      dispatch();
    });
    let dead = false;
    const fail = (error: unknown) => {
      if (dead) return;
      dead = true;
      slot.job?.reject(
        closing
          ? shuttingDown()
          : new CounterweightError("INTERNAL", `analysis worker stopped: ${String(error)}`, {
              cause: error,
            }),
      );
      slot.job = undefined;
      const index = slots.indexOf(slot);
      // A worker that keeps dying (a broken install) is not restarted forever: the pool shrinks.
      if (index < 0) return;
      if (!closing && respawns++ < MAX_RESPAWNS) slots[index] = spawn();
      else slots.splice(index, 1);
      if (slots.length === 0)
        for (const job of queue.splice(0)) onFallback(job.request).then(job.resolve, job.reject);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`exit code ${code}`)));
    return slot;
  }

  const slots: Slot[] = Array.from({ length: size }, spawn);

  function enqueue<T>(request: Job["request"], signal: AbortSignal | undefined): Promise<T> {
    if (slots.length === 0) return onFallback(request) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new RequestWithdrawn());
      const job: Job = { request, resolve: resolve as (result: unknown) => void, reject };
      if (signal) {
        const withdraw = () => {
          const at = queue.indexOf(job);
          if (at >= 0) {
            queue.splice(at, 1);
            reject(new RequestWithdrawn());
          }
        };
        signal.addEventListener("abort", withdraw, { once: true });
        job.settle = () => signal.removeEventListener("abort", withdraw);
      }
      queue.push(job);
      dispatch();
    });
  }

  return {
    analyze(bytes, name, { signal, ...analyzerOptions }) {
      return enqueue<Analysis>({ bytes, name, options: analyzerOptions }, signal);
    },
    analyzeReport(bytes, name, { signal, ...analyzerOptions }) {
      return enqueue<Uint8Array<ArrayBuffer>>(
        { bytes, name, options: analyzerOptions, report: true },
        signal,
      );
    },
    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(shuttingDown());
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
