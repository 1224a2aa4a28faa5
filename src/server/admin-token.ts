/** The write guard: a bearer token from COUNTERWEIGHT_ADMIN_TOKEN, compared in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * True when `presented` equals `expected`. Both are hashed first so the comparison takes the same
 * time whatever the lengths, and `timingSafeEqual` never sees buffers of different sizes.
 * With no token configured, every write is refused.
 */
export function tokenMatches(expected: string | undefined, presented: string | undefined): boolean {
  if (!expected || presented === undefined) return false;
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(presented).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}
