import { CounterweightError, type ErrorCode } from "../core/index.ts";

/** Why a fetch failed; stable, for callers that decide what to do next (retry, report, give up). */
export type FetchFailure =
  | "bad-url" // not an http(s) URL
  | "address-refused" // resolves to a private, loopback, link-local, multicast or reserved address
  | "dns" // the host name does not resolve
  | "network" // connection refused or reset, socket error
  | "timeout" // over the total time limit
  | "too-many-redirects"
  | "too-large" // body over the byte limit
  | "http-status" // the server answered with an error status
  | "cancelled"; // the caller's signal aborted

/**
 * A failed fetch. `mayBeTransient` is true when the same fetch may succeed later (timeouts,
 * connection resets, 5xx, 429), which is what `fetchWithRetry` retries.
 */
export class FetchError extends CounterweightError {
  readonly reason: FetchFailure;
  /** The HTTP status, for `http-status` failures. */
  readonly status?: number;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(
    reason: FetchFailure,
    message: string,
    options: { transient: boolean; status?: number; retryAfterMs?: number; cause?: unknown },
  ) {
    super(codeFor(reason, options.status), message, {
      userFault: true,
      mayBeTransient: options.transient,
      cause: options.cause,
    });
    this.name = "FetchError";
    this.reason = reason;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Maps a failure onto the project's stable error codes (no fetch-specific codes exist yet). */
function codeFor(reason: FetchFailure, status: number | undefined): ErrorCode {
  switch (reason) {
    case "bad-url":
    case "address-refused":
      return "USAGE";
    case "too-large":
      return "TOO_LARGE";
    case "timeout":
      return "TIME_BUDGET";
    case "http-status":
      return status === 404 || status === 410 ? "NOT_FOUND" : "UNREADABLE";
    default:
      return "UNREADABLE";
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
