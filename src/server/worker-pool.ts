/**
 * Analyses in worker threads: the event loop stays free for pages while the CPU-bound pipeline
 * runs, and a second core is used when there is one. Each job goes to the least busy worker; a
 * worker that dies fails its jobs with INTERNAL and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Analysis } from "../assess/index.ts";
import { CounterweightError, type ErrorCode } from "../core/index.ts";
import type { Analyzer, AnalyzerOptions, ReportAnalyzer } from "./deps.ts";
import { reportJsonBytes } from "./report-bytes.ts";

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: AnalyzerOptions;
  /** Answer with the report JSON bytes only (transferred), not the analysis. */
  report?: boolean;
}

export type WorkerReply =
  | { id: number; analysis: Analysis; report?: undefined; error?: undefined }
  | { id: number; report: Uint8Array<ArrayBuffer>; analysis?: undefined; error?: undefined }
  | { id: number; error: { code: ErrorCode; message: string; userFault: boolean; mayBeTransient: boolean } };

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (result: unknown) => void; reject: (e: unknown) => void }>;
}

export interface WorkerPool {
  analyze: Analyzer;
  /** The report JSON of an analysis, rendered in the worker and handed over without a copy. */
  analyzeReport: ReportAnalyzer;
  close(): Promise<void>;
}

const WORKER = new URL("./analysis-worker.ts", import.meta.url);

/** One worker per core but one, at least one, at most four. */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

/** Workers that die this many times in a row without answering leave the pool to `fallback`. */
const MAX_RESPAWNS = 3;

export function workerPool(size: number, fallback: Analyzer): WorkerPool {
  let nextId = 1;
  let closing = false;
  let respawns = 0;
  // The worker runs TypeScript sources, so it first registers the loader the launcher uses (tsx).
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); })`;

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(bootstrap, { eval: true }), pending: new Map() };
    slot.worker.on("message", (reply: WorkerReply) => {
      respawns = 0;
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if (reply.error) {
        const { code, message, userFault, mayBeTransient } = reply.error;
        job.reject(new CounterweightError(code, message, { userFault, mayBeTransient }));
      } else job.resolve(reply.report ?? reply.analysis);
    });
    let dead = false;
    const fail = (error: unknown) => {
      if (dead) return;
      dead = true;
      for (const job of slot.pending.values()) {
        job.reject(
          closing
            ? new CounterweightError("INTERNAL", "the server is shutting down; try again", {
                mayBeTransient: true,
              })
            : new CounterweightError("INTERNAL", `analysis worker stopped: ${String(error)}`, {
                cause: error,
              }),
        );
      }
      slot.pending.clear();
      const index = slots.indexOf(slot);
      // A worker that keeps dying (a broken install) is not restarted forever: the pool shrinks.
      if (index < 0) return;
      if (!closing && respawns++ < MAX_RESPAWNS) slots[index] = spawn();
      else slots.splice(index, 1);
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`exit code ${code}`)));
    return slot;
  }

  const slots: Slot[] = Array.from({ length: size }, spawn);

  function send<T>(request: Omit<WorkerRequest, "id">): Promise<T> {
    const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      slot.worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });
  }

  return {
    analyze(bytes, name, options) {
      if (slots.length === 0) return fallback(bytes, name, options);
      return send<Analysis>({ bytes, name, options });
    },
    async analyzeReport(bytes, name, options) {
      if (slots.length === 0) return reportJsonBytes(await fallback(bytes, name, options));
      return send<Uint8Array<ArrayBuffer>>({ bytes, name, options, report: true });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
