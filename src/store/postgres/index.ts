/** The PostgreSQL backend of the registry store. */
export { openPostgresStore, redactUrl, type PostgresStoreOptions } from "./open-postgres.ts";
