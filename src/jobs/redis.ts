/** Connections to Redis, the queue's home: one URL, checked once with a clear message. */
import { Redis } from "ioredis";
import { CounterweightError } from "../core/index.ts";

/** Where the queue lives unless `--redis` or `REDIS_URL` says otherwise. */
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** The URL with its password hidden, for messages. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/**
 * Opens a connection BullMQ can use (`maxRetriesPerRequest: null`, as its workers require) after
 * checking the server answers, so a wrong URL fails at once instead of retrying forever.
 */
export async function connectRedis(url: string = DEFAULT_REDIS_URL): Promise<Redis> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new CounterweightError(
      "UNREADABLE",
      `${redactRedisUrl(url)}: cannot connect to Redis (${(error as Error).message || "refused"}); check --redis or REDIS_URL and that the server is running`,
      { userFault: true, mayBeTransient: true, cause: error },
    );
  } finally {
    probe.disconnect();
  }
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  // Errors while connected are retried by ioredis and surface through BullMQ; do not crash on them.
  connection.on("error", () => {});
  return connection;
}
