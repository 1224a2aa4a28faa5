/**
 * The registry's storage, as one small interface. SQLite and PostgreSQL implement it and run the
 * same test suite (`testing/store-suite.ts`).
 *
 * The model is service → documents (one per type: terms, privacy, …) → versions. A version is one
 * captured text with its content hash; adding identical text again is a no-op, so imports can be
 * repeated safely and a later change of text becomes a new version.
 */
import type { Grade } from "../assess/index.ts";
import type { FindingCategory, Span, UnfairLevel } from "../core/index.ts";

/** Per-category finding counts of one version. */
export type CategoryCounts = Partial<Record<FindingCategory, { count: number; clearlyUnfair: number }>>;

/** Everything the store keeps of one analysed text. Built from an analysis by `versionFromAnalysis`. */
export interface NewVersion {
  service: { name: string; sector?: string | null; url?: string | null };
  /** The kind of agreement, e.g. `terms`; one document per type and service. */
  documentType: string;
  /** The source file name (for display and credit). */
  documentName: string;
  /** Optional document title found in the source. */
  title?: string | null;
  text: string;
  /** SHA-256 of the text, hex. Identical hash for the same document means "unchanged". */
  contentHash: string;
  /** ISO 8601 instant the text was captured. */
  capturedAt: string;
  grade: Grade;
  score: number;
  categories: CategoryCounts;
  findings: Array<Span & { category: FindingCategory; level: UnfairLevel }>;
  /** Sentence spans indexed for full-text search. */
  passages: Span[];
  /** The serialised analysis the report page renders from (no re-analysis on page views). */
  analysisJson: string;
  /** The versioned report JSON (`renderJson`) served by the API. */
  reportJson: string;
}

export interface AddVersionResult {
  /** `created`: a new document; `changed`: a new version of a known one; `unchanged`: identical text, nothing written. */
  status: "created" | "changed" | "unchanged";
  serviceSlug: string;
  documentType: string;
  versionId: number;
}

export interface VersionSummary {
  id: number;
  contentHash: string;
  capturedAt: string;
  grade: Grade;
  score: number;
  findingsCount: number;
}

/** One document with its service and latest version, for lists and feeds. */
export interface DocumentSummary {
  serviceSlug: string;
  serviceName: string;
  documentType: string;
  documentName: string;
  title: string | null;
  versionCount: number;
  latest: VersionSummary;
}

export interface ServiceSummary {
  slug: string;
  name: string;
  sector: string | null;
  documentCount: number;
  /** Worst latest grade over its documents; null when it holds none. */
  latestGrade: Grade | null;
  updatedAt: string;
}

export interface ServiceDetail extends ServiceSummary {
  url: string | null;
  documents: Array<DocumentSummary & { versions: VersionSummary[] }>;
}

export interface StoredVersion extends VersionSummary {
  serviceSlug: string;
  serviceName: string;
  sector: string | null;
  documentType: string;
  documentName: string;
  title: string | null;
  analysisJson: string;
  reportJson: string;
}

/** A service's finding counts per category over the latest versions of its documents. */
export interface CategoryProfile {
  serviceSlug: string;
  serviceName: string;
  sector: string | null;
  grade: Grade | null;
  counts: Partial<Record<FindingCategory, number>>;
  clearlyUnfair: Partial<Record<FindingCategory, number>>;
}

export interface StoredFinding {
  serviceSlug: string;
  serviceName: string;
  documentType: string;
  versionId: number;
  category: FindingCategory;
  level: UnfairLevel;
  start: number;
  end: number;
  text: string;
}

/** A passage that matched a search, with the matched words as offsets into `text`. */
export interface PassageHit {
  serviceSlug: string;
  serviceName: string;
  documentType: string;
  start: number;
  text: string;
  matches: Span[];
}

export interface SearchResult {
  services: ServiceSummary[];
  passages: PassageHit[];
}

export interface ServicePatch {
  name?: string;
  sector?: string | null;
  url?: string | null;
}

export interface Store {
  /** Adds a captured text; identical content for the same document is a no-op. One transaction. */
  addVersion(version: NewVersion): Promise<AddVersionResult>;
  countDocuments(): Promise<number>;
  listServices(): Promise<ServiceSummary[]>;
  getService(slug: string): Promise<ServiceDetail | undefined>;
  /** Changes a service's name, sector or URL; the slug stays, so links keep working. */
  updateService(slug: string, patch: ServicePatch): Promise<ServiceSummary | undefined>;
  /** Deletes a service with all its documents, versions and index entries. */
  deleteService(slug: string): Promise<boolean>;
  getLatestVersion(serviceSlug: string, documentType: string): Promise<StoredVersion | undefined>;
  /** The id of a document's latest version, without its content: a cheap check before a cache lookup. */
  latestVersionId(serviceSlug: string, documentType: string): Promise<number | undefined>;
  /** True when the document's latest version has this content hash: lets a resumed batch skip analysis. */
  hasContent(serviceSlug: string, documentType: string, contentHash: string): Promise<boolean>;
  /**
   * The content hashes of every version of a document (none when it does not exist): lets a resumed
   * seed import skip the versions it stored before it was interrupted, older ones included.
   */
  versionHashes(serviceSlug: string, documentType: string): Promise<string[]>;
  /**
   * A fingerprint of everything the registry's pages show (versions, services and their metadata):
   * it changes with every write, from any process, so rendered pages can be cached against it.
   */
  revision(): Promise<string>;
  /** A small value the registry keeps about itself (e.g. which seed it holds); undefined when unset. */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  getVersion(id: number): Promise<StoredVersion | undefined>;
  /** Documents by latest capture, newest first. */
  listDocuments(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  /** Documents that have more than one version, by latest change, newest first. */
  recentlyChanged(limit: number): Promise<DocumentSummary[]>;
  categoryProfiles(): Promise<CategoryProfile[]>;
  findings(options?: {
    category?: FindingCategory;
    limit?: number;
    offset?: number;
  }): Promise<StoredFinding[]>;
  /** Services whose name matches and passages of latest versions holding every word of the query. */
  search(query: string, options?: { limit?: number }): Promise<SearchResult>;
  /** Counts `views` (default 1) views of a page in the hour bucket of `at`. Nothing about the visitor is stored. */
  recordView(path: string, at?: Date, views?: number): Promise<void>;
  /** Pages by views since `since`, most viewed first; `prefix` narrows to paths starting with it. */
  mostViewed(options: {
    since: Date;
    limit: number;
    prefix?: string;
  }): Promise<Array<{ path: string; views: number }>>;
  close(): Promise<void>;
}
