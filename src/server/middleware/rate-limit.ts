/**
 * Rate limiting per client, keyed by the socket's remote address. The address is used only as a
 * key in memory: never logged, never stored. Analyses (POST /api/analyze and the analyse form)
 * have their own, stricter bucket. Forwarded-for headers are ignored, because any client can forge
 * them; behind a reverse proxy, limit there instead (docs/security.md).
 */
import type { Context, MiddlewareHandler } from "hono";
import { tokenBuckets, type BucketRule } from "./token-bucket.ts";

export interface RateLimitOptions {
  /** POST /api/analyze and POST /analyze. */
  analyze: BucketRule;
  /** Every other request. */
  other: BucketRule;
  /** Clients remembered at most, per bucket. */
  maxClients: number;
  /** The clock (tests). */
  now?: () => number;
}

export const DEFAULT_RATE_LIMITS: Readonly<RateLimitOptions> = Object.freeze({
  analyze: { burst: 10, perMinute: 20 },
  other: { burst: 120, perMinute: 600 },
  maxClients: 10_000,
});

/** The remote address of the request's socket under @hono/node-server; undefined in-process (`app.request`). */
export function clientAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function isAnalysis(c: Context): boolean {
  return c.req.method === "POST" && (c.req.path === "/api/analyze" || c.req.path === "/analyze");
}

/**
 * Refuses a client over its rate with `onLimited` (which should answer 429 with Retry-After).
 * Requests with no socket (in-process calls) have no client to limit and pass.
 * @example app.use(rateLimit({ ...DEFAULT_RATE_LIMITS, analyze: { burst: 5, perMinute: 5 } }, tooMany));
 */
export function rateLimit(
  options: RateLimitOptions,
  onLimited: (c: Context, retryAfterSeconds: number) => Response | Promise<Response>,
): MiddlewareHandler {
  const analyses = tokenBuckets(options.analyze, options.maxClients, options.now);
  const others = tokenBuckets(options.other, options.maxClients, options.now);
  return async (c, next) => {
    const address = clientAddress(c);
    if (address !== undefined) {
      const wait = (isAnalysis(c) ? analyses : others).take(address);
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        return onLimited(c, wait);
      }
    }
    await next();
  };
}
