/** The server as `counterweight serve` runs it: what it keeps when it stops. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.ts";
import { startServer } from "./start-server.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("startServer", () => {
  it("writes the page views still in memory when it closes", async () => {
    dir = mkdtempSync(join(tmpdir(), "cw-close-"));
    const database = join(dir, "views.db");
    const server = await startServer({ host: "127.0.0.1", port: 0, database, workers: 0, seed: "examples" });
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.url}/services/driftwood/terms`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    // Closed at once: the views are still in the one-second batch.
    await server.close();
    const store = await openStore(database);
    try {
      const views = await store.mostViewed({ since: new Date(Date.now() - 3_600_000), limit: 10 });
      expect(views).toContainEqual({ path: "/services/driftwood/terms", views: 3 });
    } finally {
      await store.close();
    }
  });
});
