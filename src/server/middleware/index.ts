/** Middleware of the web app that stands between the network and the routes. */
export { rateLimit, clientAddress, DEFAULT_RATE_LIMITS, type RateLimitOptions } from "./rate-limit.ts";
export { tokenBuckets, type BucketRule, type TokenBuckets } from "./token-bucket.ts";
