/** The server as `counterweight serve` runs it: what it keeps when it stops. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSeed } from "../seed/index.ts";
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

  it("fills a new registry from the seed on its first start, with progress, and not again on the next", async () => {
    dir = mkdtempSync(join(tmpdir(), "cw-first-start-"));
    const { seed } = await readSeed();
    const small = { ...seed, services: seed.services.filter((s) => s.sector === "Privacy and security") };
    const seedPath = join(dir, "seed.json.gz");
    writeFileSync(seedPath, gzipSync(JSON.stringify(small)));
    const database = join(dir, "registry.db");
    const captures = small.services.reduce(
      (n, s) => n + s.documents.reduce((m, d) => m + d.versions.length, 0),
      0,
    );
    let announced = 0;
    let ticks = 0;
    const options = {
      host: "127.0.0.1",
      port: 0,
      database,
      workers: 0,
      seedPath,
      onSeedStart: (versions: number) => (announced = versions),
      onSeedVersion: () => (ticks += 1),
    };
    const first = await startServer(options);
    try {
      expect(announced).toBe(captures);
      expect(ticks).toBe(captures);
      expect(first.seedImport?.failed).toBe(0);
      const services = await (await fetch(`${first.url}/services`)).text();
      for (const s of small.services) expect(services).toContain(`>${s.name}</strong>`);
      // The fictional examples stay, beside the real agreements.
      expect(services).toContain(">Driftwood</strong>");
    } finally {
      await first.close();
    }
    ticks = 0;
    const second = await startServer(options);
    try {
      expect(second.seedImport).toBeUndefined();
      expect(ticks).toBe(0);
      const page = await fetch(`${second.url}/services/bitwarden`);
      expect(await page.text()).toContain("Open Terms Archive");
    } finally {
      await second.close();
    }
  });
});
