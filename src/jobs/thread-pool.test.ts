import { describe, expect, it } from "vitest";
import { startThreadPool } from "./index.ts";

describe("thread pool", () => {
  it("runs tasks across threads and brings errors back with their code", async () => {
    const pool = startThreadPool<number, number>(new URL("./testing/echo-task.ts", import.meta.url), {
      size: 2,
      init: { factor: 2 },
    });
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
      await expect(pool.run(-1)).rejects.toMatchObject({ code: "USAGE", userFault: true });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("stops threads that were still starting when the work ran out", async () => {
    const pool = startThreadPool<number, number>(new URL("./testing/echo-task.ts", import.meta.url), {
      size: 4,
      init: { factor: 3 },
    });
    expect(await pool.run(1)).toBe(3);
    // close() must also stop the threads still starting; it resolves once every thread has exited.
    await expect(pool.close()).resolves.toBeUndefined();
  }, 60_000);

  it("fails the tasks instead of respawning forever when no thread can start", async () => {
    const pool = startThreadPool<number, number>(new URL("./testing/broken-task.ts", import.meta.url), {
      size: 2,
    });
    await expect(pool.run(1)).rejects.toMatchObject({ code: "INTERNAL" });
    await expect(pool.run(2)).rejects.toThrow("no batch worker thread could start");
    await pool.close();
  }, 60_000);
});
