/**
 * Retries of transient fetch failures: exponential backoff with jitter, a bounded number of
 * attempts, and a random source and a sleep that tests (and a scheduler) can inject.
 */
import { isCounterweightError } from "../core/index.ts";
import { fetchSource, type FetchOptions, type FetchResult } from "./fetch.ts";
import { isFetchError } from "./fetch-error.ts";

export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** Delay before the first retry, before jitter (default 500 ms); doubles each retry. */
  baseDelayMs?: number;
  /** Longest delay between attempts, Retry-After included (default 30 s). */
  maxDelayMs?: number;
  /** A number in [0, 1); default `Math.random`. Pass `seededRandom(seed)` for a reproducible run. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Delay before retry number `retry` (1 = first retry): `base · 2^(retry-1)`, capped, then scaled
 * into [50%, 100%] by the random source ("equal jitter": spread out, never immediate).
 */
export function backoffDelay(retry: number, options: RetryOptions = {}): number {
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 30_000;
  const exponential = Math.min(cap, base * 2 ** (retry - 1));
  const random = options.random ?? Math.random;
  return Math.round(exponential * (0.5 + 0.5 * random()));
}

/** Runs `task` until it succeeds, fails permanently (`mayBeTransient` false) or runs out of attempts. */
export async function withRetry<T>(
  task: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      const transient = isCounterweightError(error) && error.mayBeTransient;
      if (!transient || attempt >= attempts) throw error;
      const askedFor = isFetchError(error) ? (error.retryAfterMs ?? 0) : 0;
      const delay = Math.min(
        options.maxDelayMs ?? 30_000,
        Math.max(backoffDelay(attempt, options), askedFor),
      );
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}

/**
 * `fetchSource` with retries of transient failures (timeouts, resets, 5xx, 429); a permanent
 * failure (4xx, refused address, too large) is thrown at once.
 *
 * @example
 * const page = await fetchWithRetry(url, { attempts: 4, random: seededRandom(42) });
 */
export function fetchWithRetry(url: string, options: FetchOptions & RetryOptions = {}): Promise<FetchResult> {
  return withRetry(() => fetchSource(url, options), options);
}

/** A small seeded generator (mulberry32) of numbers in [0, 1), for reproducible jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
