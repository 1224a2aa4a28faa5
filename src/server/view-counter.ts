/**
 * Page views, counted in memory and written in batches: a busy page costs one upsert per second,
 * not one per view. Only the path and the hour are kept: no address, cookie or user agent.
 */
import type { Store } from "../store/index.ts";

/** How long views are gathered in memory before one write. */
export const VIEW_FLUSH_MS = 1000;

export interface ViewCounter {
  count(path: string): void;
  /** Writes what is pending now (tests, shutdown). */
  flush(): Promise<void>;
}

export function viewCounter(store: Store, flushMs: number): ViewCounter {
  let pending = new Map<string, { path: string; at: Date; views: number }>();
  let timer: NodeJS.Timeout | undefined;

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = [...pending.values()];
    pending = new Map();
    // Popularity is not worth failing a page for: a lost batch only makes a count a little low.
    for (const { path, at, views } of batch) await store.recordView(path, at, views).catch(() => undefined);
  }

  return {
    count(path) {
      const at = new Date();
      const key = `${path}|${Math.floor(at.getTime() / 3_600_000)}`;
      const entry = pending.get(key);
      if (entry) entry.views += 1;
      else pending.set(key, { path, at, views: 1 });
      if (flushMs <= 0) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), flushMs).unref();
    },
    flush,
  };
}
