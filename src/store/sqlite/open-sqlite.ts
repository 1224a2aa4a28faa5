/** Opens (and creates, and migrates) a SQLite registry database. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { CounterweightError } from "../../core/index.ts";
import type { Store } from "../interface.ts";
import { SQLITE_MIGRATIONS } from "./migrations.ts";
import type { Database } from "./schema.ts";
import { sqliteReads } from "./reads.ts";
import { sqliteWrites } from "./writes.ts";

/**
 * Opens the database file at `path` (`:memory:` for a throw-away store), in WAL mode with foreign
 * keys on, and applies pending migrations before returning.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  let raw: BetterSqlite3.Database;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    raw = new BetterSqlite3(path);
    // WAL lets page reads go on while an import writes; NORMAL sync is safe with WAL.
    raw.pragma("journal_mode = WAL");
    raw.pragma("synchronous = NORMAL");
    raw.pragma("foreign_keys = ON");
    raw.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new CounterweightError(
      "UNREADABLE",
      `${path}: cannot open the database (${(error as Error).message}); check the path and its permissions`,
      { userFault: true, cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => SQLITE_MIGRATIONS } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new CounterweightError("INTERNAL", `${path}: database migration failed: ${String(error)}`, {
      cause: error,
    });
  }
  return {
    ...sqliteWrites(db),
    ...sqliteReads(db),
    async close() {
      await db.destroy();
    },
  };
}
