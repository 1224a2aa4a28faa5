/**
 * Where bytes come from: a file (size checked before reading), standard input (the limit
 * enforced while reading), or a folder walked for every file we can read.
 */
import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import {
  formatBytes,
  inputError,
  resolveLimits,
  type AgreementDocument,
  type Limits,
} from "../core/index.ts";
import { SUPPORTED_EXTENSIONS } from "./detect.ts";
import { checkByteLimit, ingestBytes } from "./ingest.ts";

/**
 * Reads an agreement from a file. The document's name is the path as given.
 * @throws CounterweightError NOT_FOUND, UNREADABLE, TOO_LARGE (checked before reading), or any error of `ingestBytes`.
 * @example const doc = await ingestFile("terms.pdf", { limits: { maxBytes: 50 * 1024 * 1024 } });
 */
export async function ingestFile(
  path: string,
  options: { limits?: Partial<Limits> } = {},
): Promise<AgreementDocument> {
  const limits = resolveLimits(options.limits);
  const stats = await stat(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  if (stats.isDirectory()) {
    throw inputError("USAGE", path, "is a folder; pass a file, or analyse the folder as a batch");
  }
  if (!stats.isFile()) throw inputError("UNREADABLE", path, "is not a regular file; pass a file");
  checkByteLimit(stats.size, path, limits);
  const bytes = await readAtMost(path, limits.maxBytes + 1);
  return ingestBytes(bytes, { name: path, limits, extensionHint: extname(path) });
}

/**
 * Reads an agreement from standard input (or any byte stream), stopping as soon as it passes
 * the byte limit rather than buffering whatever arrives.
 * @throws CounterweightError TOO_LARGE, or any error of `ingestBytes`.
 */
export async function ingestStdin(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void },
  options: { name?: string; limits?: Partial<Limits>; extensionHint?: string } = {},
): Promise<AgreementDocument> {
  const name = options.name ?? "stdin";
  const limits = resolveLimits(options.limits);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    total += bytes.length;
    if (total > limits.maxBytes) {
      stream.destroy?.();
      throw inputError(
        "TOO_LARGE",
        name,
        `the input is over the ${formatBytes(limits.maxBytes)} limit; raise it with --max-bytes`,
      );
    }
    chunks.push(bytes);
  }
  return ingestBytes(Buffer.concat(chunks), { ...options, name, limits });
}

/**
 * Lists the files under a folder that Counterweight can read: every file with a supported
 * extension (`SUPPORTED_EXTENSIONS`) or with no extension at all (content decides), recursively,
 * sorted by path. Hidden files and folders and `node_modules` are skipped; symbolic links to
 * files are followed, links to folders are not (no cycles).
 * @throws CounterweightError NOT_FOUND, UNREADABLE, USAGE (not a folder).
 */
export async function listInputFiles(folder: string): Promise<string[]> {
  const stats = await stat(folder).catch((error: unknown) => {
    throw fileError(error, folder);
  });
  if (!stats.isDirectory()) throw inputError("USAGE", folder, "is not a folder");
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    const entries = await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
      throw fileError(error, directory);
    });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (isReadableName(entry.name)) {
        if (entry.isFile()) found.push(path);
        else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())
          found.push(path);
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isReadableName(fileName: string): boolean {
  const extension = extname(fileName).toLowerCase();
  return extension === "" || (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension);
}

/** Reads at most `limit` bytes, so a file that grows after `stat` cannot exhaust memory. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, "r").catch((error: unknown) => {
    throw fileError(error, path);
  });
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw fileError(error, path);
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, path: string) {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return inputError("NOT_FOUND", path, "no such file or folder; check the path", error);
  }
  if (code === "EACCES" || code === "EPERM") {
    return inputError("UNREADABLE", path, "permission denied; check that you can read it", error);
  }
  if (code === "EISDIR") return inputError("USAGE", path, "is a folder; pass a file", error);
  return inputError("UNREADABLE", path, `cannot be read (${code ?? "unknown error"})`, error);
}
