/**
 * Reports of stored versions, without re-analysing: the stored analysis is parsed once, re-assessed
 * only when the reader's context differs from the default, and the result kept in a small LRU cache.
 */
import { assess, type Analysis, type PowerContext } from "../assess/index.ts";
import { utf8Bytes } from "../core/index.ts";
import type { StoredVersion } from "../store/index.ts";
import { contextKey, isDefaultContext } from "./power-context.ts";

/** A bounded least-recently-used cache (a Map keeps insertion order; re-inserting marks use). */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

export interface StoredReports {
  /** The analysis of a stored version under a context. Versions never change, so entries never go stale. */
  analysisOf(version: StoredVersion, context: PowerContext): Analysis;
  /**
   * The latest version id of a document, remembered for a second: a popular page then costs no
   * query at all, and a new version (even one imported by another process) shows within a second.
   */
  latestVersionId(
    slug: string,
    type: string,
    lookup: () => Promise<number | undefined>,
  ): Promise<number | undefined>;
  /** Drops what a write through this app may have made stale (service names, latest versions). */
  forget(): void;
  /** A rendered page for `key` as UTF-8 bytes, rendered and encoded at most once while it stays in the cache. */
  page(key: string, render: () => Promise<string>): Promise<Uint8Array<ArrayBuffer>>;
}

const VERSION_ID_TTL_MS = 1000;

/** One cache per app: analyses and rendered report pages of the most recently viewed versions. */
export function storedReports(capacity = 64): StoredReports {
  const analyses = new LruCache<Analysis>(capacity);
  const pages = new LruCache<Uint8Array<ArrayBuffer>>(capacity * 2);
  let versionIds = new LruCache<{ id: number | undefined; until: number }>(capacity * 4);
  // Part of every page key, so pages rendered before a write (e.g. a renamed service) are never served after it.
  let generation = 0;
  return {
    analysisOf(version, context) {
      const key = `${version.id}|${contextKey(context)}`;
      const cached = analyses.get(key);
      if (cached) return cached;
      const stored = JSON.parse(version.analysisJson) as Analysis;
      const analysis = isDefaultContext(context)
        ? stored
        : { ...stored, assessment: assess(stored.document, stored.segmentation, stored.findings, context) };
      analyses.set(key, analysis);
      return analysis;
    },
    async latestVersionId(slug, type, lookup) {
      const key = `${slug}\u0000${type}`;
      const now = Date.now();
      const known = versionIds.get(key);
      if (known && known.until > now) return known.id;
      const id = await lookup();
      versionIds.set(key, { id, until: now + VERSION_ID_TTL_MS });
      return id;
    },
    forget() {
      generation += 1;
      versionIds = new LruCache(capacity * 4);
    },
    async page(key, render) {
      const fullKey = `${generation}|${key}`;
      const cached = pages.get(fullKey);
      if (cached !== undefined) return cached;
      const html = utf8Bytes(await render());
      pages.set(fullKey, html);
      return html;
    },
  };
}
