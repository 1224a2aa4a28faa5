/**
 * The document model shared by every stage: the text plus spans that point into it.
 * Nothing downstream copies text; it keeps `[start, end)` offsets into `AgreementDocument.text`.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the document text. */
export interface Span {
  start: number;
  end: number;
}

export type SourceFormat = "text" | "markdown" | "html" | "pdf" | "docx" | "corpus-xml";

/** Structure the reader found in the source: HTML headings, Markdown `#`, DOCX heading styles, list items. */
export interface Block extends Span {
  kind: "heading" | "paragraph" | "list-item";
  /** Heading level 1..6 for headings. */
  level?: number;
}

/**
 * Maps offsets in the normalised text back to the text as extracted (before whitespace and
 * typographic normalisation). `anchors` holds pairs `[normalisedOffset, originalOffset]` at every
 * point where the two stop running in parallel; between anchors they advance together.
 */
export interface OffsetMap {
  anchors: Array<[number, number]>;
}

export interface AgreementDocument {
  /** File name, `stdin`, or a caller-given name. */
  name: string;
  format: SourceFormat;
  /** The normalised text every offset points into. */
  text: string;
  /** The extracted text before normalisation, and how to map back to it. */
  original: { text: string; map: OffsetMap };
  blocks: Block[];
  metadata: {
    bytes: number;
    encoding: string;
    title?: string;
    url?: string;
  };
  /** The language detected when the document was analysed (ISO 639-1), with the guess's confidence. */
  language?: string;
  languageConfidence?: number;
}

/** Reads `[start, end)` of the document text. */
export function spanText(doc: { text: string }, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Maps an offset in the normalised text to the corresponding offset in `original.text`. */
export function toOriginalOffset(map: OffsetMap, offset: number): number {
  const anchors = map.anchors;
  let lo = 0;
  let hi = anchors.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]![0] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return offset;
  const [norm, orig] = anchors[best]!;
  return orig + (offset - norm);
}
