import { describe, expect, it } from "vitest";
import { isCounterweightError } from "../core/index.ts";
import type { Analyzer } from "./deps.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { workerPool } from "./worker-pool.ts";
import { RequestWithdrawn } from "./withdrawn.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const noFallback: Analyzer = () => Promise.reject(new Error("the fallback should not run"));

describe("workerPool", () => {
  it("runs the real pipeline in worker threads and keeps user errors as CounterweightErrors", async () => {
    const pool = workerPool(2, noFallback);
    try {
      const texts = [
        "We may terminate your account at any time for any reason.",
        "Disputes go to binding arbitration.",
      ];
      const analyses = await Promise.all(
        texts.map((t, i) => pool.analyze(encode(t), `t${i}.txt`, { context: { party: "worker" } })),
      );
      expect(analyses.map((a) => a.document.text)).toEqual(texts);
      expect(analyses[0]!.assessment.context.party).toBe("worker");
      const error = await pool.analyze(encode("   "), "empty.txt", {}).catch((e: unknown) => e);
      expect(isCounterweightError(error) && error.code === "EMPTY_INPUT" && error.userFault).toBe(true);
      // The report rendered in the worker is the report of the analysis copied back, byte for byte.
      const report = await pool.analyzeReport(encode(texts[0]!), "t0.txt", { context: { party: "worker" } });
      expect(Buffer.from(report).equals(Buffer.from(reportJsonBytes(analyses[0]!)))).toBe(true);
      const reportError = await pool.analyzeReport(encode("   "), "empty.txt", {}).catch((e: unknown) => e);
      expect(isCounterweightError(reportError) && reportError.code === "EMPTY_INPUT").toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("drops a waiting job whose client went away, and finishes the others", async () => {
    const pool = workerPool(1, noFallback);
    try {
      // Asked before the worker has even started: both jobs are still in the queue.
      const kept = pool.analyze(encode("We may change these terms at any time."), "kept.txt", {});
      const client = new AbortController();
      const dropped = pool.analyzeReport(encode("Disputes go to binding arbitration."), "gone.txt", {
        signal: client.signal,
      });
      client.abort();
      await expect(dropped).rejects.toBeInstanceOf(RequestWithdrawn);
      expect((await kept).document.name).toBe("kept.txt");
      // Gone before it asked: never queued. A signal never aborted changes nothing.
      const gone = AbortSignal.abort();
      await expect(pool.analyze(encode("Anything."), "late.txt", { signal: gone })).rejects.toBeInstanceOf(
        RequestWithdrawn,
      );
      const stays = new AbortController();
      const done = await pool.analyzeReport(encode("We may end it."), "stays.txt", { signal: stays.signal });
      stays.abort();
      expect(JSON.parse(Buffer.from(done).toString()).document.name).toBe("stays.txt");
    } finally {
      await pool.close();
    }
  });

  it("answers in the order asked, from one queue, once its workers are warmed up", async () => {
    const pool = workerPool(1, noFallback, { warmUp: true });
    try {
      const finished: number[] = [];
      const texts = Array.from({ length: 6 }, (_, i) => `We may change these terms at any time. Copy ${i}.`);
      // Asked before the worker is ready: the jobs wait in the queue, none is lost or reordered.
      await Promise.all(
        texts.map((t, i) => pool.analyze(encode(t), `t${i}.txt`, {}).then(() => finished.push(i))),
      );
      expect(finished).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      await pool.close();
    }
  });

  it("fails the waiting jobs with a retryable error when it closes", async () => {
    const pool = workerPool(1, noFallback);
    const pending = Array.from({ length: 3 }, (_, i) =>
      pool.analyze(encode(`Text ${i}.`), `t${i}.txt`, {}).catch((e: unknown) => e),
    );
    await pool.close();
    for (const outcome of await Promise.all(pending)) {
      expect(isCounterweightError(outcome) && outcome.code === "INTERNAL" && outcome.mayBeTransient).toBe(
        true,
      );
    }
  });
});
