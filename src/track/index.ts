/**
 * The track stage's fetching half: a guarded fetcher for tracked sources (size and time limits,
 * capped redirects, private and loopback addresses refused unless allowed), retries with backoff
 * for transient failures, and extraction of a page's main content by CSS selector; the
 * declarations file of tracked sources and one tracking round that records new versions.
 * This file is the stage's only import surface.
 */
export {
  fetchSource,
  FETCH_DEFAULTS,
  type FetchOptions,
  type FetchResult,
  type ResolvedAddress,
} from "./fetch.ts";
export { FetchError, isFetchError, type FetchFailure } from "./fetch-error.ts";
export { fetchWithRetry, withRetry, backoffDelay, seededRandom, type RetryOptions } from "./retry.ts";
export { classifyAddress, isAllowedAddress, type AddressClass, type AddressPolicy } from "./address-guard.ts";
export { extractBySelector } from "./extract.ts";
export { declarationSchema, parseDeclarations, readDeclarations, type Declaration } from "./declarations.ts";
export {
  trackSources,
  trackSource,
  describeResult,
  extensionFor,
  type TrackOptions,
  type TrackResult,
  type TrackAnalyzer,
} from "./track-sources.ts";
