/** The licence credit a seeded text carries, as ODC-BY 1.0 asks: who made the database, and where from. */
import type { Seed, SeedVersion } from "./format.ts";

export interface SeedCredit {
  /** e.g. "Open Terms Archive contributors" or "Platform Governance Archive (PGA) v2, …". */
  attribution: string;
  licence: string;
  licenceUrl: string;
  /** The archive's page of this exact text (repository, commit, path). */
  sourceUrl: string;
}

/** The web address of a version's file in the archive repository it was taken from. */
export function seedSourceUrl(version: Pick<SeedVersion, "repo" | "commit" | "path">): string {
  const path = version.path.split("/").map(encodeURIComponent).join("/");
  return `https://github.com/${version.repo}/blob/${version.commit}/${path}`;
}

export function seedCredit(seed: Seed, version: SeedVersion): SeedCredit {
  const repository = seed.source.repositories.find((r) => r.repo === version.repo);
  return {
    attribution: repository?.attribution ?? seed.source.name,
    licence: seed.source.licence,
    licenceUrl: seed.source.licenceUrl,
    sourceUrl: seedSourceUrl(version),
  };
}
