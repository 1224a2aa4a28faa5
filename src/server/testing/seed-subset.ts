/**
 * A registry holding a few sectors of the real seed (small agreements, so a test imports them in
 * seconds), for the tests and browser journeys that need real services, versions and alternatives.
 */
import type { Hono } from "hono";
import { importSeed, type SeedImportSummary } from "../../jobs/index.ts";
import { readSeed, type LoadedSeed } from "../../seed/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { createApp } from "../app.tsx";
import { seedSourcesFrom } from "../seed-sources.ts";

/** Eight services, seventeen captures, about 270 KB of text. */
export const SMALL_SECTOR = "Privacy and security";

export interface SeededSubset {
  store: Store;
  app: Hono;
  loaded: LoadedSeed;
  summary: SeedImportSummary;
}

/** Imports the seed's services of `sectors` into the store at `database` (SQLite path or URL). */
export async function seedSubset(
  database: string,
  sectors: readonly string[] = [SMALL_SECTOR],
  store?: Store,
): Promise<SeededSubset> {
  const loaded = await readSeed();
  const services = loaded.seed.services.filter((s) => sectors.includes(s.sector)).map((s) => s.name);
  const opened = store ?? (await openStore(database));
  const summary = await importSeed(loaded, { database, store: opened, services, workers: 2 });
  const app = createApp({ store: opened, seedSources: seedSourcesFrom(loaded.seed), rateLimit: false });
  return { store: opened, app, loaded, summary };
}
