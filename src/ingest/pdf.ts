/**
 * Extracts the text of a PDF with pdf.js (through unpdf), page by page, and rebuilds what the
 * layout split apart: lines become paragraphs where the vertical gap says so, words hyphenated
 * at a line end are rejoined, and a line that runs on into a lower-case start is unwrapped.
 */
import { getDocumentProxy } from "unpdf";
import { inputError, type Limits } from "../core/index.ts";
import type { ExtractedText } from "./html.ts";

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

interface PdfLine {
  text: string;
  y: number;
  height: number;
}

/** A gap between lines this many line-heights high starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/**
 * Reads the text of a PDF. Pages are joined with a blank line.
 * @throws CounterweightError TOO_MANY_PAGES, CORRUPT_FILE (damaged), UNSUPPORTED_TYPE (password), EMPTY_INPUT (no text layer).
 */
export async function extractPdf(bytes: Uint8Array, name: string, limits: Limits): Promise<ExtractedText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of the buffer it is given, so it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    throw pdfError(error, name);
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) {
      throw inputError(
        "TOO_MANY_PAGES",
        name,
        `the PDF has ${pdf.numPages} pages; the limit is ${limits.maxPdfPages} (raise it with --max-pages)`,
      );
    }
    const pages: string[] = [];
    let characters = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const text = joinLines(toLines(content.items as PdfTextItem[]));
      page.cleanup();
      characters += text.length;
      if (characters > limits.maxTextChars) {
        throw inputError(
          "TEXT_TOO_LONG",
          name,
          `the text is over the ${limits.maxTextChars.toLocaleString("en")}-character limit; split the document or raise the limit with --max-text`,
        );
      }
      if (text.trim() !== "") pages.push(text);
    }
    if (pages.length === 0) {
      throw inputError(
        "EMPTY_INPUT",
        name,
        "the PDF has no text layer (probably a scan); run it through OCR or paste the text",
      );
    }
    const title = await readTitle(pdf);
    return { text: pages.join("\n\n"), blocks: [], ...(title ? { title } : {}) };
  } catch (error) {
    throw pdfError(error, name);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function readTitle(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string | undefined> {
  try {
    const { info } = await pdf.getMetadata();
    const title = (info as { Title?: unknown } | undefined)?.Title;
    return typeof title === "string" && title.trim() !== "" ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Groups text items into lines: a new line at an explicit end of line or a change of baseline. */
function toLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of items) {
    const y = item.transform?.[5] ?? current?.y ?? 0;
    const height = item.height || current?.height || 10;
    if (current && Math.abs(current.y - y) > height * 0.5 && current.text.trim() !== "") {
      lines.push(current);
      current = undefined;
    }
    current ??= { text: "", y, height };
    current.text += item.str ?? "";
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== "");
}

/** Joins lines into paragraphs, undoing hyphenation and wrapping (parts, not string rebuilding: linear). */
function joinLines(lines: PdfLine[]): string {
  const parts: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const content = line.text.trim();
    const last = parts[parts.length - 1];
    if (!previous || last === undefined) {
      parts.push(content);
    } else {
      const gap = previous.y - line.y;
      if (gap > Math.max(previous.height, line.height) * PARAGRAPH_GAP || gap < 0) {
        parts.push("\n\n", content);
      } else if (/\p{Ll}-$/u.test(last) && /^\p{Ll}/u.test(content)) {
        parts[parts.length - 1] = last.slice(0, -1); // "termi-" + "nation"
        parts.push(content);
      } else if (!/[.!?:;]["'”’)]*$/.test(last) && /^\p{Ll}/u.test(content)) {
        parts.push(" ", content);
      } else {
        parts.push("\n", content);
      }
    }
    previous = line;
  }
  return parts.join("");
}

function pdfError(error: unknown, name: string) {
  if (error instanceof Error && error.name === "CounterweightError") return error;
  const kind = (error as { name?: string } | undefined)?.name;
  if (kind === "PasswordException") {
    return inputError(
      "UNSUPPORTED_TYPE",
      name,
      "the PDF is password-protected; remove the password (or print it to a new PDF) or paste the text",
      error,
    );
  }
  return inputError(
    "CORRUPT_FILE",
    name,
    "the PDF is damaged or incomplete; export it again or paste the text",
    error,
  );
}
