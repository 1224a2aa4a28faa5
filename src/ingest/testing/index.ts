/**
 * Fixture generators for tests anywhere in the project (ingest, CLI, web app): every format
 * fixture is made by code, never checked in as an opaque binary.
 */
export { makePdf, type PdfOptions } from "./make-pdf.ts";
export { makeZip, crc32, type ZipEntrySpec } from "./make-zip.ts";
export { makeDocx, docxEntries, type DocxParagraph } from "./make-docx.ts";
export { encodeText, type TestEncoding } from "./encode-text.ts";
