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
    seed: false,
    rateLimit: false,
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("hostile uploads to a running server", () => {
  it("never answers 5xx and keeps serving", { timeout: 300_000 }, async () => {
    const outcomes: Record<string, string> = {};
    for (const request of [...hostileCases().map(uploadOf), ...HOSTILE_BODIES]) {
      const outcome = await outcomeOf(await fetch(`${server.url}/api/analyze`, request.init()));
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
      seed: false,
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
