/**
 * Schema migrations of the PostgreSQL backend, applied in order at open. The tables mirror the
 * SQLite backend's (`../sqlite/schema.ts` types both); the full-text index is PostgreSQL's own:
 * a generated `tsvector` column on passages with a GIN index.
 */
import { sql, type Kysely, type Migration } from "kysely";
import { registryMetaMigration } from "../registry-meta.ts";

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("services")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("sector", "text")
      .addColumn("url", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("documents")
      .addColumn("id", "serial", (c) => c.primaryKey())
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
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("captured_at", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("score", "double precision", (c) => c.notNull())
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
      .addColumn("id", "serial", (c) => c.primaryKey())
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
      .addColumn("id", "serial", (c) => c.primaryKey())
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

/**
 * Full-text search: the `simple` configuration (lower-casing, no stemming, no stop words) so a
 * prefix query finds what the words of the passage start with, in any of the corpus languages.
 */
const fullTextIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE passages ADD COLUMN search tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED`.execute(db);
    await sql`CREATE INDEX passages_search ON passages USING gin (search)`.execute(db);
  },
};

/**
 * A version row holds three long texts (the text, the analysis and the report JSON, ~300 KB per
 * document), which PostgreSQL compresses on write. With pglz, its default, that was most of the
 * row's cost; lz4 saves about 4 ms of server CPU per document in the batch benchmark, for rows
 * about 6 % larger (`docs/scale.md`). Servers built without lz4 keep pglz; rows already written
 * keep theirs, and both read the same.
 */
const lz4Compression: Migration = {
  async up(db: Kysely<unknown>) {
    const { rows } = await sql<{ lz4: boolean }>`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings
      WHERE name = 'default_toast_compression'`.execute(db);
    if (!rows[0]?.lz4) return;
    await sql`ALTER TABLE versions ALTER COLUMN text SET COMPRESSION lz4,
      ALTER COLUMN analysis_json SET COMPRESSION lz4, ALTER COLUMN report_json SET COMPRESSION lz4`.execute(
      db,
    );
  },
};

export const POSTGRES_MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-full-text-index": fullTextIndex,
  "0003-lz4-compression": lz4Compression,
  "0004-registry-meta": registryMetaMigration,
};
