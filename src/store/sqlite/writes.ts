/** The writing half of the SQLite store: versions, service metadata, deletes, page views. */
import type { Insertable, Kysely, Transaction } from "kysely";
import type { AddVersionResult, NewVersion, ServicePatch, ServiceSummary, Store } from "../interface.ts";
import { setRegistryMeta } from "../registry-meta.ts";
import { slugify } from "../text-utils.ts";
import type { Database } from "./schema.ts";
import { serviceSummaries } from "./reads.ts";

/** SQLite binds at most 32,766 variables per statement; rows go in chunks well under it. */
const CHUNK = 400;

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

export function sqliteWrites(
  db: Kysely<Database>,
): Pick<Store, "addVersion" | "updateService" | "deleteService" | "recordView" | "setMeta"> {
  return {
    async addVersion(version: NewVersion): Promise<AddVersionResult> {
      return db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const serviceId = await upsertService(trx, version, now);
        const slug = slugify(version.service.name);
        let document = await trx
          .selectFrom("documents")
          .select(["id", "latest_version_id"])
          .where("service_id", "=", serviceId)
          .where("type", "=", version.documentType)
          .executeTakeFirst();
        if (document?.latest_version_id != null) {
          const latest = await trx
            .selectFrom("versions")
            .select("content_hash")
            .where("id", "=", document.latest_version_id)
            .executeTakeFirstOrThrow();
          if (latest.content_hash === version.contentHash) {
            return {
              status: "unchanged",
              serviceSlug: slug,
              documentType: version.documentType,
              versionId: document.latest_version_id,
            };
          }
        }
        const created = document === undefined;
        if (!document) {
          document = await trx
            .insertInto("documents")
            .values({
              service_id: serviceId,
              type: version.documentType,
              name: version.documentName,
              title: version.title ?? null,
              latest_version_id: null,
              version_count: 0,
            })
            .returning(["id", "latest_version_id"])
            .executeTakeFirstOrThrow();
        }
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
        const categories = Object.entries(version.categories).map(([category, c]) => ({
          version_id: versionId,
          category,
          count: c.count,
          clearly_unfair: c.clearlyUnfair,
        }));
        await insertChunked(trx, "version_categories", categories);
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
        return {
          status: created ? "created" : "changed",
          serviceSlug: slug,
          documentType: version.documentType,
          versionId,
        };
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

async function upsertService(trx: Transaction<Database>, version: NewVersion, now: string): Promise<number> {
  const slug = slugify(version.service.name);
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
