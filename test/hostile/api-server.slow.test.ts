/**
 * The hostile uploads once more, over a real socket to the server `counterweight serve` runs (worker
 * threads, body limits, rate limiting): never a 5xx, and the server still answers afterwards.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { hostileCases } from "./corpus.ts";
import { HOSTILE_BODIES, outcomeOf, uploadOf } from "./upload.ts";

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cw-hostile-server-"));
  // Limiting is off here so that every input reaches the pipeline; the limiter is checked below.
  server = await startServer({
    host: "127.0.0.1",
    port: 0,
    database: join(dir, "db.sqlite"),
    seed: "none",
    rateLimit: false,
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** POSTs, turning a connection reset (and only that) into "reset". */
async function postOrReset(url: string, init: RequestInit): Promise<Response | "reset"> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNRESET" || code === "EPIPE") return "reset";
    throw error;
  }
}

describe("hostile uploads to a running server", () => {
  it("never answers 5xx and keeps serving", { timeout: 300_000 }, async () => {
    const outcomes: Record<string, string> = {};
    for (const request of [...hostileCases().map(uploadOf), ...HOSTILE_BODIES]) {
      const init = request.init();
      const response = await postOrReset(`${server.url}/api/analyze`, init).then(async (first) => {
        if (first !== "reset") return first;
        // Generating an input can take longer than the server's keep-alive timeout, and the client
        // may reuse the pooled connection just as the server closes it; one retry tells that race
        // apart from a real reset (a crash would reset again).
        return postOrReset(`${server.url}/api/analyze`, request.init());
      });
      if (response === "reset" && !request.expected.includes("TOO_LARGE")) {
        throw new Error(`${request.id}: the connection was reset twice`);
      }
      // A body over the limit is answered 413 and then not read: the server drains at most 64 MB or
      // 500 ms of it and closes the connection, so a client still sending may see the reset first.
      const outcome = response === "reset" ? "TOO_LARGE" : await outcomeOf(response);
      outcomes[request.id] = outcome;
      expect(request.expected, request.id).toContain(outcome);
    }
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(Object.keys(outcomes).length).toBeGreaterThan(40);
  });

  it("limits a client's analyses over a real socket", { timeout: 60_000 }, async () => {
    const limited = await startServer({
      host: "127.0.0.1",
      port: 0,
      database: join(dir, "limited.sqlite"),
      seed: "none",
      workers: 0,
      rateLimit: { analyze: { burst: 2, perMinute: 1 } },
    });
    try {
      const post = () =>
        fetch(`${limited.url}/api/analyze`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ text: "We may terminate your account." }),
        });
      const statuses = [(await post()).status, (await post()).status];
      const refused = await post();
      expect([...statuses, refused.status]).toEqual([200, 200, 429]);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
      expect((await fetch(`${limited.url}/services`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
