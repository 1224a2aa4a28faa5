/**
 * Finds the Redis server the queue tests may use: `REDIS_URL`, else 127.0.0.1:6379. Locally a
 * missing server skips the suite with a notice; under `CI=true` it fails.
 */
import { connectRedis, DEFAULT_REDIS_URL, redactRedisUrl } from "../redis.ts";

export async function reachableRedis(): Promise<string | undefined> {
  const url = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  try {
    (await connectRedis(url)).disconnect();
    return url;
  } catch (error) {
    const message = `Redis not reachable at ${redactRedisUrl(url)} (${(error as Error).message}): skipping`;
    if (process.env.CI === "true") throw new Error(`${message} is not allowed under CI=true`);
    console.warn(`${message} (run scripts/start-services.sh to start one)`);
    return undefined;
  }
}
