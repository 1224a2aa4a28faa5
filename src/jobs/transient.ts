/** Which failures a retry can fix: the queue retries these with backoff and parks the rest. */
import { isCounterweightError } from "../core/index.ts";

/** Node socket errors and PostgreSQL SQLSTATE classes that mean "unavailable now", not "wrong". */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "40001", // serialization failure
  "40P01", // deadlock detected
  "53300", // too many connections
  "57P01", // admin shutdown
  "57P03", // cannot connect now (starting up)
]);

/**
 * True when the same work may succeed later: a store or Redis that is down, busy or restarting.
 * Bad input is never transient, whatever the cause chain says.
 */
export function mayBeTransient(error: unknown): boolean {
  if (isCounterweightError(error)) return error.mayBeTransient;
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (
      typeof code === "string" &&
      (TRANSIENT_CODES.has(code) || /^(08|SQLITE_BUSY|SQLITE_LOCKED)/.test(code))
    )
      return true;
    if (/connection terminated|connection timeout|Connection is closed/i.test(String((e as Error).message)))
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** True when the input itself is at fault (a corrupt or unsupported file): retrying cannot help. */
export function isUserFault(error: unknown): boolean {
  return isCounterweightError(error) && error.userFault && !error.mayBeTransient;
}

/**
 * True for a write that lost a race with another writer (SQLite's stale-snapshot BUSY, PostgreSQL
 * serialisation failures and deadlocks): running the same transaction again at once succeeds.
 */
export function isWriteConflict(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^(SQLITE_BUSY|SQLITE_LOCKED|40001$|40P01$)/.test(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
