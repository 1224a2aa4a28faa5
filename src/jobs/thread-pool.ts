/**
 * A small pool of worker threads for CPU-bound batch work. Each thread loads a handler module
 * (`setup(init)` once, `handle(task, state)` per task, `teardown(state)` at close); tasks go to
 * whichever thread is idle, in order. A thread that dies fails its task and is replaced.
 */
import { Worker } from "node:worker_threads";
import { ANALYSIS_WORKER_LIMITS, CounterweightError, type ErrorCode } from "../core/index.ts";

/** The contract a handler module fulfils (see `import-task.ts`). */
export interface TaskHandler<Task, Result, State> {
  setup?(init: unknown): Promise<State> | State;
  handle(task: Task, state: State): Promise<Result>;
  teardown?(state: State): Promise<void> | void;
}

export interface ThreadPool<Task, Result> {
  readonly size: number;
  run(task: Task): Promise<Result>;
  /** Waits for the tasks in hand, tears every thread down, and stops them. */
  close(): Promise<void>;
}

export interface SerialisedError {
  code?: ErrorCode;
  message: string;
  userFault?: boolean;
  mayBeTransient?: boolean;
}

export type ThreadReply<Result> = { id: number; result: Result } | { id: number; error: SerialisedError };

const ENTRY = new URL("./thread-entry.ts", import.meta.url);

function revive(error: SerialisedError): Error {
  if (!error.code) return new Error(error.message);
  return new CounterweightError(error.code, error.message, {
    userFault: error.userFault,
    mayBeTransient: error.mayBeTransient,
  });
}

interface Pending<Task, Result> {
  id: number;
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Starts `size` threads running `handlerUrl`.
 * @example
 * const pool = startThreadPool<ImportTask, ImportOutcome>(new URL("./import-task.ts", import.meta.url), { size: 2, init: { database } });
 */
export function startThreadPool<Task, Result>(
  handlerUrl: URL,
  options: { size: number; init?: unknown },
): ThreadPool<Task, Result> {
  // Threads run TypeScript sources, so each first registers the loader the launcher uses (tsx).
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  const waiting: Array<Pending<Task, Result>> = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending<Task, Result>>();
  const ready = new WeakSet<Worker>();
  const living = new Set<Worker>();
  let nextId = 1;
  let closing = false;

  function spawn(): void {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { handlerUrl: handlerUrl.href, init: options.init },
      resourceLimits: ANALYSIS_WORKER_LIMITS,
    });
    living.add(worker);
    worker.on("message", (reply: ThreadReply<Result> | { ready: true } | { closed: true }) => {
      if ("closed" in reply) return;
      if ("ready" in reply) {
        ready.add(worker);
        idle.push(worker);
        dispatch();
        return;
      }
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if ("error" in reply) job.reject(revive(reply.error));
        else job.resolve(reply.result);
      }
      dispatch();
    });
    worker.on("error", (error) => busy.get(worker)?.reject(error));
    worker.on("exit", (code) => {
      const job = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      living.delete(worker);
      const stopped = new CounterweightError("INTERNAL", `batch worker thread stopped (exit ${code})`);
      if (job) job.reject(stopped);
      if (closing) return;
      // A thread that dies before it is ready (a broken install) would die again: give up, not loop.
      if (!ready.has(worker)) {
        if (living.size === 0) for (const waiter of waiting.splice(0)) waiter.reject(stopped);
        return;
      }
      spawn();
    });
  }

  function dispatch(): void {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.shift()!;
      const job = waiting.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  for (let i = 0; i < options.size; i++) spawn();

  return {
    size: options.size,
    run(task: Task) {
      if (living.size === 0)
        return Promise.reject(new CounterweightError("INTERNAL", "no batch worker thread could start"));
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      while (busy.size > 0 || waiting.length > 0) await new Promise((r) => setTimeout(r, 20));
      // Each ready thread tears down (closes its store) and says so; then it is stopped. A thread
      // still starting (the tasks ran out before it was needed) is simply stopped.
      await Promise.all(
        [...living].map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once("exit", () => resolve());
              if (!ready.has(worker)) {
                void worker.terminate();
                return;
              }
              worker.on("message", (reply: { closed?: true }) => {
                if (reply.closed) void worker.terminate();
              });
              worker.postMessage({ close: true });
            }),
        ),
      );
    },
  };
}
