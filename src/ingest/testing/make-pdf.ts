/**
 * Writes small, valid text PDFs for tests: one page per entry, each a list of lines set in the
 * standard Helvetica font (no embedding needed). An empty line leaves a blank line, which is
 * how a paragraph gap looks to a PDF reader.
 */

export interface PdfOptions {
  /** The document information dictionary's Title. */
  title?: string;
  fontSize?: number;
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  passwordProtected?: boolean;
}

/**
 * Builds a PDF whose pages hold the given lines. Characters outside Latin-1 are not supported.
 * @example const bytes = makePdf([["1. Terms", "We may end your account at any time."]]);
 */
export function makePdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  const fontSize = options.fontSize ?? 11;
  const leading = Math.round(fontSize * 1.3);
  const objects: string[] = [];
  const pageCount = pages.length;
  const pageIds = pages.map((_, index) => 4 + index * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageCount} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  pages.forEach((lines, index) => {
    const pageId = pageIds[index]!;
    const body = lines.map((line) => `(${escapePdfString(line)}) Tj T*`).join("\n");
    const stream = `BT\n/F1 ${fontSize} Tf\n${leading} TL\n72 760 Td\n${body}\nET`;
    objects[pageId] =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] =
      `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`;
  });
  const infoId = objects.length;
  if (options.title !== undefined) objects[infoId] = `<< /Title (${escapePdfString(options.title)}) >>`;

  let output = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(output, "latin1");
    output += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(output, "latin1");
  output += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) output += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  const info = options.title !== undefined ? ` /Info ${infoId} 0 R` : "";
  const hash = `(${"\\001".repeat(32)})`;
  const id = "<00112233445566778899aabbccddeeff>";
  const encrypt = options.passwordProtected
    ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /O ${hash} /U ${hash} /P -4 >> /ID [${id} ${id}]`
    : "";
  output += `trailer\n<< /Size ${objects.length} /Root 1 0 R${info}${encrypt} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(output, "latin1"));
}

/** Escapes a PDF literal string; Latin-1 characters are written as octal escapes. */
function escapePdfString(text: string): string {
  let escaped = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "(" || ch === ")" || ch === "\\") escaped += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) escaped += ch;
    else if (code <= 0xff) escaped += `\\${code.toString(8).padStart(3, "0")}`;
    else throw new Error(`makePdf: character U+${code.toString(16)} is outside Latin-1`);
  }
  return escaped;
}
