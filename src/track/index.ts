/**
 * The track stage's fetching half: a guarded fetcher for tracked sources (size and time limits,
 * capped redirects, private and loopback addresses refused unless allowed), retries with backoff
 * for transient failures, and extraction of a page's main content by CSS selector.
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
