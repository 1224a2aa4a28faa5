/**
 * Normalises extracted text while keeping a map back to it. Only whitespace and invisible
 * characters change: line breaks become `\n`, runs of spaces one space, lines are trimmed, at
 * most one blank line separates paragraphs, zero-width characters and soft hyphens go, and
 * ligatures (ﬁ) are spelled out. Visible characters — curly quotes, dashes, ellipses — are kept
 * as written because the corpus' gold sentences keep them (“Terms”).
 */
import type { Block, OffsetMap } from "../core/index.ts";

export interface NormalisedText {
  text: string;
  map: OffsetMap;
}

const LIGATURES: Record<number, string> = {
  0xfb00: "ff",
  0xfb01: "fi",
  0xfb02: "fl",
  0xfb03: "ffi",
  0xfb04: "ffl",
  0xfb05: "st",
  0xfb06: "st",
};

const enum Kind {
  Keep,
  Space,
  Newline,
  Drop,
  Ligature,
}

function classify(code: number): Kind {
  if (code >= 0x21 && code < 0x7f) return Kind.Keep; // the common case first
  if (code === 0x20 || code === 0x09 || code === 0xa0) return Kind.Space;
  if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c) return Kind.Newline;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return Kind.Drop; // stray control characters
  if (code === 0x00ad || code === 0x200b || code === 0x2060 || code === 0xfeff) return Kind.Drop;
  if (code === 0x2028 || code === 0x2029) return Kind.Newline;
  if (code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) {
    return Kind.Space;
  }
  if (code === 0x3000) return Kind.Space;
  if (code >= 0xfb00 && code <= 0xfb06) return Kind.Ligature;
  return Kind.Keep;
}

/**
 * Builds the output as slices of the input where it runs parallel, with an anchor wherever
 * the offset between the two changes. A class rather than closures keeps V8 on its fast path.
 */
class OffsetWriter {
  readonly out: string[] = [];
  readonly anchors: Array<[number, number]> = [];
  length = 0;
  /** Output offset minus input offset for the current stretch. */
  delta = 0;
  /** Input range copied verbatim but not yet flushed. */
  runStart = 0;
  runEnd = 0;

  constructor(private readonly input: string) {}

  written(): number {
    return this.length + (this.runEnd - this.runStart);
  }

  copy(index: number): void {
    if (index === this.runEnd && this.runEnd > this.runStart) {
      this.runEnd++;
      return;
    }
    this.flush();
    this.anchor(index);
    this.runStart = index;
    this.runEnd = index + 1;
  }

  replace(replacement: string, index: number): void {
    this.flush();
    if (replacement.length > 1) {
      // Explicit anchors, so a forward lookup finds the expansion's start, and every extra
      // character of a ligature points at the ligature itself.
      for (let k = 0; k < replacement.length; k++) this.anchors.push([this.length + k, index]);
      this.delta = this.length + replacement.length - 1 - index;
    } else this.anchor(index);
    this.out.push(replacement);
    this.length += replacement.length;
  }

  flush(): void {
    if (this.runEnd > this.runStart) {
      this.out.push(this.input.slice(this.runStart, this.runEnd));
      this.length += this.runEnd - this.runStart;
    }
    this.runStart = this.runEnd = 0;
  }

  private anchor(index: number): void {
    if (this.length - index !== this.delta) {
      this.anchors.push([this.length, index]);
      this.delta = this.length - index;
    }
  }
}

/**
 * Normalises `input` and returns the text with anchors mapping each offset back into `input`
 * (see `toOriginalOffset` in core). Linear time; unchanged stretches are copied as slices so a
 * 40 MB single line costs one pass.
 * @example normaliseText("a \u00a0 b\r\n\r\n\r\nc").text // "a b\n\nc"
 */
export function normaliseText(input: string): NormalisedText {
  const writer = new OffsetWriter(input);
  let pendingSpace = -1; // input index of the first space of a run, or -1
  let firstBreak = -1; // input indexes of up to two line breaks in the current whitespace run
  let secondBreak = -1;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    // Fast path: a visible ASCII character continuing the current verbatim stretch.
    if (code > 0x20 && code < 0x7f && i === writer.runEnd && writer.runEnd > writer.runStart) {
      writer.runEnd++;
      continue;
    }
    const kind = code > 0x20 && code < 0x7f ? Kind.Keep : classify(code);
    if (kind === Kind.Keep || kind === Kind.Ligature) {
      if ((pendingSpace >= 0 || firstBreak >= 0) && writer.written() > 0) {
        if (firstBreak >= 0) {
          writeBreak(writer, input, firstBreak);
          if (secondBreak >= 0) writeBreak(writer, input, secondBreak);
        } else if (input.charCodeAt(pendingSpace) === 0x20) writer.copy(pendingSpace);
        else writer.replace(" ", pendingSpace);
      }
      pendingSpace = firstBreak = secondBreak = -1;
      if (kind === Kind.Keep) writer.copy(i);
      else writer.replace(LIGATURES[code]!, i);
    } else if (kind === Kind.Space) {
      // Spaces after a line break are leading indentation and are dropped with it.
      if (pendingSpace < 0 && firstBreak < 0) pendingSpace = i;
    } else if (kind === Kind.Newline) {
      let at = i;
      if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) at = ++i; // CRLF: keep the LF
      if (firstBreak < 0) firstBreak = at;
      else if (secondBreak < 0) secondBreak = at;
      pendingSpace = -1;
    }
  }
  writer.flush();
  return { text: writer.out.join(""), map: { anchors: writer.anchors } };
}

function writeBreak(writer: OffsetWriter, input: string, at: number): void {
  if (input.charCodeAt(at) === 0x0a) writer.copy(at);
  else writer.replace("\n", at);
}

/**
 * Maps an offset in the original text forward into the normalised text: the inverse of
 * `toOriginalOffset`. Offsets inside removed characters land on the next kept character.
 */
export function toNormalisedOffset(map: OffsetMap, normalisedLength: number, offset: number): number {
  const anchors = map.anchors;
  let lo = 0;
  let hi = anchors.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]![1] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Several anchors share one original offset where a ligature expanded: an offset AT the
  // ligature maps to its first character, an offset after it to the end of the expansion.
  if (best >= 0 && anchors[best]![1] === offset) {
    while (best > 0 && anchors[best - 1]![1] === offset) best--;
  }
  const [norm, orig] = best < 0 ? [0, 0] : anchors[best]!;
  let mapped = norm + (offset - orig);
  const next = anchors[best + 1];
  if (next !== undefined && mapped > next[0]) mapped = next[0];
  return Math.max(0, Math.min(mapped, normalisedLength));
}

/**
 * Moves blocks found in the extracted text onto the normalised text, trims surrounding
 * whitespace, and drops blocks left empty.
 */
export function mapBlocks(blocks: readonly Block[], normalised: NormalisedText): Block[] {
  const { text, map } = normalised;
  const mapped: Block[] = [];
  for (const block of blocks) {
    let start = toNormalisedOffset(map, text.length, block.start);
    let end = toNormalisedOffset(map, text.length, block.end);
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) mapped.push({ ...block, start, end });
  }
  return mapped;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}
