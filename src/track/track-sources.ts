/**
 * One round of tracking: fetch each declared source (guarded, transient failures retried with
 * backoff), keep only the main content when a selector is declared, analyse it, and record a new
 * version when the text changed (`Store.addVersion` is idempotent by content hash). A failing
 * source is reported and the round goes on with the next.
 */
import { basename } from "node:path";
import type { Analysis, Grade } from "../assess/index.ts";
import { inputError, isCounterweightError, utf8Bytes, type Limits } from "../core/index.ts";
import { diffAnalyses } from "../diff/index.ts";
import { versionFromAnalysis, type Store } from "../store/index.ts";
import type { Declaration } from "./declarations.ts";
import { extractBySelector } from "./extract.ts";
import { isFetchError } from "./fetch-error.ts";
import type { FetchOptions } from "./fetch.ts";
import { fetchWithRetry, type RetryOptions } from "./retry.ts";

/** The analysis pipeline (the library's `analyzeBytes` by default). */
export type TrackAnalyzer = (
  bytes: Uint8Array,
  name: string,
  options: { extensionHint?: string; limits?: Partial<Limits> },
) => Promise<Analysis>;

export interface TrackOptions {
  store: Store;
  analyze?: TrackAnalyzer;
  /** Address policy and limits of every fetch (`allowLoopback`, `allowPrivate`, `maxBytes`, `timeoutMs`, …). */
  fetch?: FetchOptions;
  retry?: RetryOptions;
  limits?: Partial<Limits>;
  /** Stops the round: the fetch in flight is cancelled and no further source is started. */
  signal?: AbortSignal;
  /** Called after each source, e.g. to print its line. */
  onResult?: (result: TrackResult) => void;
  now?: () => Date;
}

export interface TrackResult {
  declaration: Declaration;
  /** `created`: first capture; `changed`: a new version; `failed`: see `error`; `cancelled`: stopped by the signal. */
  status: "created" | "changed" | "unchanged" | "failed" | "cancelled";
  attempts: number;
  serviceSlug?: string;
  versionId?: number;
  grade?: { older?: Grade; newer: Grade };
  /** For `changed`: how many finding deltas the diff against the previous version found. */
  findingDeltas?: number;
  /** For `changed`: the diff's summary sentences (grade, finding deltas, text). */
  summary?: string[];
  /** For `failed`: one line; `transient` when retries ran out on a failure that may pass; `internal` for our bugs. */
  error?: { message: string; transient: boolean; internal: boolean };
}

const loadAnalyzer: TrackAnalyzer = async (bytes, name, options) => {
  const { analyzeBytes } = await import("../analyze.ts");
  return analyzeBytes(bytes, name, options);
};

/**
 * Tracks every source once, in order, and returns one result each.
 *
 * @example
 * const results = await trackSources(await readDeclarations("sources.json"), { store });
 */
