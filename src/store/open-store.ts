/** The one place that chooses a storage backend, from a database URL or path. */
import { CounterweightError } from "../core/index.ts";
import type { Store } from "./interface.ts";
import { openPostgresStore } from "./postgres/index.ts";
import { openSqliteStore } from "./sqlite/open-sqlite.ts";

/** Where the registry keeps its data when nothing else is said. */
export const DEFAULT_DATABASE = "./data/counterweight.db";

/**
 * Opens the store a URL names: a file path, `sqlite:PATH`, `file:PATH` or `:memory:` open SQLite;
 * `postgres://…` or `postgresql://…` open PostgreSQL.
 *
 * @example
 * const store = await openStore(process.env.DATABASE_URL ?? DEFAULT_DATABASE);
 */
export async function openStore(url: string = DEFAULT_DATABASE): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgresStore(url);
  const path = url.replace(/^(sqlite|file):(\/\/)?/i, "");
  if (path === "")
    throw new CounterweightError(
      "USAGE",
      "database: empty path; give a file such as ./data/counterweight.db",
    );
  return openSqliteStore(path);
}
