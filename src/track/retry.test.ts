import { describe, expect, it } from "vitest";
import { CounterweightError } from "../core/index.ts";
import { backoffDelay, seededRandom, withRetry } from "./index.ts";

const transient = () => new CounterweightError("UNREADABLE", "busy", { mayBeTransient: true });

describe("backoff", () => {
  it("doubles per retry within the cap, jittered into [50%, 100%]", () => {
    const random = seededRandom(7);
    for (let retry = 1; retry <= 8; retry++) {
      const full = Math.min(4000, 100 * 2 ** (retry - 1));
      const delay = backoffDelay(retry, { baseDelayMs: 100, maxDelayMs: 4000, random });
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
    }
  });

  it("is reproducible with the same seed and differs with another", () => {
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return [1, 2, 3, 4].map((retry) => backoffDelay(retry, { random }));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
});

describe("withRetry", () => {
  it("retries transient failures until one succeeds, sleeping the backoff delays", async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw transient();
        return "done";
      },
      { attempts: 4, sleep: async (ms) => void slept.push(ms), random: () => 0.999999 },
    );
    expect(result).toBe("done");
    expect(calls).toBe(3);
    expect(slept).toEqual([500, 1000]);
  });

  it("throws a permanent failure at once", async () => {
    let calls = 0;
    const permanent = new CounterweightError("NOT_FOUND", "gone");
    await expect(
      withRetry(
        async () => {
          calls++;
          throw permanent;
        },
        { sleep: async () => {} },
      ),
    ).rejects.toBe(permanent);
    expect(calls).toBe(1);
  });

  it("stops after the bounded number of attempts", async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw transient();
        },
        { attempts: 3, sleep: async () => {} },
      ),
    ).rejects.toThrow("busy");
    expect(calls).toBe(3);
  });
});
