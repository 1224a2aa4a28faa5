/** Security headers on every response: no inline script anywhere, no framing, no referrer, no sniffing. */
import type { MiddlewareHandler } from "hono";

/** The only scripts and styles are files served by the app itself; pages work without script at all. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the finished response itself. `c.header` after the handler would rebuild the
    // response around a stream of its body: a copy of every page and report, then a slow write.
    const headers = c.res.headers;
    try {
      for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    } catch {
      // Immutable headers (a response made elsewhere): rebuilding it is the only way.
      for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    }
  };
}
