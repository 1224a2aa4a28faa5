/** The report JSON of an analysis as UTF-8 bytes: what `POST /api/analyze` answers. */
import type { Analysis } from "../assess/index.ts";
import { renderJson } from "../report/index.ts";

export function reportJsonBytes(analysis: Analysis): Uint8Array<ArrayBuffer> {
  // Buffer.from encodes a long string about three times faster than TextEncoder.encode.
  const bytes = Buffer.from(JSON.stringify(renderJson(analysis)), "utf8");
  // A short one may sit in Node's shared pool: it gets a buffer of its own, so it can be transferred.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? new Uint8Array(bytes.buffer)
    : new Uint8Array(bytes);
}
