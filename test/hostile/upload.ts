/**
 * Hostile uploads for the HTTP API: each corpus case as a multipart file, plus bodies that attack
 * the request itself (malformed JSON, binary under a JSON type, deep HTML as JSON text).
 */
import { expect } from "vitest";
import type { HostileCase } from "./corpus.ts";

export interface HostileRequest {
  id: string;
  init(): RequestInit;
  /** Acceptable outcomes: "ok" for a 2xx report, else the error code. */
  expected: readonly string[];
}

/** The case as a multipart upload named by its file name. Limits raised on the CLI stay at their defaults here. */
export function uploadOf(hostile: HostileCase): HostileRequest {
  return {
    id: hostile.id,
    init() {
      const form = new FormData();
      form.set("file", new File([hostile.bytes() as Uint8Array<ArrayBuffer>], hostile.fileName));
      return { method: "POST", body: form };
    },
    expected: hostile.cliFlags ? [...hostile.expected, "TOO_LARGE"] : hostile.expected,
  };
}

const json = (body: string | Uint8Array<ArrayBuffer>): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body,
});

/** Bodies that are hostile as requests, not as documents. */
export const HOSTILE_BODIES: HostileRequest[] = [
  { id: "json-malformed", init: () => json('{"text": "We may'), expected: ["USAGE"] },
  { id: "json-binary", init: () => json(new Uint8Array(4096).fill(0xff)), expected: ["USAGE"] },
  { id: "json-not-object", init: () => json("[1,2,3]"), expected: ["USAGE"] },
  {
    id: "json-extra-field",
    init: () => json('{"text":"x","__proto__":{"polluted":1}}'),
    expected: ["USAGE"],
  },
  {
    id: "json-deep-array",
    init: () => json(`${"[".repeat(200_000)}${"]".repeat(200_000)}`),
    expected: ["USAGE"],
  },
  {
    id: "json-deep-html",
    init: () => json(JSON.stringify({ text: `${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}` })),
    expected: ["TOO_DEEP", "ok"],
  },
  {
    id: "json-oversized",
    init: () => json(JSON.stringify({ text: "a".repeat(25 * 1024 * 1024) })),
    expected: ["TOO_LARGE"],
  },
  {
    id: "multipart-no-file",
    init: () => ({ method: "POST", body: new URLSearchParams({ text: "hello" }) }),
    expected: ["UNSUPPORTED_TYPE", "USAGE"],
  },
  {
    id: "multipart-broken",
    init: () => ({
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
    }),
    expected: ["USAGE", "EMPTY_INPUT", "ok"],
  },
  {
    id: "octet-stream",
    init: () => ({ method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: "abc" }),
    expected: ["UNSUPPORTED_TYPE"],
  },
];

/** The outcome as a code ("ok" for 2xx), after checking the response is never a 5xx and is well formed. */
export async function outcomeOf(response: Response): Promise<string> {
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  if (response.status < 300) return "ok";
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(body.error?.code).toMatch(/^[A-Z_]+$/);
  expect(body.error?.message).not.toMatch(/\n|\s+at\s.+:\d+/);
  return body.error!.code!;
}
