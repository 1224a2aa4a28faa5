/**
 * The bundled seed: real agreements with every captured version, their capture dates, where each
 * text came from and the licence credit. Texts only, never analyses: the registry analyses them with
 * the current model on import, so a model change reaches every seeded agreement.
 */
import { z } from "zod";

/** Refused on mismatch, like the model file: a seed of another format is rebuilt, not guessed at. */
export const SEED_FORMAT = "counterweight-seed";
export const SEED_VERSION = 1;

const versionSchema = z
  .object({
    /** The capture's date, `YYYY-MM-DD` (the archive's commit author date). */
    capturedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The archive repository, commit and path the text was taken from, for the credit and the link. */
    repo: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    path: z.string().min(1),
    text: z.string().min(1),
  })
  .strict();

const documentSchema = z
  .object({
    /** The document type exactly as the archive names it, e.g. `Terms of Service`, `Developer Terms`. */
    type: z.string().min(1),
    /** Who reads it, as the archive's manifest says: consumer, business or developer. */
    party: z.string().min(1),
    /** Oldest first: the order they are imported in, so the last is the current version. */
    versions: z.array(versionSchema).min(1),
  })
  .strict();

const serviceSchema = z
  .object({
    name: z.string().min(1),
    sector: z.string().min(1),
    documents: z.array(documentSchema).min(1),
  })
  .strict();

export const seedSchema = z
  .object({
    format: z.literal(SEED_FORMAT),
    version: z.literal(SEED_VERSION),
    source: z
      .object({
        name: z.string(),
        url: z.string(),
        licence: z.string(),
        licenceUrl: z.string(),
        repositories: z.array(
          z.object({ repo: z.string(), head: z.string(), attribution: z.string() }).strict(),
        ),
      })
      .strict(),
    services: z.array(serviceSchema),
  })
  .strict();

export type Seed = z.infer<typeof seedSchema>;
export type SeedService = Seed["services"][number];
export type SeedDocument = SeedService["documents"][number];
export type SeedVersion = SeedDocument["versions"][number];
