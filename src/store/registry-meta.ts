/**
 * The registry's facts about itself (one key, one value), shared by the Kysely backends: the table's
 * migration and the upsert that writes it. Both SQLite and PostgreSQL take the same statements.
 */
import type { Kysely, Migration } from "kysely";
import type { Database } from "./sqlite/schema.ts";

export const registryMetaMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("registry_meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },
};

export async function setRegistryMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto("registry_meta")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}
