/** The body of every batch thread: load the handler module, then answer tasks until told to close. */
import { parentPort, workerData } from "node:worker_threads";
import { isCounterweightError } from "../core/index.ts";
import type { SerialisedError, TaskHandler } from "./thread-pool.ts";

const { handlerUrl, init } = workerData as { handlerUrl: string; init: unknown };
const handler = (await import(handlerUrl)) as TaskHandler<unknown, unknown, unknown>;
const state = await handler.setup?.(init);
const port = parentPort!;

function serialise(error: unknown): SerialisedError {
  if (isCounterweightError(error)) {
    const { code, message, userFault, mayBeTransient } = error;
    return { code, message, userFault, mayBeTransient };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

port.on("message", async (message: { id: number; task: unknown } | { close: true }) => {
  if ("close" in message) {
    await handler.teardown?.(state);
    port.postMessage({ closed: true });
    return;
  }
  try {
    port.postMessage({ id: message.id, result: await handler.handle(message.task, state) });
  } catch (error) {
    port.postMessage({ id: message.id, error: serialise(error) });
  }
});
port.postMessage({ ready: true });
