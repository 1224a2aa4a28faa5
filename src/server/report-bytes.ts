/** The report JSON of an analysis as UTF-8 bytes: what `POST /api/analyze` answers. */
import type { Analysis } from "../assess/index.ts";
import { jsonUtf8Bytes } from "../core/index.ts";
import { renderJson } from "../report/index.ts";

export function reportJsonBytes(analysis: Analysis): Uint8Array<ArrayBuffer> {
  return jsonUtf8Bytes(renderJson(analysis));
}
