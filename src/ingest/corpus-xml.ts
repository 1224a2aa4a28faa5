/**
 * The corpus' `.xml` files are plain text with inline annotation tags such as
 * `<ltd2>…</ltd2>` (category code + fairness level) and the auxiliary `<countryM>`.
 * They are not XML: `<`, `&` and real HTML like `<a>` appear unescaped. This reader
 * removes exactly the annotation tags and reports each tagged span in the stripped text.
 */

const ANNOTATION_TAG = /<(\/?)((?:a|ch|cr|j|law|ltd|ter|use|pinc)[123]|countryM)>/gi;

export interface AnnotatedSpan {
  /** The tag as written, lower-cased: `ltd2`, `ter3`, `countrym`. */
  tag: string;
  start: number;
  end: number;
}

export interface StrippedCorpusText {
  text: string;
  annotations: AnnotatedSpan[];
}

/** True when the text carries corpus annotation tags (used by type detection). */
export function hasCorpusAnnotations(text: string): boolean {
  ANNOTATION_TAG.lastIndex = 0;
  const found = ANNOTATION_TAG.test(text);
  ANNOTATION_TAG.lastIndex = 0;
  return found;
}

/** Removes annotation tags; the spans they wrapped are returned as offsets into the stripped text. */
export function stripCorpusAnnotations(source: string): StrippedCorpusText {
  const parts: string[] = [];
  const open = new Map<string, number[]>();
  const annotations: AnnotatedSpan[] = [];
  let length = 0;
  let last = 0;
  for (const match of source.matchAll(ANNOTATION_TAG)) {
    const chunk = source.slice(last, match.index);
    parts.push(chunk);
    length += chunk.length;
    last = match.index + match[0].length;
    const tag = match[2]!.toLowerCase();
    if (match[1] === "/") {
      const starts = open.get(tag);
      const start = starts?.pop();
      if (start !== undefined) annotations.push({ tag, start, end: length });
    } else {
      const starts = open.get(tag) ?? [];
      starts.push(length);
      open.set(tag, starts);
    }
  }
  parts.push(source.slice(last));
  annotations.sort((x, y) => x.start - y.start || x.end - y.end);
  return { text: parts.join(""), annotations };
}
