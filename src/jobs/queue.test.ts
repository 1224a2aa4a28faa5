import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CounterweightError } from "../core/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { connectRedis, enqueueImports, startImportWorker, type JobEvent } from "./index.ts";
import { reachableRedis } from "./testing/redis-test.ts";

const redisUrl = await reachableRedis();

const AGREEMENT = (n: number) =>
  [
    `Service ${n} terms of use.`,
    "We may terminate your account at any time for any reason without notice.",
    "All disputes shall be resolved by binding arbitration and you waive any class action.",
    `This is revision ${n}.`,
  ].join("\n");

/** Waits until the queue has finished `total` jobs (completed or parked as failed). */
async function settled(queue: Queue, total: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const counts = await queue.getJobCounts("completed", "failed");
    if ((counts.completed ?? 0) + (counts.failed ?? 0) >= total) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("queue did not settle in 60 s");
}

describe.skipIf(!redisUrl)("import queue on Redis", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-queue-"));
  const queueName = `test-${randomBytes(4).toString("hex")}`;
  const files = Array.from({ length: 8 }, (_, i) => join(dir, `service-${i}.txt`));
  const poison = join(dir, "broken.pdf");
  let queue: Queue;

  beforeAll(async () => {
    files.forEach((file, i) => writeFileSync(file, AGREEMENT(i)));
    writeFileSync(poison, "%PDF-1.7\nthis is not a PDF body at all");
    queue = new Queue(queueName, { connection: await connectRedis(redisUrl) });
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await queue?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores every document exactly once with two workers, parks the poison job, and dedupes a re-enqueue", async () => {
    const db = join(dir, "registry.db");
    const stores: Store[] = [await openStore(db), await openStore(db)];
    const events: JobEvent[] = [];
    const workers = await Promise.all(
      stores.map((store) => startImportWorker({ store, redisUrl, queueName, onJob: (e) => events.push(e) })),
    );
    try {
      const enqueued = await enqueueImports([...files, poison], { redisUrl, queueName, retryDelayMs: 50 });
      expect(enqueued).toEqual({ queued: 9, alreadyQueued: 0, failed: 0 });
      await settled(queue, 9);

      expect(await stores[0]!.countDocuments()).toBe(8);
      const services = await stores[0]!.listServices();
      expect(services).toHaveLength(8);
      for (const s of services) {
        expect((await stores[0]!.getService(s.slug))?.documents[0]?.versionCount).toBe(1);
      }
      const completed = events.filter((e) => e.outcome);
      expect(completed).toHaveLength(8);
      expect(completed.every((e) => e.outcome!.status === "created")).toBe(true);

      const failed = await queue.getFailed();
      expect(failed).toHaveLength(1);
      expect(failed[0]!.failedReason).toMatch(/broken\.pdf/);
      expect(failed[0]!.attemptsMade).toBe(1); // parked at once, not retried

      const again = await enqueueImports([...files, poison], { redisUrl, queueName });
      expect(again).toEqual({ queued: 0, alreadyQueued: 9, failed: 0 });
      expect(await stores[0]!.countDocuments()).toBe(8);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("retries a job whose store was briefly unavailable, with backoff, and stores it once", async () => {
    const store = await openStore(":memory:");
    let failures = 0;
    const flaky: Store = {
      ...store,
      async addVersion(version) {
        if (failures++ < 2) {
          throw new CounterweightError("UNREADABLE", "database: connection refused", {
            mayBeTransient: true,
          });
        }
        return store.addVersion(version);
      },
    };
    const events: JobEvent[] = [];
    const worker = await startImportWorker({
      store: flaky,
      redisUrl,
      queueName,
      onJob: (e) => events.push(e),
    });
    try {
      const file = join(dir, "flaky.txt");
      writeFileSync(file, AGREEMENT(99));
      const before = (await queue.getJobCounts("completed")).completed ?? 0;
      await enqueueImports([file], { redisUrl, queueName, retryDelayMs: 50 });
      for (let i = 0; i < 100 && ((await queue.getJobCounts("completed")).completed ?? 0) <= before; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(events.map((e) => (e.outcome ? e.outcome.status : `retry:${String(e.willRetry)}`))).toEqual([
        "retry:true",
        "retry:true",
        "created",
      ]);
      expect(await store.countDocuments()).toBe(1);
    } finally {
      await worker.close();
      await store.close();
    }
  });
});

describe("queue without Redis", () => {
  it("says which URL could not be reached, without its password", async () => {
    const attempt = enqueueImports([], { redisUrl: "redis://:secret@127.0.0.1:1" });
    await expect(attempt).rejects.toMatchObject({ code: "UNREADABLE" });
    await expect(attempt).rejects.toThrow(/127\.0\.0\.1:1.*REDIS_URL/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
