/**
 * A guarded HTTP(S) fetcher for tracked sources. Every hop of a redirect chain is checked before
 * any connection: only http and https, and the host's every resolved address must be allowed by
 * the address policy. The connection is then pinned to the addresses that were checked (a custom
 * `lookup`), so a second DNS answer cannot swap in a private address (DNS rebinding). The body
 * is streamed and cut off past the byte limit; one timer bounds the whole fetch.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { formatBytes } from "../core/index.ts";
import { isAllowedAddress, classifyAddress, type AddressPolicy } from "./address-guard.ts";
import { FetchError } from "./fetch-error.ts";

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchOptions extends AddressPolicy {
  /** Largest body accepted, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Time limit for the whole fetch: DNS, every redirect, the body (default 20 s). */
  timeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Cancels the fetch from outside (e.g. shutting down). */
  signal?: AbortSignal;
  /** Resolves a host name to every address (default `dns.lookup` with `all: true`); tests inject one. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

export interface FetchResult {
  bytes: Uint8Array;
  contentType: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
}

type FetchSettings = Required<Pick<FetchOptions, "maxBytes" | "timeoutMs" | "maxRedirects" | "userAgent">>;

export const FETCH_DEFAULTS: Readonly<FetchSettings> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 5,
  userAgent: "Counterweight/0.1 (terms tracker)",
});

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TRANSIENT_NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * Fetches one URL under the guards described in the module comment.
 *
 * @throws FetchError with `mayBeTransient` true for timeouts, connection resets, 5xx and 429, and
 * false for 4xx, refused addresses, bodies over the limit and too many redirects.
 * @example
 * const page = await fetchSource("https://example.com/terms", { maxBytes: 2_000_000, timeoutMs: 10_000 });
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings = { ...FETCH_DEFAULTS, ...withoutUndefined(options) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("timeout"), settings.timeoutMs);
  const cancel = () => controller.abort("cancelled");
  options.signal?.addEventListener("abort", cancel, { once: true });
  if (options.signal?.aborted) cancel();
  try {
    let current = parseHttpUrl(url, url);
    for (let redirects = 0; ; redirects++) {
      const addresses = await abortable(checkedAddresses(current, settings), controller.signal);
      const response = await abortable(
        request(current, addresses, settings, controller.signal),
        controller.signal,
      );
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= settings.maxRedirects) {
          throw new FetchError(
            "too-many-redirects",
            `${url}: more than ${settings.maxRedirects} redirects; use the final URL or raise the redirect limit`,
            { transient: false },
          );
        }
        current = parseHttpUrl(location, url, current);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw statusError(url, status, response.headers["retry-after"]);
      }
      const bytes = await readBody(response, url, settings.maxBytes);
      return {
        bytes,
        contentType: String(response.headers["content-type"] ?? ""),
        finalUrl: current.href,
        status,
      };
    }
  } catch (error) {
    throw asFetchError(error, url, controller.signal, settings.timeoutMs);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

function parseHttpUrl(text: string, original: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch (error) {
    throw new FetchError("bad-url", `${original}: not a valid URL; give an http:// or https:// address`, {
      transient: false,
      cause: error,
    });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    const hop = base ? ` (redirected to ${parsed.protocol})` : "";
    throw new FetchError("bad-url", `${original}: only http and https URLs can be fetched${hop}`, {
      transient: false,
    });
  }
  return parsed;
}

/** Resolves the host and refuses the whole hop if any address falls outside the policy. */
async function checkedAddresses(
  url: URL,
  settings: FetchOptions & { resolve?: FetchOptions["resolve"] },
): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = settings.resolve
        ? await settings.resolve(host)
        : await dnsLookup(host, { all: true, verbatim: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      throw new FetchError(
        "dns",
        `${url.href}: the host name ${host} does not resolve (${code || "DNS error"}); check the URL`,
        {
          transient: code === "EAI_AGAIN",
          cause: error,
        },
      );
    }
  }
  if (addresses.length === 0) {
    throw new FetchError("dns", `${url.href}: the host name ${host} has no address; check the URL`, {
      transient: false,
    });
  }
  for (const { address } of addresses) {
    if (!isAllowedAddress(address, settings)) {
      throw new FetchError(
        "address-refused",
        `${url.href}: refused to connect to ${classifyAddress(address)} address ${address}; allow it in the configuration if this is intended`,
        { transient: false },
      );
    }
  }
  return addresses;
}

function request(url: URL, addresses: ResolvedAddress[], settings: FetchSettings, signal: AbortSignal) {
  // Connect only to the addresses that were checked: no second DNS answer can differ.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = client.get(url, {
      lookup: pinnedLookup,
      signal,
      agent: false,
      headers: {
        "user-agent": settings.userAgent,
        accept: "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    outgoing.on("response", resolve);
    outgoing.on("error", reject);
  });
}

/** Reads the body, decompressed, and stops as soon as it passes `maxBytes` (a compressed bomb included). */
async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new FetchError(
      "too-large",
      `${url}: the response is larger than ${formatBytes(maxBytes)}; raise the size limit if the page is genuine`,
      {
        transient: false,
      },
    );
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .toLowerCase()
    .trim();
  let stream: Readable = response;
  if (encoding === "gzip" || encoding === "x-gzip") stream = response.pipe(createGunzip());
  else if (encoding === "deflate") stream = response.pipe(createInflate());
  else if (encoding === "br") stream = response.pipe(createBrotliDecompress());
  if (stream !== response) response.on("error", (error) => stream.destroy(error));

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    if (total > maxBytes || !response.complete) {
      response.destroy();
      stream.destroy();
    }
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function statusError(url: string, status: number, retryAfter: string | undefined): FetchError {
  const transient = status === 429 || status >= 500;
  const hint = transient
    ? "the server may recover; try again later"
    : "check the URL in the declarations file";
  return new FetchError(
    "http-status",
    `${url}: the server answered ${status} ${http.STATUS_CODES[status] ?? ""}; ${hint}`.replace(/ ;/, ";"),
    {
      transient,
      status,
      retryAfterMs: parseRetryAfter(retryAfter),
    },
  );
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function asFetchError(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted && signal.reason === "timeout") {
    return new FetchError(
      "timeout",
      `${url}: no complete answer within ${timeoutMs} ms; the server may be slow, try again later`,
      {
        transient: true,
        cause: error,
      },
    );
  }
  if (signal.aborted)
    return new FetchError("cancelled", `${url}: the fetch was cancelled`, { transient: false, cause: error });
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError(
    "network",
    `${url}: the connection failed (${code || message}); check the URL or try again later`,
    {
      transient: TRANSIENT_NETWORK_CODES.has(code),
      cause: error,
    },
  );
}

/** Rejects as soon as the signal aborts, for steps that cannot be cancelled themselves (DNS lookup). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
