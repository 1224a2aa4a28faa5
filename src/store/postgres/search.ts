/**
 * Full-text search on PostgreSQL: passages of latest versions holding every query word as a prefix,
 * ranked by `ts_rank`. Match offsets are computed by `matchSpans`, the same as on SQLite, so pages
 * build highlights by escaping plain text (`ts_headline` would return HTML-ish markup instead).
 */
import { sql, type Kysely } from "kysely";
import type { SearchResult } from "../interface.ts";
import type { Database } from "../sqlite/schema.ts";
import { serviceSummaries } from "../sqlite/reads.ts";
import { matchSpans, searchTerms } from "../text-utils.ts";

/** `arbitrat & class` → `'arbitrat':* & 'class':*`; terms hold only letters and digits already. */
function prefixQuery(terms: readonly string[]): string {
  return terms.map((t) => `'${t.replace(/'/g, "")}':*`).join(" & ");
}

export async function postgresSearch(
  db: Kysely<Database>,
  query: string,
  { limit = 50 }: { limit?: number } = {},
): Promise<SearchResult> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { services: [], passages: [] };
  const all = await serviceSummaries(db);
  const services = all.filter((s) => terms.every((t) => s.name.toLowerCase().includes(t)));
  const tsquery = sql`to_tsquery('simple', ${prefixQuery(terms)})`;
  const rows = await db
    .selectFrom("passages as p")
    .innerJoin("documents as d", "d.latest_version_id", "p.version_id")
    .innerJoin("services as s", "s.id", "d.service_id")
    .select(["s.slug", "s.name", "d.type", "p.start", "p.text"])
    .where(sql<boolean>`p.search @@ ${tsquery}`)
    .orderBy(sql`ts_rank(p.search, ${tsquery})`, "desc")
    .orderBy("p.id")
    .limit(limit)
    .execute();
  const passages = rows.map((r) => ({
    serviceSlug: r.slug,
    serviceName: r.name,
    documentType: r.type,
    start: r.start,
    text: r.text,
    matches: matchSpans(r.text, terms),
  }));
  return { services, passages };
}
