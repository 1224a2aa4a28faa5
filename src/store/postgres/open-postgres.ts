/** Opens (and migrates) a PostgreSQL registry database. */
import { Kysely, Migrator, PostgresDialect } from "kysely";
import pg from "pg";
import { CounterweightError } from "../../core/index.ts";
import type { Store } from "../interface.ts";
import type { Database } from "../sqlite/schema.ts";
import { sqliteReads } from "../sqlite/reads.ts";
import { POSTGRES_MIGRATIONS } from "./migrations.ts";
import { postgresSearch } from "./search.ts";
import { postgresWrites } from "./writes.ts";

export interface PostgresStoreOptions {
  /** A schema to create (if missing) and work in, e.g. one per test run; default `public`. */
  schema?: string;
  /** Most connections this process holds (default 10). */
  maxConnections?: number;
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/** Refuses anything but a plain identifier, since the schema name goes into `search_path`. */
function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new CounterweightError("USAGE", `schema "${schema}": use lower-case letters, digits and _ only`);
  }
  return schema;
}

/**
 * Opens the PostgreSQL database at `url` (`postgres://user:password@host:port/database`) and
 * applies pending migrations before returning. Every process may open it at once: the migrator
 * takes a lock, and `addVersion` locks per service.
 *
 * @example
 * const store = await openPostgresStore("postgres://counterweight@127.0.0.1/registry");
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema === undefined ? undefined : checkSchema(options.schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that dies (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    else await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new CounterweightError(
      "UNREADABLE",
      `${redactUrl(url)}: cannot connect to PostgreSQL (${(error as Error).message}); check DATABASE_URL and that the server is running`,
      { userFault: true, mayBeTransient: true, cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => POSTGRES_MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new CounterweightError(
      "INTERNAL",
      `${redactUrl(url)}: database migration failed: ${String(error)}`,
      { cause: error },
    );
  }
  return {
    ...postgresWrites(db),
    ...sqliteReads(db),
    search: (query, searchOptions) => postgresSearch(db, query, searchOptions),
    async close() {
      await db.destroy();
    },
  };
}
