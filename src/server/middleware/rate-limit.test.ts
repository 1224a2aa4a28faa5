import { describe, expect, it } from "vitest";
import { openStore } from "../../store/index.ts";
import { createApp } from "../app.tsx";
import { fakeAnalyzer } from "../testing/fake-analyzer.ts";
import { tokenBuckets } from "./index.ts";

/** What @hono/node-server passes as the env: the Node request, whose socket has the client's address. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

async function limitedApp() {
  let clock = 0;
  const app = createApp({
    store: await openStore(":memory:"),
    analyze: fakeAnalyzer,
    viewFlushMs: 0,
    rateLimit: { analyze: { burst: 2, perMinute: 6 }, other: { burst: 3, perMinute: 60 }, now: () => clock },
  });
  const analyze = (address: string) =>
    app.request(
      "/api/analyze",
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: "We may terminate your account." }),
      },
      from(address),
    );
  return { app, analyze, advance: (ms: number) => (clock += ms) };
}

describe("rate limiting", () => {
  it("answers 429 with Retry-After and a stable code once a client's analyses run out", async () => {
    const { analyze } = await limitedApp();
    expect((await analyze("203.0.113.7")).status).toBe(200);
    expect((await analyze("203.0.113.7")).status).toBe(200);
    const refused = await analyze("203.0.113.7");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("10");
    expect(refused.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).not.toContain("203.0.113.7");
  });

  it("keeps clients apart and refills with time", async () => {
    const { analyze, advance } = await limitedApp();
    await analyze("198.51.100.1");
    await analyze("198.51.100.1");
    expect((await analyze("198.51.100.1")).status).toBe(429);
    expect((await analyze("198.51.100.2")).status).toBe(200);
    advance(10_000);
    expect((await analyze("198.51.100.1")).status).toBe(200);
  });

  it("limits the analyse form with the analysis bucket and shows it an HTML page", async () => {
    const { app } = await limitedApp();
    const post = () =>
      app.request(
        "/analyze",
        { method: "POST", body: new URLSearchParams({ text: "x" }) },
        from("192.0.2.9"),
      );
    await post();
    await post();
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Content-Type")).toContain("text/html");
    expect(refused.headers.get("Retry-After")).not.toBeNull();
  });

  it("gives pages a separate, looser bucket", async () => {
    const { app, analyze } = await limitedApp();
    await analyze("192.0.2.10");
    await analyze("192.0.2.10");
    expect((await analyze("192.0.2.10")).status).toBe(429);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await app.request("/services", {}, from("192.0.2.10"))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("can be turned off", async () => {
    const app = createApp({ store: await openStore(":memory:"), analyze: fakeAnalyzer, rateLimit: false });
    for (let i = 0; i < 150; i++) expect((await app.request("/", {}, from("192.0.2.1"))).status).toBe(200);
  });
});

describe("token buckets", () => {
  it("remember a bounded number of clients, forgetting the longest idle", () => {
    const buckets = tokenBuckets({ burst: 1, perMinute: 1 }, 100, () => 0);
    for (let i = 0; i < 1000; i++) buckets.take(`client-${i}`);
    expect(buckets.size()).toBe(100);
    expect(buckets.take("client-999")).toBe(60);
    expect(buckets.take("client-0")).toBe(0);
  });
});
