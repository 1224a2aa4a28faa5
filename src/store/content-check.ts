/** A cheap check shared by the Kysely backends: is this text already a document's latest version? */
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
