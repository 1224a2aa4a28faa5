/**
 * Turns the bytes of a text file into a string without guessing wrong: a byte-order mark wins,
 * then UTF-16 without a mark when the NUL pattern is unmistakable, then strict UTF-8, and only
 * then Windows-1252 (the usual legacy encoding of Western documents). Binary data is refused
 * rather than decoded into noise.
 */
import { inputError } from "../core/index.ts";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SUPPORTED_TYPES = "plain text, Markdown, HTML, PDF or DOCX";

/**
 * Node may be built without full ICU, where `TextDecoder("windows-1252")` silently means
 * ISO-8859-1 and leaves 0x80–0x9F as control characters. This table gives those bytes their
 * Windows-1252 meaning (curly quotes, dashes, €); the five undefined bytes stay C1 controls.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
].map((code) => String.fromCharCode(code));

/**
 * Decodes text bytes and reports the encoding used.
 * @throws CounterweightError UNSUPPORTED_TYPE for binary data, UNDECODABLE for text in no encoding we read.
 * @example decodeText(new TextEncoder().encode("Terms"), "terms.txt") // { text: "Terms", encoding: "utf-8" }
 */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: strictDecode("utf-8", bytes.subarray(3), name, "UTF-8"), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: strictDecode("utf-16le", bytes.subarray(2), name, "UTF-16"), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: strictDecode("utf-16be", bytes.subarray(2), name, "UTF-16"), encoding: "utf-16be" };
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: strictDecode(utf16, bytes, name, "UTF-16"), encoding: utf16 };
  if (bytes.includes(0)) {
    throw inputError(
      "UNSUPPORTED_TYPE",
      name,
      `this is a binary file, not text; Counterweight reads ${SUPPORTED_TYPES}`,
    );
  }
  let text: string;
  let encoding: TextEncodingName = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  if (looksBinary(text)) {
    throw inputError(
      encoding === "utf-8" ? "UNSUPPORTED_TYPE" : "UNDECODABLE",
      name,
      `the bytes are not readable text (UTF-8, UTF-16 or Windows-1252); save it as UTF-8 text or as ${SUPPORTED_TYPES}`,
    );
  }
  return { text, encoding };
}

/** Decodes Windows-1252 bytes (also correct for ISO-8859-1 text, which it extends). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function strictDecode(encoding: string, bytes: Uint8Array, name: string, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw inputError(
      "UNDECODABLE",
      name,
      `the text claims to be ${label} but contains invalid ${label} bytes; save it again as UTF-8 text`,
      error,
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/**
 * Text in UTF-16 without a byte-order mark has a NUL in every other byte for Latin script. We
 * accept it only when that pattern is clear in the first 4 KB: NULs at most positions of one
 * parity and almost none at the other.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sampleLength = Math.min(bytes.length, 4096) & ~1;
  if (sampleLength < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sampleLength; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sampleLength / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return "utf-16le";
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return "utf-16be";
  return undefined;
}

/** More than 1 % control characters (other than tab, line breaks and form feed) means binary data. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) {
      controls++;
    } else if (code >= 0x80 && code <= 0x9f) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}
