/** Services that look alike: cosine similarity of their finding counts per category. */
import { FINDING_CATEGORIES, type FindingCategory } from "../core/index.ts";
import type { CategoryProfile } from "../store/index.ts";

export function cosine(a: CategoryProfile["counts"], b: CategoryProfile["counts"]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const code of FINDING_CATEGORIES) {
    const x = a[code] ?? 0;
    const y = b[code] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** The `limit` services most similar to `slug`, most similar first; services with no findings are not similar to anything. */
export function relatedServices(
  slug: string,
  profiles: readonly CategoryProfile[],
  limit = 5,
): Array<CategoryProfile & { similarity: number }> {
  const self = profiles.find((p) => p.serviceSlug === slug);
  if (!self) return [];
  return profiles
    .filter((p) => p.serviceSlug !== slug)
    .map((p) => ({ ...p, similarity: cosine(self.counts, p.counts) }))
    .filter((p) => p.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity || a.serviceName.localeCompare(b.serviceName))
    .slice(0, limit);
}

/** Share of services in a group at or above which a one-sided clause leaves "no real choice". */
export const NO_REAL_CHOICE_SHARE = 0.75;

export interface ClauseCount {
  category: FindingCategory;
  /** Services of the group whose current agreements carry at least one clause of this type. */
  carrying: number;
  total: number;
  share: number;
}

/** For every clause type: how many of the group's services carry it. */
export function clauseCounts(profiles: readonly CategoryProfile[]): ClauseCount[] {
  return FINDING_CATEGORIES.map((code) => {
    const carrying = profiles.filter((p) => (p.counts[code] ?? 0) > 0).length;
    return {
      category: code,
      carrying,
      total: profiles.length,
      share: profiles.length ? carrying / profiles.length : 0,
    };
  });
}

/** True when a clause type leaves the group "no real choice": two services or more, most carrying it. */
export function leavesNoRealChoice(row: ClauseCount): boolean {
  return row.total >= 2 && row.share >= NO_REAL_CHOICE_SHARE;
}

/**
 * Categories that most services of a sector carry: the reader cannot escape the clause by choosing
 * another provider. Needs at least two services to compare.
 */
export function noRealChoice(profiles: readonly CategoryProfile[]): ClauseCount[] {
  return clauseCounts(profiles).filter(leavesNoRealChoice);
}
