/**
 * `JSON.stringify(value)` as UTF-8 bytes, byte for byte, without ever building the whole JSON as
 * one string. A report is about 176 KB of JSON; as one string it is a tree of pieces that must be
 * copied into a single flat string before it can be encoded, and a string that large is allocated
 * among V8's large objects, which on these machines costs about 1.5 ms a time (against about 10 µs
 * for the same copy under 128 KB). So the big parts (long strings, long arrays, the objects holding
 * them) are stringified in small pieces, and each piece is written into one buffer.
 */

/** Sizes of the pieces: small enough that each piece stays an ordinary young object. */
export interface JsonPieceSizes {
  /** Characters of a long string written per piece. */
  stringChars: number;
  /** Elements of a long array stringified per piece. */
  arrayElements: number;
}

const DEFAULT_SIZES: JsonPieceSizes = { stringChars: 16_384, arrayElements: 32 };

/**
 * How deep the writer takes objects apart, field by field (a report and its document). Below
 * this, and for arrays short enough to be one piece, a call to JSON.stringify per field would
 * cost more than it saves.
 */
const MAX_DEPTH = 2;

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, in an ArrayBuffer of their own so they can be
 * transferred to another thread. Walks plain data (objects, arrays, strings, numbers, booleans,
 * null, with undefined fields left out, as JSON.stringify does); anything else (a Date, an object
 * with toJSON) is stringified whole. The value itself must not be undefined.
 * @example new TextDecoder().decode(jsonUtf8Bytes({ a: [1, "é"] })) // '{"a":[1,"é"]}'
 */
export function jsonUtf8Bytes(
  value: unknown,
  sizes: JsonPieceSizes = DEFAULT_SIZES,
): Uint8Array<ArrayBuffer> {
  const pieces: Piece[] = [];
  addValue(value, pieces, sizes, 0);
  let length = 0;
  for (const piece of pieces) {
    piece.bytes = Buffer.byteLength(piece.text, "utf8");
    length += piece.bytes - piece.overlap;
  }
  const out = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const piece of pieces) {
    offset -= piece.overlap;
    out.write(piece.text, offset, "utf8");
    if (piece.firstByte !== undefined) out[offset] = piece.firstByte;
    offset += piece.bytes;
  }
  return new Uint8Array(out.buffer, 0, out.byteLength);
}

/**
 * One stretch of the output. A piece that continues a string or an array starts one byte back,
 * over the previous piece's closing `"` or `]`: a string's piece comes without its opening quote,
 * and an array's opening `[` is overwritten by the comma between elements (`firstByte`).
 */
interface Piece {
  text: string;
  overlap: 0 | 1;
  /** Its UTF-8 length, measured once all pieces are known. */
  bytes: number;
  firstByte?: number;
}

const COMMA = 0x2c;

function addValue(value: unknown, pieces: Piece[], sizes: JsonPieceSizes, depth: number): void {
  if (typeof value === "string" && value.length > sizes.stringChars) {
    addLongString(value, pieces, sizes.stringChars);
  } else if (Array.isArray(value) && value.length > sizes.arrayElements) {
    addArray(value, pieces, sizes);
  } else if (isPlainObject(value) && depth < MAX_DEPTH) {
    addObject(value, pieces, sizes, depth);
  } else {
    const text = JSON.stringify(value) as string | undefined;
    // Only reached for values JSON.stringify keeps: objects skip undefined fields before this.
    pieces.push({ text: text ?? "null", overlap: 0, bytes: 0 });
  }
}

function addLongString(value: string, pieces: Piece[], chars: number): void {
  for (let start = 0; start < value.length;) {
    let end = Math.min(start + chars, value.length);
    // Never split a surrogate pair: each half alone would be written as a \u escape.
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    const text = JSON.stringify(value.slice(start, end));
    // A piece that continues the string goes over the previous closing quote, without its own opening one.
    pieces.push(start === 0 ? { text, overlap: 0, bytes: 0 } : { text: text.slice(1), overlap: 1, bytes: 0 });
    start = end;
  }
}

function addArray(value: unknown[], pieces: Piece[], sizes: JsonPieceSizes): void {
  for (let start = 0; start < value.length; start += sizes.arrayElements) {
    pieces.push({
      text: JSON.stringify(value.slice(start, start + sizes.arrayElements)),
      overlap: start === 0 ? 0 : 1,
      bytes: 0,
      firstByte: start === 0 ? undefined : COMMA,
    });
  }
}

function addObject(
  value: Record<string, unknown>,
  pieces: Piece[],
  sizes: JsonPieceSizes,
  depth: number,
): void {
  pieces.push({ text: "{", overlap: 0, bytes: 0 });
  let first = true;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined || typeof field === "function" || typeof field === "symbol") continue;
    pieces.push({ text: `${first ? "" : ","}${JSON.stringify(key)}:`, overlap: 0, bytes: 0 });
    first = false;
    addValue(field, pieces, sizes, depth + 1);
  }
  pieces.push({ text: "}", overlap: 0, bytes: 0 });
}

/** An object JSON.stringify walks field by field: not null, no toJSON, not a boxed primitive. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
