/**
 * Writes minimal but genuine Word documents for tests: headings use Word's "heading N" styles,
 * list items Word's numbering, so readers see the structure as they would in a real file.
 */
import { makeZip, type ZipEntrySpec } from "./make-zip.ts";

export type DocxParagraph =
  string | { text: string; heading?: 1 | 2 | 3; list?: "bullet" | "number"; bold?: boolean };

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The parts of a DOCX as ZIP entries, so a test can add, remove or tamper with one before
 * calling `makeZip`.
 */
export function docxEntries(paragraphs: DocxParagraph[], options: { title?: string } = {}): ZipEntrySpec[] {
  const body = paragraphs.map(paragraphXml).join("");
  const headingStyles = [1, 2, 3]
    .map(
      (level) =>
        `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`,
    )
    .join("");
  return [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`,
    },
    {
      name: "word/_rels/document.xml.rels",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
        `</Relationships>`,
    },
    {
      name: "word/document.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    },
    {
      name: "word/styles.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${headingStyles}</w:styles>`,
    },
    {
      name: "word/numbering.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
        `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
        `</w:numbering>`,
    },
    {
      name: "docProps/core.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        (options.title ? `<dc:title>${escapeXml(options.title)}</dc:title>` : "") +
        `</cp:coreProperties>`,
    },
  ];
}

/**
 * Builds a DOCX from paragraphs: plain strings, or objects with a heading level or list kind.
 * @example makeDocx([{ text: "Termination", heading: 1 }, { text: "We may end it.", list: "number" }]);
 */
export function makeDocx(paragraphs: DocxParagraph[], options: { title?: string } = {}): Uint8Array {
  return makeZip(docxEntries(paragraphs, options));
}

function paragraphXml(paragraph: DocxParagraph): string {
  const spec = typeof paragraph === "string" ? { text: paragraph } : paragraph;
  const properties: string[] = [];
  if (spec.heading) properties.push(`<w:pStyle w:val="Heading${spec.heading}"/>`);
  if (spec.list) {
    properties.push(
      `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${spec.list === "bullet" ? 1 : 2}"/></w:numPr>`,
    );
  }
  const runProperties = spec.bold ? "<w:rPr><w:b/></w:rPr>" : "";
  const pPr = properties.length > 0 ? `<w:pPr>${properties.join("")}</w:pPr>` : "";
  return `<w:p>${pPr}<w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(spec.text)}</w:t></w:r></w:p>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
