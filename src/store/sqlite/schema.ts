/** Kysely table types of the registry database (shared by the SQLite backend and, later, PostgreSQL). */
import type { Generated } from "kysely";

export interface ServicesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  sector: string | null;
  url: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentsTable {
  id: Generated<number>;
  service_id: number;
  type: string;
  name: string;
  title: string | null;
  /** Denormalised pointer so lists never have to find the newest version per document. */
  latest_version_id: number | null;
  version_count: number;
}

export interface VersionsTable {
  id: Generated<number>;
  document_id: number;
  content_hash: string;
  captured_at: string;
  text: string;
  grade: string;
  score: number;
  findings_count: number;
  analysis_json: string;
  report_json: string;
}

export interface VersionCategoriesTable {
  version_id: number;
  category: string;
  count: number;
  clearly_unfair: number;
}

export interface FindingsTable {
  id: Generated<number>;
  version_id: number;
  category: string;
  level: number;
  start: number;
  end: number;
}

/** Sentences of the latest version of each document: the rows full-text search indexes. */
export interface PassagesTable {
  id: Generated<number>;
  version_id: number;
  start: number;
  text: string;
}

/** Views per page per hour bucket: the path and a count, nothing about who viewed. */
export interface PageViewsTable {
  path: string;
  /** Hours since the Unix epoch. */
  hour: number;
  views: number;
}

/** Facts the registry keeps about itself, e.g. the digest of the seed it has imported in full. */
export interface RegistryMetaTable {
  key: string;
  value: string;
}

export interface Database {
  services: ServicesTable;
  documents: DocumentsTable;
  versions: VersionsTable;
  version_categories: VersionCategoriesTable;
  findings: FindingsTable;
  passages: PassagesTable;
  page_views: PageViewsTable;
  registry_meta: RegistryMetaTable;
}
