/**
 * Reads a Word (.docx) document. The archive is vetted first by our own ZIP reader — entry
 * count, declared sizes, a bounded inflate of every entry, and no XML entity declarations (Word
 * never writes them; billion-laughs files do) — and only then handed to mammoth, whose HTML
 * (headings and lists from Word's styles) goes through the HTML reader.
 */
import mammoth from "mammoth";
import { inputError, type Limits } from "../core/index.ts";
import { extractHtml, type ExtractedText } from "./html.ts";
import { readZipDirectory, readZipEntry } from "./zip.ts";

const MAIN_PART = "word/document.xml";

/**
 * Extracts the text of a DOCX with headings and list items as blocks.
 * @throws CounterweightError ARCHIVE_TOO_LARGE and ARCHIVE_TOO_MANY_ENTRIES (zip bomb), ENTITY_EXPANSION (billion laughs), CORRUPT_FILE (damaged or not a Word document).
 */
export async function extractDocx(bytes: Uint8Array, name: string, limits: Limits): Promise<ExtractedText> {
  const entries = readZipDirectory(bytes, name, limits);
  if (!entries.some((entry) => entry.name === MAIN_PART)) {
    throw inputError(
      "CORRUPT_FILE",
      name,
      "the archive is not a Word document (it has no word/document.xml); save it from Word as .docx",
    );
  }
  let title: string | undefined;
  for (const entry of entries) {
    const content = readZipEntry(bytes, entry, name);
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const xml = content.toString("utf8");
    if (/<!(DOCTYPE|ENTITY)/i.test(xml)) {
      throw inputError(
        "ENTITY_EXPANSION",
        name,
        `the document declares XML entities (${entry.name}), which Word never writes; open it in Word and save it again`,
      );
    }
    if (entry.name === "docProps/core.xml") title = readCoreTitle(xml);
  }
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Images are never unpacked: only their place in the text matters, and that is nothing.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    html = (await mammoth.convertToHtml({ buffer }, { convertImage })).value;
  } catch (error) {
    throw inputError(
      "CORRUPT_FILE",
      name,
      "the Word document is damaged or incomplete; open it in Word and save it again, or paste the text",
      error,
    );
  }
  const extracted = extractHtml(html, name, limits);
  return { ...extracted, ...(title ? { title } : {}) };
}

function readCoreTitle(xml: string): string | undefined {
  const match = /<dc:title>([^<]{1,1000})<\/dc:title>/.exec(xml);
  const title = match?.[1]
    ?.replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
  return title || undefined;
}
