/**
 * Token buckets per client, held only in memory. A client's bucket starts full (`burst` tokens),
 * refills at `perMinute`, and each request takes one. The map is bounded: past `maxClients` the
 * longest-idle client is forgotten (a forgotten client starts full again, which errs towards serving).
 */

export interface BucketRule {
  /** Requests a client may make at once. */
  burst: number;
  /** Tokens added per minute (the sustained rate). */
  perMinute: number;
}

export interface TokenBuckets {
  /** Takes a token for `key`: 0 when allowed, else the whole seconds until one is free. */
  take(key: string): number;
  /** Clients currently remembered (for tests of the bound). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * @example
 * const buckets = tokenBuckets({ burst: 2, perMinute: 6 }, 1000);
 * buckets.take("a"); buckets.take("a"); // 0, 0
 * buckets.take("a"); // 10: wait ten seconds
 */
export function tokenBuckets(
  rule: BucketRule,
  maxClients: number,
  now: () => number = Date.now,
): TokenBuckets {
  const buckets = new Map<string, Bucket>();
  const perMs = rule.perMinute / 60_000;
  return {
    take(key) {
      const time = now();
      const previous = buckets.get(key);
      const tokens = previous
        ? Math.min(rule.burst, previous.tokens + (time - previous.at) * perMs)
        : rule.burst;
      // Re-inserting keeps the map in order of last use, so the first key is the longest idle.
      buckets.delete(key);
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: time });
        return 0;
      }
      buckets.set(key, { tokens, at: time });
      return perMs > 0 ? Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) : 3600;
    },
    size: () => buckets.size,
  };
}
