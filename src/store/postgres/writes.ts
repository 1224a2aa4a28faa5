/**
 * The writing half of the PostgreSQL store. Unlike SQLite (one writer at a time), many workers write
 * at once here, so `addVersion` first takes a transaction-scoped advisory lock on the service: two
 * workers adding versions of the same service queue behind each other instead of both reading the
 * same "latest version" and both writing a successor.
 *
 * A version is written in few round trips: the service is one upsert, and the version row, its
 * category counts, findings and passages (each list sent as a few arrays, not one parameter per
 * value) and the document's new pointer are one statement: 7 statements per new document instead
 * of 12, and less work for the client to serialise (`docs/scale.md` has the measurements).
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { AddVersionResult, NewVersion, ServicePatch, ServiceSummary, Store } from "../interface.ts";
import type { Database } from "../sqlite/schema.ts";
import { serviceSummaries } from "../sqlite/reads.ts";
import { setRegistryMeta } from "../registry-meta.ts";
import { slugify } from "../text-utils.ts";

/**
 * Writes one new version (the caller holds the service lock and knows the content changed) in one
 * statement: data-modifying CTEs all run, once, whether or not the final query reads them.
 */
async function writeVersion(
  trx: Transaction<Database>,
  version: NewVersion,
  document: { id: number; latest_version_id: number | null },
): Promise<number> {
  const categories = Object.entries(version.categories);
  const { findings, passages } = version;
  const { rows } = await sql<{ id: number }>`
    WITH v AS (
      INSERT INTO versions (document_id, content_hash, captured_at, text, grade, score, findings_count,
        analysis_json, report_json)
      VALUES (${document.id}, ${version.contentHash}, ${version.capturedAt}, ${version.text},
        ${version.grade}, ${version.score}, ${findings.length}, ${version.analysisJson}, ${version.reportJson})
      RETURNING id
    ), categories AS (
      INSERT INTO version_categories (version_id, category, count, clearly_unfair)
      SELECT v.id, u.category, u.count, u.clearly_unfair
      FROM v, unnest(${categories.map(([c]) => c)}::text[], ${categories.map(([, c]) => c.count)}::int[],
        ${categories.map(([, c]) => c.clearlyUnfair)}::int[]) AS u(category, count, clearly_unfair)
    ), findings AS (
      INSERT INTO findings (version_id, category, level, start, "end")
      SELECT v.id, u.category, u.level, u.start, u.end
      FROM v, unnest(${findings.map((f) => f.category)}::text[], ${findings.map((f) => f.level)}::int[],
        ${findings.map((f) => f.start)}::int[], ${findings.map((f) => f.end)}::int[])
        WITH ORDINALITY AS u(category, level, start, "end", n)
      ORDER BY u.n
    ), superseded AS (
      -- Search covers current texts only: the previous version's passages leave the index.
      DELETE FROM passages WHERE version_id = ${document.latest_version_id}
    ), passages AS (
      INSERT INTO passages (version_id, start, text)
      SELECT v.id, u.start, u.text
      FROM v, unnest(${passages.map((p) => p.start)}::int[],
        ${passages.map((p) => version.text.slice(p.start, p.end))}::text[]) WITH ORDINALITY AS u(start, text, n)
      ORDER BY u.n
    )
    UPDATE documents
    SET latest_version_id = v.id, version_count = version_count + 1, name = ${version.documentName},
      title = ${version.title ?? null}
    FROM v
    WHERE documents.id = ${document.id}
    RETURNING v.id`.execute(trx);
  return rows[0]!.id;
}

/** Creates the service or touches it; an import may add a sector or URL to it, never blank one. */
async function upsertService(trx: Transaction<Database>, version: NewVersion, slug: string): Promise<number> {
  const now = new Date().toISOString();
  const row = await trx
    .insertInto("services")
    .values({
      slug,
      name: version.service.name,
      sector: version.service.sector ?? null,
      url: version.service.url ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column("slug").doUpdateSet({
        updated_at: now,
        sector: sql`coalesce(nullif(excluded.sector, ''), services.sector)`,
        url: sql`coalesce(nullif(excluded.url, ''), services.url)`,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function postgresWrites(
  db: Kysely<Database>,
): Pick<Store, "addVersion" | "updateService" | "deleteService" | "recordView" | "setMeta"> {
  return {
    async addVersion(version: NewVersion): Promise<AddVersionResult> {
      const slug = slugify(version.service.name);
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`counterweight:${slug}`}))`.execute(trx);
        const serviceId = await upsertService(trx, version, slug);
        let document = await trx
          .selectFrom("documents as d")
          .leftJoin("versions as v", "v.id", "d.latest_version_id")
          .select(["d.id", "d.latest_version_id", "v.content_hash"])
          .where("d.service_id", "=", serviceId)
          .where("d.type", "=", version.documentType)
          .executeTakeFirst();
        const base = { serviceSlug: slug, documentType: version.documentType };
        if (document?.latest_version_id != null && document.content_hash === version.contentHash) {
          return { status: "unchanged", ...base, versionId: document.latest_version_id };
        }
        const created = document === undefined;
        document ??= await trx
          .insertInto("documents")
          .values({
            service_id: serviceId,
            type: version.documentType,
            name: version.documentName,
            title: version.title ?? null,
            latest_version_id: null,
            version_count: 0,
          })
          .returning(["id", "latest_version_id", sql<string | null>`null`.as("content_hash")])
          .executeTakeFirstOrThrow();
        const versionId = await writeVersion(trx, version, document);
        return { status: created ? "created" : "changed", ...base, versionId };
      });
    },

    async updateService(slug: string, patch: ServicePatch): Promise<ServiceSummary | undefined> {
      const result = await db
        .updateTable("services")
        .set({ ...patch, updated_at: new Date().toISOString() })
        .where("slug", "=", slug)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      return (await serviceSummaries(db, slug))[0];
    },

    async deleteService(slug: string): Promise<boolean> {
      const result = await db.deleteFrom("services").where("slug", "=", slug).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    setMeta: (key: string, value: string) => setRegistryMeta(db, key, value),

    async recordView(path: string, at = new Date(), views = 1): Promise<void> {
      const hour = Math.floor(at.getTime() / 3_600_000);
      await db
        .insertInto("page_views")
        .values({ path, hour, views })
        .onConflict((oc) =>
          oc.columns(["path", "hour"]).doUpdateSet((eb) => ({ views: eb("page_views.views", "+", views) })),
        )
        .execute();
    },
  };
}
