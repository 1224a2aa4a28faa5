/**
 * Where each seeded service's texts came from: the archive file of every version and who to
 * credit for it. ODC-BY 1.0 asks that whoever shows the data says where it is from; the service
 * page does, per version, with a link to the exact file.
 */
import { seedCredit, type Seed } from "../seed/index.ts";
import { slugify } from "../store/index.ts";

export interface SeedSource {
  documentType: string;
  /** `YYYY-MM-DD`, the capture date the registry stores for that version. */
  capturedAt: string;
  attribution: string;
  url: string;
}

export interface SeedSources {
  /** The archive and licence, when a seed is loaded. */
  archive?: { name: string; url: string; licence: string; licenceUrl: string };
  /** The sources of one service's versions, oldest first; empty for a service not from the seed. */
  of(serviceSlug: string): readonly SeedSource[];
}

export const NO_SEED_SOURCES: SeedSources = { of: () => [] };

/** Keeps only the small facts of the credit, so the seed's texts can be let go. */
export function seedSourcesFrom(seed: Seed): SeedSources {
  const bySlug = new Map<string, SeedSource[]>();
  for (const service of seed.services) {
    bySlug.set(
      slugify(service.name),
      service.documents.flatMap((document) =>
        document.versions.map((version) => {
          const credit = seedCredit(seed, version);
          return {
            documentType: document.type,
            capturedAt: version.capturedAt,
            attribution: credit.attribution,
            url: credit.sourceUrl,
          };
        }),
      ),
    );
  }
  const { name, url, licence, licenceUrl } = seed.source;
  return { archive: { name, url, licence, licenceUrl }, of: (slug) => bySlug.get(slug) ?? [] };
}
