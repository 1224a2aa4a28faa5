/**
 * Decides what kind of document some bytes are, by content first: container signatures (PDF,
 * ZIP), then known binary formats we refuse by name, then — once decoded — markup and syntax
 * in the text. The file extension only breaks ties.
 */
import { inputError, type SourceFormat } from "../core/index.ts";
import { hasCorpusAnnotations } from "./corpus-xml.ts";
import { decodeText } from "./decode.ts";
import { isZip } from "./zip.ts";

/** Extensions `listInputFiles` picks up (besides files without an extension). */
export const SUPPORTED_EXTENSIONS = [
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".xhtml",
  ".pdf",
  ".docx",
  ".xml",
] as const;

export const SUPPORTED_TYPES_TEXT = "plain text, Markdown, HTML, PDF or DOCX";

/** Signatures of formats people might drop in by mistake, so the error can name them. */
const KNOWN_BINARIES: Array<{ magic: number[]; offset?: number; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { magic: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { magic: [0x52, 0x49, 0x46, 0x46], what: "a RIFF media file (WebP, WAV or AVI)" },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: "a TIFF image" },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: "a TIFF image" },
  { magic: [0x1f, 0x8b], what: "a gzip archive" },
  { magic: [0x42, 0x5a, 0x68], what: "a bzip2 archive" },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: "an xz archive" },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a 7-Zip archive" },
  { magic: [0x52, 0x61, 0x72, 0x21], what: "a RAR archive" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Word (.doc) or Office file" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" },
  { magic: [0x25, 0x21, 0x50, 0x53], what: "a PostScript file" },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: "a program (ELF)" },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: "an SQLite database" },
  { magic: [0x66, 0x74, 0x79, 0x70], offset: 4, what: "a video or image (MP4/HEIC)" },
  { magic: [0x49, 0x44, 0x33], what: "an MP3 file" },
];

/**
 * Recognises PDF and DOCX by their bytes and refuses other containers and known binary formats.
 * Returns undefined for anything that may be text.
 * @throws CounterweightError UNSUPPORTED_TYPE for a ZIP that is not a DOCX and for known binary formats.
 */
export function detectContainer(bytes: Uint8Array, name: string): "pdf" | "docx" | undefined {
  // The PDF header may follow some junk; readers accept it within the first kilobyte.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (isZip(bytes)) {
    // The central directory names the parts; a DOCX has word/document.xml. Scanning the bytes
    // for the name is enough here: the DOCX reader checks the directory properly.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml")) {
      return "docx";
    }
    throw unsupported(name, "a ZIP archive (not a Word document)");
  }
  for (const { magic, offset = 0, what } of KNOWN_BINARIES) {
    if (magic.every((value, index) => bytes[offset + index] === value)) throw unsupported(name, what);
  }
  return undefined;
}

/**
 * Decides the format of decoded text. Corpus annotation tags win; then HTML markup; then
 * Markdown syntax; else plain text.
 * @throws CounterweightError UNSUPPORTED_TYPE for generic XML that is neither XHTML nor corpus text, ENTITY_EXPANSION for XML declaring entities.
 */
export function detectTextFormat(
  text: string,
  extensionHint: string | undefined,
  name: string,
): SourceFormat {
  const extension = normaliseExtension(extensionHint);
  const head = text.slice(0, 65_536);
  const start = head.trimStart().slice(0, 512).toLowerCase();
  if (hasCorpusAnnotations(text)) return "corpus-xml";
  if (start.startsWith("<?xml") || (start.startsWith("<!doctype") && !start.startsWith("<!doctype html"))) {
    if (/<!ENTITY/i.test(head)) {
      // Never expanded, never fetched: billion laughs and external entities are refused outright.
      throw inputError(
        "ENTITY_EXPANSION",
        name,
        "the XML declares entities, which agreements never need; save it as HTML, text or PDF",
      );
    }
    if (/<html[\s>]/i.test(head)) return "html";
    throw unsupported(name, "an XML data file");
  }
  if (extension === ".xml") return "corpus-xml";
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/.test(start)) return "html";
  if (start.startsWith("<!--") && /<(?:html|body|div|p)[\s>]/i.test(head)) return "html";
  const tags = head.match(
    /<\/?(?:p|div|h[1-6]|li|ul|ol|br|span|a|table|section|article|strong|em)\b[^<>]{0,500}>/gi,
  );
  if ((tags?.length ?? 0) >= 5) return "html";
  if ([".html", ".htm", ".xhtml"].includes(extension) && /<[a-z][^<>]{0,500}>/i.test(head)) return "html";
  if (extension === ".md" || extension === ".markdown" || looksLikeMarkdown(head)) return "markdown";
  return "text";
}

/**
 * Detects the format of some bytes, by content first and `extensionHint` (".md", "md") second.
 * @throws CounterweightError UNSUPPORTED_TYPE for binary or unsupported formats, UNDECODABLE for undecodable text.
 * @example detectFormat(new TextEncoder().encode("<!doctype html><p>Hi</p>")) // "html"
 */
export function detectFormat(bytes: Uint8Array, extensionHint?: string, name = "input"): SourceFormat {
  const container = detectContainer(bytes, name);
  if (container) return container;
  return detectTextFormat(decodeText(bytes, name).text, extensionHint, name);
}

/** Markdown needs more than one hint: a `#` heading with other syntax, or several links. */
function looksLikeMarkdown(head: string): boolean {
  const headings = head.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const links = head.match(/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g)?.length ?? 0;
  const emphasis = head.match(/\*\*[^*\n]{1,200}\*\*/g)?.length ?? 0;
  const bullets = head.match(/^[ \t]*[-*+][ \t]+\S/gm)?.length ?? 0;
  const score = headings * 2 + links * 2 + Math.min(emphasis, 3) + (bullets > 0 ? 1 : 0);
  return (headings > 0 && score >= 4) || links >= 2 || (emphasis >= 2 && bullets > 0);
}

function normaliseExtension(hint: string | undefined): string {
  if (!hint) return "";
  const lower = hint.toLowerCase();
  const dot = lower.lastIndexOf(".");
  return dot >= 0 ? lower.slice(dot) : `.${lower}`;
}

function unsupported(name: string, what: string) {
  return inputError(
    "UNSUPPORTED_TYPE",
    name,
    `this is ${what}, which Counterweight does not read; it reads ${SUPPORTED_TYPES_TEXT}`,
  );
}
