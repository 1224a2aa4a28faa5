/**
 * Security headers as a browser receives them: over a real socket, where responses take the node
 * server's fast path (the headers are set on the finished response, not by rebuilding it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "./security-headers.ts";
import { startServer, type RunningServer } from "./start-server.ts";

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cw-headers-"));
  server = await startServer({
    host: "127.0.0.1",
    port: 0,
    database: join(dir, "h.db"),
    workers: 0,
    seed: "examples",
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = { "Content-Type": "application/json" };

describe("security headers over a socket", () => {
  it("are on pages, assets, API answers and errors, with the body intact", async () => {
    const requests: Array<[string, RequestInit?]> = [
      ["/"],
      ["/services/driftwood/terms"],
      ["/assets/site.css"],
      ["/api/services"],
      ["/missing"],
      [
        "/api/analyze",
        { method: "POST", headers: json, body: JSON.stringify({ text: "We may end this at any time." }) },
      ],
      ["/api/analyze", { method: "POST", headers: json, body: '{"text": "We may' }],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(server.url + path, init);
      expect(response.headers.get("Content-Security-Policy"), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(response.headers.get("X-Frame-Options"), path).toBe("DENY");
      expect(response.headers.get("Referrer-Policy"), path).toBe("no-referrer");
      expect(response.headers.get("Cross-Origin-Opener-Policy"), path).toBe("same-origin");
      const body = await response.text();
      expect(body.length, path).toBeGreaterThan(0);
      expect(Number(response.headers.get("Content-Length") ?? body.length), path).toBe(
        Buffer.byteLength(body),
      );
    }
  });
});
