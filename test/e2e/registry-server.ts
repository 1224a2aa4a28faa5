/**
 * The registry on a free loopback port with a temporary database, holding the bundled examples and
 * a few corpus agreements (two in one sector) and a second, edited version of Uber's terms, for the
 * browser journeys.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApp, importDocuments, seedExamples } from "../../src/server/index.ts";
import { editedUberTerms } from "../../src/server/testing/edited-terms.ts";
import { openStore } from "../../src/store/index.ts";

const CORPUS = "../shared/corpora/tos-unfair-clauses/en/xml";

export interface TestRegistry {
  url: string;
  close(): Promise<void>;
}

export async function startTestRegistry(): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "cw-registry-"));
  const store = await openStore(join(dir, "registry.db"));
  await seedExamples(store);
  for (const name of ["Uber", "Booking"])
    await importDocuments(store, `${CORPUS}/${name}.xml`, { sector: "Travel" });
  await importDocuments(store, `${CORPUS}/Spotify.xml`);
  // A later version of Uber's terms, for the "what changed" journey.
  writeFileSync(join(dir, "Uber.xml"), editedUberTerms(CORPUS));
  await importDocuments(store, join(dir, "Uber.xml"), { sector: "Travel" });
  const app = createApp({ store });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const running = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(running));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
