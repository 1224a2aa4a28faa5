/**
 * What a new registry starts with: the bundled fictional examples (when the store is empty) and the
 * seed of real agreements from Open Terms Archive (until the store records it has all of it).
 */
import { importSeed, seedIsImported, type SeedImportOptions, type SeedImportSummary } from "../jobs/index.ts";
import { readSeed, type LoadedSeed } from "../seed/index.ts";
import type { Store } from "../store/index.ts";
import { bundledExamples } from "./bundled-examples.ts";
import { importDocuments, type ImportSummary } from "./import-documents.ts";
import { seedSourcesFrom, type SeedSources } from "./seed-sources.ts";

/** `registry`: the examples and the real agreements; `examples`: the examples only; `none`: nothing. */
export const SEED_CHOICES = ["registry", "examples", "none"] as const;
export type SeedChoice = (typeof SEED_CHOICES)[number];

/**
 * Imports the bundled example agreements when the store holds no document yet; returns
 * undefined when it did.
 */
export async function seedExamples(store: Store): Promise<ImportSummary | undefined> {
  if ((await store.countDocuments()) > 0) return undefined;
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, failed: 0 };
  for (const file of await bundledExamples()) {
    const result = await importDocuments(store, file);
    for (const key of Object.keys(summary) as Array<keyof ImportSummary>) summary[key] += result[key];
  }
  return summary;
}

export interface SeedRegistryOptions extends Pick<SeedImportOptions, "workers" | "onStart" | "onVersion"> {
  /** The store's URL or path, which the import threads open for themselves. */
  database: string;
  /** Another seed file than the committed one (tests). */
  seedPath?: string;
}

export interface SeedRegistryResult {
  /** Set when the seed had to be imported (the first start, or one that was interrupted). */
  imported?: SeedImportSummary;
  sources: SeedSources;
}

/**
 * Imports the seed of real agreements unless the store already holds all of it (one lookup: a
 * later start costs reading the seed file, about a second, not an import).
 */
export async function seedRegistry(store: Store, options: SeedRegistryOptions): Promise<SeedRegistryResult> {
  const loaded: LoadedSeed = await readSeed(options.seedPath);
  const sources = seedSourcesFrom(loaded.seed);
  if (await seedIsImported(store, loaded)) return { sources };
  const imported = await importSeed(loaded, { ...options, store });
  return { imported, sources };
}
