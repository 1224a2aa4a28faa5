/** Importing the seed: every version in capture order with its real date, resumable, into either store. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSeed } from "../seed/index.ts";
import { openStore, slugify, type Store } from "../store/index.ts";
import { openTestPostgresStore, reachableTestDatabase } from "../store/postgres/test-database.ts";
import { importSeed, seedIsImported } from "./index.ts";

const { seed, digest } = await readSeed();
const SECTOR = "Privacy and security";
const services = seed.services.filter((s) => s.sector === SECTOR);
const captures = services.reduce((n, s) => n + s.documents.reduce((m, d) => m + d.versions.length, 0), 0);
/** A seed of one small sector: importing it "in full" records its digest like the real one. */
const small = { seed: { ...seed, services }, digest: `test-${digest}` };

const dir = mkdtempSync(join(tmpdir(), "cw-seed-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function suite(name: string, open: () => Promise<{ store: Store; database: string }>) {
  describe(`importSeed into ${name}`, () => {
    it("stores every version with its capture date, resumes an interrupted import, then records the seed", async () => {
      const { store, database } = await open();
      try {
        // An import stopped after three services, resumed with all of them.
        const first = await importSeed(small, {
          database,
          store,
          workers: 2,
          services: services.slice(0, 3).map((s) => s.name),
        });
        expect(first.failed).toBe(0);
        expect(await seedIsImported(store, small)).toBe(false);
        const resumed = await importSeed(small, { database, store, workers: 2 });
        expect(resumed.failed).toBe(0);
        expect(resumed.created + resumed.changed + resumed.unchanged).toBe(captures);
        expect(resumed.skipped).toBeGreaterThanOrEqual(first.created + first.changed);
        expect(resumed.created).toBe(services.length - 3);
        expect(await seedIsImported(store, small)).toBe(true);

        for (const service of services) {
          const stored = await store.getService(slugify(service.name));
          expect(stored?.sector).toBe(SECTOR);
          for (const document of service.documents) {
            const versions = stored!.documents.find((d) => d.documentType === document.type)!.versions;
            // Newest first in the store; each date one of the archive's capture dates.
            const dates = versions.map((v) => v.capturedAt.slice(0, 10));
            expect(dates[0]).toBe(document.versions.at(-1)!.capturedAt);
            for (const date of dates) expect(document.versions.map((v) => v.capturedAt)).toContain(date);
          }
        }
        // Nothing left to do: a repeat analyses nothing.
        const again = await importSeed(small, { database, store, workers: 1 });
        expect(again.skipped).toBe(captures);
      } finally {
        await store.close();
      }
    });
  });
}

suite("SQLite", async () => {
  const database = join(dir, "seed.db");
  return { store: await openStore(database), database };
});

const url = await reachableTestDatabase();
if (url) suite("PostgreSQL", async () => ({ store: await openTestPostgresStore(url), database: url }));
