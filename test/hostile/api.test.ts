/**
 * Issue 7's bar for the API: every hostile input uploaded to POST /api/analyze gets a 2xx or a 4xx
 * with a stable error code, never a 5xx, and the app still answers afterwards. In-process through
 * `app.request()` with the real pipeline; `api-server.slow.test.ts` repeats it over a socket.
 */
import type { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/index.ts";
import { openStore } from "../../src/store/index.ts";
import { hostileCases } from "./corpus.ts";
import { HOSTILE_BODIES, outcomeOf, uploadOf, type HostileRequest } from "./upload.ts";

let app: Hono;
const internalErrors: unknown[] = [];
beforeAll(async () => {
  app = createApp({
    store: await openStore(":memory:"),
    onInternalError: (error) => internalErrors.push(error),
  });
});

const requests: HostileRequest[] = [...hostileCases().map(uploadOf), ...HOSTILE_BODIES];

describe("hostile uploads to POST /api/analyze", () => {
  for (const request of requests) {
    it(request.id, { timeout: 60_000 }, async () => {
      const outcome = await outcomeOf(await app.request("/api/analyze", request.init()));
      expect(request.expected).toContain(outcome);
    });
  }

  it("still answers afterwards, and nothing was an internal error", async () => {
    expect((await app.request("/")).status).toBe(200);
    const ok = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "We may terminate your account at any time without notice." }),
    });
    expect(ok.status).toBe(200);
    expect(internalErrors).toEqual([]);
  });
});
