/**
 * "Your alternatives": the other services of a service's sector, what each of them leaves out of
 * the one-sided clauses this one imposes, and how many of the sector's services carry each of those
 * clauses (when nearly all do, switching provider does not avoid it: no real choice).
 */
import type { FindingCategory } from "../core/index.ts";
import { slugify, type CategoryProfile } from "../store/index.ts";
import { clauseCounts, leavesNoRealChoice, type ClauseCount } from "./related.ts";

export interface Alternative {
  profile: CategoryProfile;
  /** The clause types this service imposes that the alternative's current agreements do not carry. */
  lacks: FindingCategory[];
}

export interface SectorAlternatives {
  sector: string;
  sectorSlug: string;
  /** Services of the sector compared, this one included. */
  total: number;
  /** Best first: those lacking most of this service's clauses, then by grade (A best) and name. */
  alternatives: Alternative[];
  /** For each clause type this service imposes: how many of the sector's services carry it. */
  clauses: Array<ClauseCount & { noRealChoice: boolean }>;
}

const gradeRank = (p: CategoryProfile) => p.grade ?? "Z";

/** The alternatives of `slug` within its sector; undefined when it has no sector or is unknown. */
export function sectorAlternatives(
  slug: string,
  profiles: readonly CategoryProfile[],
): SectorAlternatives | undefined {
  const self = profiles.find((p) => p.serviceSlug === slug);
  if (!self?.sector) return undefined;
  const sectorSlug = slugify(self.sector);
  // Only services with a graded agreement can be compared.
  const sector = profiles.filter((p) => p.sector && slugify(p.sector) === sectorSlug && p.grade !== null);
  const imposed = (Object.keys(self.counts) as FindingCategory[]).filter((c) => (self.counts[c] ?? 0) > 0);
  const alternatives = sector
    .filter((p) => p.serviceSlug !== slug)
    .map((profile) => ({ profile, lacks: imposed.filter((c) => (profile.counts[c] ?? 0) === 0) }))
    .sort(
      (a, b) =>
        b.lacks.length - a.lacks.length ||
        gradeRank(a.profile).localeCompare(gradeRank(b.profile)) ||
        a.profile.serviceName.localeCompare(b.profile.serviceName),
    );
  const clauses = clauseCounts(sector)
    .filter((row) => imposed.includes(row.category))
    .map((row) => ({ ...row, noRealChoice: leavesNoRealChoice(row) }))
    .sort((a, b) => b.share - a.share);
  return { sector: self.sector, sectorSlug, total: sector.length, alternatives, clauses };
}
