/**
 * Schema migrations of the SQLite backend, applied in order at open. Tables use Kysely's schema
 * builder so a PostgreSQL backend can share them; only the full-text index is SQLite's own (FTS5).
 */
import { sql, type Kysely, type Migration } from "kysely";
import { registryMetaMigration } from "../registry-meta.ts";

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("services")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("sector", "text")
      .addColumn("url", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("documents")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("service_id", "integer", (c) => c.notNull().references("services.id").onDelete("cascade"))
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("latest_version_id", "integer")
      .addColumn("version_count", "integer", (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint("documents_service_type", ["service_id", "type"])
      .execute();
    await db.schema
      .createTable("versions")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("captured_at", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("score", "real", (c) => c.notNull())
      .addColumn("findings_count", "integer", (c) => c.notNull())
      .addColumn("analysis_json", "text", (c) => c.notNull())
      .addColumn("report_json", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("versions_document")
      .on("versions")
      .columns(["document_id", "captured_at"])
      .execute();
    await db.schema
      .createTable("version_categories")
      .addColumn("version_id", "integer", (c) => c.notNull().references("versions.id").onDelete("cascade"))
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("clearly_unfair", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("version_categories_pk", ["version_id", "category"])
      .execute();
    await db.schema
      .createTable("findings")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("version_id", "integer", (c) => c.notNull().references("versions.id").onDelete("cascade"))
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("level", "integer", (c) => c.notNull())
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("findings_category")
      .on("findings")
      .columns(["category", "version_id"])
      .execute();
    await db.schema.createIndex("findings_version").on("findings").column("version_id").execute();
    await db.schema
      .createTable("passages")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("version_id", "integer", (c) => c.notNull().references("versions.id").onDelete("cascade"))
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("passages_version").on("passages").column("version_id").execute();
    await db.schema
      .createTable("page_views")
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("hour", "integer", (c) => c.notNull())
      .addColumn("views", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("page_views_pk", ["path", "hour"])
      .execute();
    await db.schema.createIndex("page_views_hour").on("page_views").column("hour").execute();
  },
};

/** FTS5 over passages as an external-content table, kept in step by triggers. */
const fullTextIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`CREATE VIRTUAL TABLE passages_fts USING fts5(text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
      INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
    await sql`CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
      INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); END`.execute(
      db,
    );
  },
};

export const SQLITE_MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-full-text-index": fullTextIndex,
  "0003-registry-meta": registryMetaMigration,
};