export async function trackSources(
  declarations: readonly Declaration[],
  options: TrackOptions,
): Promise<TrackResult[]> {
  const results: TrackResult[] = [];
  for (const declaration of declarations) {
    if (options.signal?.aborted) break;
    const result = await trackSource(declaration, options);
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}

/** Fetches, analyses and records one source; never throws. */
export async function trackSource(declaration: Declaration, options: TrackOptions): Promise<TrackResult> {
  let attempts = 1;
  try {
    const page = await fetchWithRetry(declaration.url, {
      ...options.fetch,
      ...options.retry,
      signal: options.signal,
      onRetry: (error, attempt, delayMs) => {
        attempts = attempt + 1;
        options.retry?.onRetry?.(error, attempt, delayMs);
      },
    });
    const extensionHint = extensionFor(page.contentType);
    const name = sourceName(page.finalUrl);
    const bytes = declaration.selector
      ? mainContent(page.bytes, page.contentType, declaration, name)
      : page.bytes;
    const analysis = await (options.analyze ?? loadAnalyzer)(bytes, name, {
      extensionHint: declaration.selector ? "html" : extensionHint,
      limits: options.limits,
    });
    const added = await options.store.addVersion(
      versionFromAnalysis(analysis, {
        service: declaration.service,
        sector: declaration.sector,
        url: declaration.url,
        documentType: declaration.documentType,
        capturedAt: options.now?.(),
      }),
    );
    const base: TrackResult = {
      declaration,
      status: added.status,
      attempts,
      serviceSlug: added.serviceSlug,
      versionId: added.versionId,
      grade: { newer: analysis.assessment.grade },
    };
    if (added.status !== "changed") return base;
    const previous = await previousAnalysis(options.store, added.serviceSlug, declaration.documentType);
    if (!previous) return base;
    const diff = diffAnalyses(previous, analysis);
    return {
      ...base,
      grade: { older: diff.grade.older, newer: diff.grade.newer },
      findingDeltas: diff.findingDeltas.length,
      summary: diff.summary,
    };
  } catch (error) {
    if (isFetchError(error) && error.reason === "cancelled") {
      return { declaration, status: "cancelled", attempts };
    }
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
    const internal = !isCounterweightError(error) || !error.userFault;
    const transient = isCounterweightError(error) && error.mayBeTransient;
    return { declaration, status: "failed", attempts, error: { message, transient, internal } };
  }
}

/** The analysis of the version before the latest (the one a `changed` result replaced). */
async function previousAnalysis(store: Store, slug: string, type: string): Promise<Analysis | undefined> {
  const service = await store.getService(slug);
  const previous = service?.documents.find((d) => d.documentType === type)?.versions[1];
  const stored = previous && (await store.getVersion(previous.id));
  return stored ? (JSON.parse(stored.analysisJson) as Analysis) : undefined;
}

/** Only the elements the selector matches, so a changed menu or cookie banner is not a new version. */
function mainContent(
  bytes: Uint8Array,
  contentType: string,
  declaration: Declaration,
  name: string,
): Uint8Array {
  if (extensionFor(contentType) !== "html") {
    throw inputError(
      "UNSUPPORTED_TYPE",
      declaration.url,
      `a selector is declared but the source is ${contentType || "not HTML"}; remove the selector for this entry`,
    );
  }
  const html = decode(bytes, contentType);
  return utf8Bytes(extractBySelector(html, declaration.selector!, name));
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is what nearly every page is.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "txt",
  "text/markdown": "md",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/xml": "xml",
  "text/xml": "xml",
};

/** The file extension ingest should assume for a response's content type (undefined: let it sniff). */
export function extensionFor(contentType: string): string | undefined {
  return EXTENSIONS[contentType.split(";")[0]!.trim().toLowerCase()];
}

function sourceName(url: string): string {
  const parsed = new URL(url);
  const last = basename(decodeURIComponent(parsed.pathname));
  return last && last !== "/" ? `${parsed.hostname}/${last}` : parsed.hostname;
}

/**
 * The one line the `track` command prints for a source, e.g.
 * `Acme terms: changed: grade C → D, 2 finding deltas (version 7)` (or `grade C unchanged, …`).
 */
export function describeResult(result: TrackResult): string {
  const { service, documentType } = result.declaration;
  const who = `${service} ${documentType}`;
  const retried = result.attempts > 1 ? ` after ${result.attempts} attempts` : "";
  switch (result.status) {
    case "created":
      return `${who}: created: grade ${result.grade!.newer} (version ${result.versionId})${retried}`;
    case "unchanged":
      return `${who}: unchanged${retried}`;
    case "changed": {
      const { older, newer } = result.grade!;
      const grade = older && older !== newer ? `grade ${older} → ${newer}` : `grade ${newer} unchanged`;
      const deltas = result.findingDeltas ?? 0;
      return `${who}: changed: ${grade}, ${deltas} finding ${deltas === 1 ? "delta" : "deltas"} (version ${result.versionId})${retried}`;
    }
    case "cancelled":
      return `${who}: cancelled`;
    case "failed": {
      const gaveUp = result.error!.transient
        ? ` (gave up after ${result.attempts} attempts; may pass next round)`
        : "";
      return `${who}: failed: ${result.error!.message}${gaveUp}`;
    }
  }
}
