/** The reading half of the SQLite store: lists, details, profiles, findings, search and popularity. */
import { sql, type Kysely } from "kysely";
import type { Grade } from "../../assess/index.ts";
import type { FindingCategory, UnfairLevel } from "../../core/index.ts";
import type {
  CategoryProfile,
  DocumentSummary,
  ServiceDetail,
  ServiceSummary,
  Store,
  StoredVersion,
  VersionSummary,
} from "../interface.ts";
import { latestHasContent, versionHashes } from "../content-check.ts";
import { matchSpans, searchTerms } from "../text-utils.ts";
import type { Database } from "./schema.ts";

function latestDocuments(db: Kysely<Database>) {
  return db
    .selectFrom("documents as d")
    .innerJoin("services as s", "s.id", "d.service_id")
    .innerJoin("versions as v", "v.id", "d.latest_version_id")
    .select([
      "s.slug",
      "s.name as service_name",
      "d.id as document_id",
      "d.type",
      "d.name as document_name",
      "d.title",
      "d.version_count",
      "v.id as version_id",
      "v.content_hash",
      "v.captured_at",
      "v.grade",
      "v.score",
      "v.findings_count",
    ]);
}

type LatestRow = Awaited<ReturnType<ReturnType<typeof latestDocuments>["execute"]>>[number];

function toDocumentSummary(row: LatestRow): DocumentSummary {
  return {
    serviceSlug: row.slug,
    serviceName: row.service_name,
    documentType: row.type,
    documentName: row.document_name,
    title: row.title,
    versionCount: row.version_count,
    latest: {
      id: row.version_id,
      contentHash: row.content_hash,
      capturedAt: row.captured_at,
      grade: row.grade as Grade,
      score: row.score,
      findingsCount: row.findings_count,
    },
  };
}

/** Services with their document count and worst latest grade; one service when `slug` is given. */
export async function serviceSummaries(db: Kysely<Database>, slug?: string): Promise<ServiceSummary[]> {
  let query = db
    .selectFrom("services as s")
    .leftJoin("documents as d", "d.service_id", "s.id")
    .leftJoin("versions as v", "v.id", "d.latest_version_id")
    .select((eb) => [
      "s.slug",
      "s.name",
      "s.sector",
      "s.updated_at",
      eb.fn.count<number>("d.id").as("document_count"),
      // Grades are letters A (best) … E (worst), so the maximum is the worst.
      eb.fn.max("v.grade").as("worst_grade"),
    ])
    .groupBy(["s.id", "s.slug", "s.name", "s.sector", "s.updated_at"])
    .orderBy(sql`lower(s.name)`);
  if (slug !== undefined) query = query.where("s.slug", "=", slug);
  const rows = await query.execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    sector: r.sector,
    documentCount: Number(r.document_count),
    latestGrade: (r.worst_grade as Grade | null) ?? null,
    updatedAt: r.updated_at,
  }));
}

