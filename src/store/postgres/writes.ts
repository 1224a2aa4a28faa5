/**
 * The writing half of the PostgreSQL store. Unlike SQLite (one writer at a time), many workers write
 * at once here, so `addVersion` first takes a transaction-scoped advisory lock on the service: two
 * workers adding versions of the same service queue behind each other instead of both reading the
 * same "latest version" and both writing a successor.
 */
import { sql, type Insertable, type Kysely, type Transaction } from "kysely";
import type { AddVersionResult, NewVersion, ServicePatch, ServiceSummary, Store } from "../interface.ts";
import type { Database } from "../sqlite/schema.ts";
import { serviceSummaries } from "../sqlite/reads.ts";
import { slugify } from "../text-utils.ts";

/** PostgreSQL binds at most 65,535 parameters per statement; rows go in chunks well under it. */
const CHUNK = 2000;

async function insertChunked<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: Array<Insertable<Database[T]>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

/** Writes one new version (the caller holds the service lock and knows the content changed). */
async function writeVersion(
  trx: Transaction<Database>,
  version: NewVersion,
  document: { id: number; latest_version_id: number | null },
): Promise<number> {
  const { id: versionId } = await trx
    .insertInto("versions")
    .values({
      document_id: document.id,
      content_hash: version.contentHash,
      captured_at: version.capturedAt,
      text: version.text,
      grade: version.grade,
      score: version.score,
      findings_count: version.findings.length,
      analysis_json: version.analysisJson,
      report_json: version.reportJson,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertChunked(
    trx,
    "version_categories",
    Object.entries(version.categories).map(([category, c]) => ({
      version_id: versionId,
      category,
      count: c.count,
      clearly_unfair: c.clearlyUnfair,
    })),
  );
  await insertChunked(
    trx,
    "findings",
    version.findings.map((f) => ({
      version_id: versionId,
      category: f.category,
      level: f.level,
      start: f.start,
      end: f.end,
    })),
  );
  // Search covers current texts only: the previous version's passages leave the index.
  if (document.latest_version_id != null) {
    await trx.deleteFrom("passages").where("version_id", "=", document.latest_version_id).execute();
  }
  await insertChunked(
    trx,
    "passages",
    version.passages.map((p) => ({
      version_id: versionId,
      start: p.start,
      text: version.text.slice(p.start, p.end),
    })),
  );
  await trx
    .updateTable("documents")
    .set((eb) => ({
      latest_version_id: versionId,
      version_count: eb("version_count", "+", 1),
      name: version.documentName,
      title: version.title ?? null,
    }))
    .where("id", "=", document.id)
    .execute();
  return versionId;
}

async function upsertService(trx: Transaction<Database>, version: NewVersion, slug: string): Promise<number> {
  const now = new Date().toISOString();
  const existing = await trx.selectFrom("services").select("id").where("slug", "=", slug).executeTakeFirst();
  if (existing) {
    // An import may add a sector or URL to a known service; it never blanks one.
    const patch: { updated_at: string; sector?: string; url?: string } = { updated_at: now };
    if (version.service.sector) patch.sector = version.service.sector;
    if (version.service.url) patch.url = version.service.url;
    await trx.updateTable("services").set(patch).where("id", "=", existing.id).execute();
    return existing.id;
  }
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
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function postgresWrites(
  db: Kysely<Database>,
): Pick<Store, "addVersion" | "updateService" | "deleteService" | "recordView"> {
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
