/**
 * Bytes → AgreementDocument: size check, format detection, decoding, extraction for the
 * format, normalisation with the offset map, and the checks that the result is usable.
 */
import {
  formatBytes,
  inputError,
  resolveLimits,
  type AgreementDocument,
  type Limits,
  type SourceFormat,
} from "../core/index.ts";
import { stripCorpusAnnotations } from "./corpus-xml.ts";
import { decodeText } from "./decode.ts";
import { detectContainer, detectTextFormat } from "./detect.ts";
import { extractDocx } from "./docx.ts";
import { extractHtml, type ExtractedText } from "./html.ts";
import { extractMarkdown } from "./markdown.ts";
import { mapBlocks, normaliseText } from "./normalise.ts";
import { extractPdf } from "./pdf.ts";

export interface IngestOptions {
  /** How the input is named in the document and in error messages: a path, `stdin`, a URL. */
  name: string;
  limits?: Partial<Limits>;
  /** A file name or extension (`terms.md`, `.md`, `md`); used only when the content is ambiguous. */
  extensionHint?: string;
}

/**
 * Reads an agreement from bytes in any supported format.
 * @throws CounterweightError with a one-line message naming `options.name` for every bad input.
 * @example
 * const doc = await ingestBytes(new TextEncoder().encode("# Terms\n\nWe may end your account."), { name: "terms.md" });
 * doc.format; // "markdown"
 */
export async function ingestBytes(bytes: Uint8Array, options: IngestOptions): Promise<AgreementDocument> {
  const { name } = options;
  const limits = resolveLimits(options.limits);
  checkByteLimit(bytes.length, name, limits);
  if (bytes.length === 0) throw emptyInput(name);

  let format: SourceFormat;
  let encoding: string;
  let extracted: ExtractedText;
  const container = detectContainer(bytes, name);
  if (container === "pdf") {
    [format, encoding, extracted] = ["pdf", "binary", await extractPdf(bytes, name, limits)];
  } else if (container === "docx") {
    [format, encoding, extracted] = ["docx", "binary", await extractDocx(bytes, name, limits)];
  } else {
    const decoded = decodeText(bytes, name);
    encoding = decoded.encoding;
    format = detectTextFormat(decoded.text, options.extensionHint, name);
    if (format !== "html") checkTextLength(decoded.text.length, name, limits);
    extracted = extractFromText(format, decoded.text, name, limits);
  }
  checkTextLength(extracted.text.length, name, limits);

  const normalised = normaliseText(extracted.text);
  if (normalised.text.length === 0) throw emptyInput(name);
  const url = firstLineUrl(normalised.text);
  return {
    name,
    format,
    text: normalised.text,
    original: { text: extracted.text, map: normalised.map },
    blocks: mapBlocks(extracted.blocks, normalised),
    metadata: {
      bytes: bytes.length,
      encoding,
      ...(extracted.title ? { title: extracted.title } : {}),
      ...(url ? { url } : {}),
    },
  };
}

/** Throws TOO_LARGE with the message the CLI shows: `big.pdf: the file is 143 MB; the limit is 20 MB, …`. */
export function checkByteLimit(bytes: number, name: string, limits: Limits): void {
  if (bytes > limits.maxBytes) {
    throw inputError(
      "TOO_LARGE",
      name,
      `the file is ${formatBytes(bytes)}; the limit is ${formatBytes(limits.maxBytes)}, raise it with --max-bytes`,
    );
  }
}

function extractFromText(format: SourceFormat, text: string, name: string, limits: Limits): ExtractedText {
  switch (format) {
    case "html":
      return extractHtml(text, name, limits);
    case "markdown":
      return extractMarkdown(text);
    case "corpus-xml":
      // The first line (the URL) stays in the text: corpus offsets and evaluation depend on it.
      return { text: stripCorpusAnnotations(text).text, blocks: [] };
    default:
      return { text, blocks: [] };
  }
}

function checkTextLength(length: number, name: string, limits: Limits): void {
  if (length > limits.maxTextChars) {
    throw inputError(
      "TEXT_TOO_LONG",
      name,
      `the text has ${length.toLocaleString("en")} characters; the limit is ${limits.maxTextChars.toLocaleString("en")}, split the document or raise the limit with --max-text`,
    );
  }
}

function emptyInput(name: string) {
  return inputError("EMPTY_INPUT", name, "there is no text to analyse; check that it is the right file");
}

/** The corpus' documents start with their source, `Available at: https://…`; so may pasted pages. */
function firstLineUrl(text: string): string | undefined {
  const newline = text.indexOf("\n");
  const firstLine = text.slice(0, newline < 0 ? Math.min(text.length, 2049) : Math.min(newline, 2049));
  if (firstLine.length > 2048) return undefined;
  return /^(?:(?:available at|source|url)\s*:?\s*)?(https?:\/\/\S+)$/i.exec(firstLine)?.[1];
}
