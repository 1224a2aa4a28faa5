/**
 * Finds the PostgreSQL server the tests may use: `TEST_DATABASE_URL`, else the one
 * `scripts/start-services.sh` starts. Locally a missing server skips the suite with a notice; under
 * `CI=true` it fails, so a broken CI service never passes as "skipped".
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Store } from "../interface.ts";
import { openPostgresStore, redactUrl } from "./open-postgres.ts";

const LOCAL_DEFAULT = "postgres://postgres@127.0.0.1:55432/counterweight_test";

/** The test database URL when a server answers there; undefined (after a warning) when not, outside CI. */
export async function reachableTestDatabase(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL ?? LOCAL_DEFAULT;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return url;
  } catch (error) {
    const message = `PostgreSQL not reachable at ${redactUrl(url)} (${(error as Error).message}): skipping`;
    if (process.env.CI === "true") throw new Error(`${message} is not allowed under CI=true`);
    console.warn(`${message} (run scripts/start-services.sh to start one)`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Opens a store in a fresh schema `test_<random>` that is dropped again when the store is closed. */
export async function openTestPostgresStore(url: string): Promise<Store> {
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const store = await openPostgresStore(url, { schema, maxConnections: 4 });
  return {
    ...store,
    async close() {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
