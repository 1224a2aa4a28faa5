/**
 * A minimal reader of a ZIP archive's central directory, used to vet a DOCX before any
 * library unpacks it: entry count, declared sizes, and — because declared sizes can lie — a
 * bounded inflate of every entry that stops as soon as it produces more than it declared.
 */
import { inflateRawSync } from "node:zlib";
import { formatBytes, inputError, type Limits } from "../core/index.ts";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

/** True when the bytes start like a ZIP archive (local header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/**
 * Lists the entries of a ZIP archive from its central directory, refusing archives whose entry
 * count or total declared size is over the limits.
 * @throws CounterweightError CORRUPT_FILE when the directory is missing or broken, ARCHIVE_TOO_MANY_ENTRIES or ARCHIVE_TOO_LARGE over the limits.
 */
export function readZipDirectory(bytes: Uint8Array, name: string, limits: Limits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt(name);
  const declaredEntries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (declaredEntries > limits.maxArchiveEntries) throw tooManyEntries(name, declaredEntries, limits);
  const entries: ZipEntry[] = [];
  let totalSize = 0;
  for (let index = 0; index < declaredEntries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw corrupt(name);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: Buffer.from(bytes.buffer, bytes.byteOffset + offset + 46, nameLength).toString("utf8"),
    };
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER) {
      throw tooLarge(name, Number.POSITIVE_INFINITY, limits);
    }
    totalSize += entry.uncompressedSize;
    if (totalSize > limits.maxArchiveBytes) throw tooLarge(name, totalSize, limits);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, never producing more bytes than the entry declared.
 * @throws CounterweightError CORRUPT_FILE for a damaged entry, ARCHIVE_TOO_LARGE when it inflates past its declared size.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, name: string): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw corrupt(name);
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw corrupt(name);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + dataStart, entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt(name);
    return data;
  }
  if (entry.method !== 8) throw corrupt(name);
  if (entry.uncompressedSize === 0) return Buffer.alloc(0);
  try {
    return inflateRawSync(data, { maxOutputLength: entry.uncompressedSize });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw inputError(
        "ARCHIVE_TOO_LARGE",
        name,
        `an entry of the archive (${entry.name}) unpacks to more than it declares, as zip bombs do; open it in Word and save it again`,
        error,
      );
    }
    throw corrupt(name, error);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

function corrupt(name: string, cause?: unknown) {
  return inputError(
    "CORRUPT_FILE",
    name,
    "the document archive is damaged or incomplete; open it in Word and save it again, or paste the text",
    cause,
  );
}

function tooManyEntries(name: string, entries: number, limits: Limits) {
  return inputError(
    "ARCHIVE_TOO_MANY_ENTRIES",
    name,
    `the archive holds ${entries} entries; the limit is ${limits.maxArchiveEntries} (a DOCX this large is probably a zip bomb; if not, raise it with --max-archive-entries)`,
  );
}

function tooLarge(name: string, bytes: number, limits: Limits) {
  const size = Number.isFinite(bytes) ? formatBytes(bytes) : "over 4 GB";
  return inputError(
    "ARCHIVE_TOO_LARGE",
    name,
    `the archive unpacks to ${size}; the limit is ${formatBytes(limits.maxArchiveBytes)} (a DOCX this large is probably a zip bomb; if not, raise it with --max-archive-size)`,
  );
}
