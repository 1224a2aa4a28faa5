import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FetchError, fetchSource, fetchWithRetry, seededRandom, type FetchOptions } from "./index.ts";

/** A local server on 127.0.0.1 with one route per behaviour under test; counts the requests it gets. */
let server: Server;
let origin: string;
let hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    hits[path] = (hits[path] ?? 0) + 1;
    const redirect = /^\/hop\/(\d+)$/.exec(path);
    if (redirect) {
      const left = Number(redirect[1]);
      response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : "/ok" });
      return response.end();
    }
    switch (path) {
      case "/ok":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(`<title>Terms</title><p>hello ${request.headers.host}</p>`);
      case "/big":
        // No content-length: the limit must hold while streaming.
        response.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 100; i++) response.write("x".repeat(1024));
        return response.end();
      case "/big-declared":
        response.writeHead(200, { "content-type": "text/plain", "content-length": String(1024 * 1024) });
        return response.end("x".repeat(1024 * 1024));
      case "/gzip-bomb":
        response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
        return response.end(gzipSync(Buffer.alloc(2 * 1024 * 1024)));
      case "/gzip":
        response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
        return response.end(gzipSync("compressed terms"));
      case "/slow":
        response.writeHead(200, { "content-type": "text/plain" });
        response.write("first part…");
        return; // never ends
      case "/flaky":
        if (hits[path]! < 2) {
          response.writeHead(503);
          return response.end("busy");
        }
        response.writeHead(200, { "content-type": "text/plain" });
        return response.end("back");
      case "/missing":
        response.writeHead(404);
        return response.end();
      case "/to-private":
        response.writeHead(301, { location: "http://10.1.2.3/terms" });
        return response.end();
      case "/to-file":
        response.writeHead(301, { location: "file:///etc/passwd" });
        return response.end();
      default:
        response.writeHead(500);
        return response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits = {};
});

const local: FetchOptions = { allowLoopback: true, timeoutMs: 2000 };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("fetchSource", () => {
  it("fetches a page with its content type and final URL", async () => {
    const result = await fetchSource(`${origin}/ok`, local);
    expect(result.status).toBe(200);
    expect(result.contentType).toBe("text/html; charset=utf-8");
    expect(result.finalUrl).toBe(`${origin}/ok`);
    expect(new TextDecoder().decode(result.bytes)).toContain("hello 127.0.0.1");
  });

  it("follows redirects up to the cap and reports the final URL", async () => {
    const result = await fetchSource(`${origin}/hop/2`, { ...local, maxRedirects: 3 });
    expect(result.finalUrl).toBe(`${origin}/ok`);
  });

  it("stops a redirect chain over the cap, permanently", async () => {
    const error = await failure(fetchSource(`${origin}/hop/5`, { ...local, maxRedirects: 3 }));
    expect(error.reason).toBe("too-many-redirects");
    expect(error.mayBeTransient).toBe(false);
    expect(hits["/ok"]).toBeUndefined();
  });

  it("cuts off a streamed body past the limit", async () => {
    const error = await failure(fetchSource(`${origin}/big`, { ...local, maxBytes: 10 * 1024 }));
    expect(error.reason).toBe("too-large");
    expect(error.code).toBe("TOO_LARGE");
    expect(error.mayBeTransient).toBe(false);
    expect(error.message).toMatch(/larger than 10 KB/);
  });

  it("refuses a declared length over the limit and a compression bomb", async () => {
    expect((await failure(fetchSource(`${origin}/big-declared`, { ...local, maxBytes: 1000 }))).reason).toBe(
      "too-large",
    );
    expect((await failure(fetchSource(`${origin}/gzip-bomb`, { ...local, maxBytes: 100_000 }))).reason).toBe(
      "too-large",
    );
  });

  it("decompresses gzip bodies", async () => {
    const result = await fetchSource(`${origin}/gzip`, local);
    expect(new TextDecoder().decode(result.bytes)).toBe("compressed terms");
  });

  it("times out a slow server, as a transient failure", async () => {
    const started = Date.now();
    const error = await failure(fetchSource(`${origin}/slow`, { ...local, timeoutMs: 300 }));
    expect(error.reason).toBe("timeout");
    expect(error.mayBeTransient).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("refuses a loopback address unless allowed, without connecting", async () => {
    const error = await failure(fetchSource(`${origin}/ok`, { allowLoopback: false }));
    expect(error.reason).toBe("address-refused");
    expect(error.mayBeTransient).toBe(false);
    expect(error.message).toMatch(/loopback address 127\.0\.0\.1/);
    expect(hits).toEqual({});
  });

  it("refuses a host name when any of its addresses is private", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "fd00::1", family: 6 },
    ];
    const error = await failure(fetchSource("http://mixed.test/terms", { resolve }));
    expect(error.reason).toBe("address-refused");
  });

  it("connects to the checked address, not a second DNS answer", async () => {
    const port = (server.address() as AddressInfo).port;
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const result = await fetchSource(`http://terms.test:${port}/ok`, { ...local, resolve });
    expect(new TextDecoder().decode(result.bytes)).toContain(`hello terms.test:${port}`);
  });

  it("checks every redirect hop: a redirect to a private address or another scheme is refused", async () => {
    expect((await failure(fetchSource(`${origin}/to-private`, local))).reason).toBe("address-refused");
    expect((await failure(fetchSource(`${origin}/to-file`, local))).reason).toBe("bad-url");
  });

  it("rejects URLs that are not http or https", async () => {
    expect((await failure(fetchSource("ftp://example.com/terms"))).reason).toBe("bad-url");
    expect((await failure(fetchSource("not a url"))).reason).toBe("bad-url");
  });

  it("classifies 404 as permanent and 503 as transient", async () => {
    const missing = await failure(fetchSource(`${origin}/missing`, local));
    expect([missing.reason, missing.status, missing.code, missing.mayBeTransient]).toEqual([
      "http-status",
      404,
      "NOT_FOUND",
      false,
    ]);
    const busy = await failure(fetchSource(`${origin}/flaky`, local));
    expect([busy.status, busy.mayBeTransient]).toEqual([503, true]);
  });
});

describe("fetchWithRetry", () => {
  const noWait = { sleep: async () => {}, random: seededRandom(1) };

  it("retries a 503 and returns the later success", async () => {
    const delays: number[] = [];
    const result = await fetchWithRetry(`${origin}/flaky`, {
      ...local,
      ...noWait,
      onRetry: (_error, _attempt, delay) => delays.push(delay),
    });
    expect(new TextDecoder().decode(result.bytes)).toBe("back");
    expect(hits["/flaky"]).toBe(2);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(250);
    expect(delays[0]).toBeLessThanOrEqual(500);
  });

  it("does not retry a 404", async () => {
    const error = await failure(fetchWithRetry(`${origin}/missing`, { ...local, ...noWait, attempts: 5 }));
    expect(error.status).toBe(404);
    expect(hits["/missing"]).toBe(1);
  });

  it("gives up after the last attempt", async () => {
    const error = await failure(fetchWithRetry(`${origin}/unknown`, { ...local, ...noWait, attempts: 3 }));
    expect(error.status).toBe(500);
    expect(hits["/unknown"]).toBe(3);
  });
});
