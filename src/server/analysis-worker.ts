/**
 * A worker thread that runs the analysis pipeline, so a long analysis never blocks the server's
 * event loop (pages keep answering while an upload is analysed). Started by `worker-pool.ts`.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { analyzeBytes } from "../analyze.ts";
import { isCounterweightError } from "../core/index.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { warmUpPipeline } from "./warm-up.ts";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker-pool.ts";

const setup = workerData as WorkerSetup | undefined;

// On Linux, priority 0 names the calling thread only: the analyses yield to the event loop, which
// answers pages and hands out work, when the cores are busy. Where that is not allowed, nothing changes.
try {
  setPriority(0, 5);
} catch {
  // Not permitted here: run at the normal priority.
}
// Warming up only saves time: if it fails (say the examples were not installed), take jobs cold.
if (setup?.warmUp) await warmUpPipeline().catch(() => undefined);
parentPort?.postMessage({ ready: true } satisfies WorkerReply);

parentPort?.on("message", async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const analysis = await analyzeBytes(request.bytes, request.name, request.options);
    if (request.report) {
      // Only the bytes cross back, moved rather than copied: no clone of the analysis to build.
      const report = reportJsonBytes(analysis);
      parentPort?.postMessage({ id: request.id, report } satisfies WorkerReply, [report.buffer]);
      return;
    }
    reply = { id: request.id, analysis };
  } catch (error) {
    reply = {
      id: request.id,
      error: isCounterweightError(error)
        ? {
            code: error.code,
            message: error.message,
            userFault: error.userFault,
            mayBeTransient: error.mayBeTransient,
          }
        : {
            code: "INTERNAL",
            message: error instanceof Error ? error.message : String(error),
            userFault: false,
            mayBeTransient: false,
          },
    };
  }
  parentPort?.postMessage(reply);
});