function versionColumns(db: Kysely<Database>) {
  return db
    .selectFrom("versions as v")
    .innerJoin("documents as d", "d.id", "v.document_id")
    .innerJoin("services as s", "s.id", "d.service_id")
    .select([
      "v.id",
      "v.content_hash",
      "v.captured_at",
      "v.grade",
      "v.score",
      "v.findings_count",
      "v.analysis_json",
      "v.report_json",
      "s.slug",
      "s.name as service_name",
      "s.sector",
      "d.type",
      "d.name as document_name",
      "d.title",
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionColumns>["execute"]>>[number];

function toStoredVersion(row: VersionRow): StoredVersion {
  return {
    id: row.id,
    contentHash: row.content_hash,
    capturedAt: row.captured_at,
    grade: row.grade as Grade,
    score: row.score,
    findingsCount: row.findings_count,
    analysisJson: row.analysis_json,
    reportJson: row.report_json,
    serviceSlug: row.slug,
    serviceName: row.service_name,
    sector: row.sector,
    documentType: row.type,
    documentName: row.document_name,
    title: row.title,
  };
}

export function sqliteReads(
  db: Kysely<Database>,
): Omit<Store, "addVersion" | "updateService" | "deleteService" | "recordView" | "setMeta" | "close"> {
  return {
    async countDocuments() {
      const row = await db
        .selectFrom("documents")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    listServices: () => serviceSummaries(db),

    async getService(slug: string): Promise<ServiceDetail | undefined> {
      const [summary] = await serviceSummaries(db, slug);
      if (!summary) return undefined;
      const service = await db
        .selectFrom("services")
        .select(["id", "url"])
        .where("slug", "=", slug)
        .executeTakeFirstOrThrow();
      const documents = await latestDocuments(db).where("s.id", "=", service.id).orderBy("d.type").execute();
      const versions = await db
        .selectFrom("versions as v")
        .innerJoin("documents as d", "d.id", "v.document_id")
        .select([
          "v.id",
          "v.document_id",
          "v.content_hash",
          "v.captured_at",
          "v.grade",
          "v.score",
          "v.findings_count",
        ])
        .where("d.service_id", "=", service.id)
        .orderBy("v.captured_at", "desc")
        .orderBy("v.id", "desc")
        .execute();
      return {
        ...summary,
        url: service.url,
        documents: documents.map((row) => ({
          ...toDocumentSummary(row),
          versions: versions
            .filter((v) => v.document_id === row.document_id)
            .map((v): VersionSummary => ({
              id: v.id,
              contentHash: v.content_hash,
              capturedAt: v.captured_at,
              grade: v.grade as Grade,
              score: v.score,
              findingsCount: v.findings_count,
            })),
        })),
      };
    },

    async getLatestVersion(serviceSlug: string, documentType: string) {
      const row = await versionColumns(db)
        .whereRef("v.id", "=", "d.latest_version_id")
        .where("s.slug", "=", serviceSlug)
        .where("d.type", "=", documentType)
        .executeTakeFirst();
      return row && toStoredVersion(row);
    },

    async latestVersionId(serviceSlug: string, documentType: string) {
      const row = await db
        .selectFrom("documents as d")
        .innerJoin("services as s", "s.id", "d.service_id")
        .select("d.latest_version_id")
        .where("s.slug", "=", serviceSlug)
        .where("d.type", "=", documentType)
        .executeTakeFirst();
      return row?.latest_version_id ?? undefined;
    },

    hasContent: (serviceSlug: string, documentType: string, hash: string) =>
      latestHasContent(db, serviceSlug, documentType, hash),

    versionHashes: (serviceSlug: string, documentType: string) =>
      versionHashes(db, serviceSlug, documentType),

    async revision() {
      // Each part is one index or a few hundred rows: cheap enough to ask about once a second.
      const row = await db
        .selectNoFrom((eb) => [
          eb
            .selectFrom("versions")
            .select((v) => v.fn.max("id").as("m"))
            .as("version"),
          eb
            .selectFrom("services")
            .select((v) => v.fn.countAll().as("n"))
            .as("services"),
          eb
            .selectFrom("services")
            .select((v) => v.fn.max("updated_at").as("m"))
            .as("updated"),
        ])
        .executeTakeFirstOrThrow();
      return `${String(row.version)}|${String(row.services)}|${String(row.updated)}`;
    },

    async getMeta(key: string) {
      const row = await db
        .selectFrom("registry_meta")
        .select("value")
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.value;
    },

    async getVersion(id: number) {
      const row = await versionColumns(db).where("v.id", "=", id).executeTakeFirst();
      return row && toStoredVersion(row);
    },

    async listDocuments({ limit = 50, offset = 0 } = {}) {
      const rows = await latestDocuments(db)
        .orderBy("v.captured_at", "desc")
        .orderBy("v.id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toDocumentSummary);
    },

    async recentlyChanged(limit: number) {
      const rows = await latestDocuments(db)
        .where("d.version_count", ">", 1)
        .orderBy("v.captured_at", "desc")
        .orderBy("v.id", "desc")
        .limit(limit)
        .execute();
      return rows.map(toDocumentSummary);
    },

    async categoryProfiles(): Promise<CategoryProfile[]> {
      const services = await serviceSummaries(db);
      const rows = await db
        .selectFrom("version_categories as c")
        .innerJoin("documents as d", "d.latest_version_id", "c.version_id")
        .innerJoin("services as s", "s.id", "d.service_id")
        .select((eb) => [
          "s.slug",
          "c.category",
          eb.fn.sum<number>("c.count").as("count"),
          eb.fn.sum<number>("c.clearly_unfair").as("clearly_unfair"),
        ])
        .groupBy(["s.slug", "c.category"])
        .execute();
      return services.map((s) => {
        const profile: CategoryProfile = {
          serviceSlug: s.slug,
          serviceName: s.name,
          sector: s.sector,
          grade: s.latestGrade,
          counts: {},
          clearlyUnfair: {},
        };
        for (const row of rows.filter((r) => r.slug === s.slug)) {
          profile.counts[row.category as FindingCategory] = Number(row.count);
          profile.clearlyUnfair[row.category as FindingCategory] = Number(row.clearly_unfair);
        }
        return profile;
      });
    },

    async findings({ category, limit = 100, offset = 0 } = {}) {
      let query = db
        .selectFrom("findings as f")
        .innerJoin("documents as d", "d.latest_version_id", "f.version_id")
        .innerJoin("versions as v", "v.id", "f.version_id")
        .innerJoin("services as s", "s.id", "d.service_id")
        .select([
          "s.slug",
          "s.name",
          "d.type",
          "f.version_id",
          "f.category",
          "f.level",
          "f.start",
          "f.end",
          sql<string>`substr(v.text, f.start + 1, f.end - f.start)`.as("text"),
        ])
        .orderBy(sql`lower(s.name)`)
        .orderBy("f.start")
        .limit(limit)
        .offset(offset);
      if (category) query = query.where("f.category", "=", category);
      const rows = await query.execute();
      return rows.map((r) => ({
        serviceSlug: r.slug,
        serviceName: r.name,
        documentType: r.type,
        versionId: r.version_id,
        category: r.category as FindingCategory,
        level: r.level as UnfairLevel,
        start: r.start,
        end: r.end,
        text: r.text,
      }));
    },

    async search(query: string, { limit = 50 } = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return { services: [], passages: [] };
      const all = await serviceSummaries(db);
      const services = all.filter((s) => terms.every((t) => s.name.toLowerCase().includes(t)));
      // Each word is quoted and prefix-matched: user text never reaches FTS5 as query syntax.
      const match = terms.map((t) => `"${t}"*`).join(" ");
      const rows = await db
        .selectFrom(sql<{ rowid: number; rank: number }>`passages_fts`.as("fts"))
        .innerJoin("passages as p", "p.id", "fts.rowid")
        .innerJoin("documents as d", "d.latest_version_id", "p.version_id")
        .innerJoin("services as s", "s.id", "d.service_id")
        .select(["s.slug", "s.name", "d.type", "p.start", "p.text"])
        .where(sql<boolean>`passages_fts MATCH ${match}`)
        .orderBy(sql`fts.rank`)
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
    },

    async mostViewed({ since, limit, prefix }) {
      const sinceHour = Math.floor(since.getTime() / 3_600_000);
      let query = db
        .selectFrom("page_views")
        .select((eb) => ["path", eb.fn.sum<number>("views").as("views")])
        .where("hour", ">=", sinceHour)
        .groupBy("path")
        .orderBy("views", "desc")
        .orderBy("path")
        .limit(limit);
      if (prefix) query = query.where(sql<boolean>`substr(path, 1, ${prefix.length}) = ${prefix}`);
      const rows = await query.execute();
      return rows.map((r) => ({ path: r.path, views: Number(r.views) }));
    },
  };
}
