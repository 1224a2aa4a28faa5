/** Cheap checks shared by the Kysely backends: is this text already stored for a document? */
import type { Kysely } from "kysely";
import type { Database } from "./sqlite/schema.ts";

/**
 * True when the latest version of `serviceSlug`/`documentType` has `contentHash`: the check a
 * resumed batch makes before spending an analysis on a file whose text is already stored.
 */
export async function latestHasContent(
  db: Kysely<Database>,
  serviceSlug: string,
  documentType: string,
  contentHash: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("documents as d")
    .innerJoin("services as s", "s.id", "d.service_id")
    .innerJoin("versions as v", "v.id", "d.latest_version_id")
    .select("v.id")
    .where("s.slug", "=", serviceSlug)
    .where("d.type", "=", documentType)
    .where("v.content_hash", "=", contentHash)
    .executeTakeFirst();
  return row !== undefined;
}

/** The content hashes of every version of `serviceSlug`/`documentType`, oldest first. */
export async function versionHashes(
  db: Kysely<Database>,
  serviceSlug: string,
  documentType: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("documents as d")
    .innerJoin("services as s", "s.id", "d.service_id")
    .innerJoin("versions as v", "v.document_id", "d.id")
    .select("v.content_hash")
    .where("s.slug", "=", serviceSlug)
    .where("d.type", "=", documentType)
    .orderBy("v.id")
    .execute();
  return rows.map((r) => r.content_hash);
}
