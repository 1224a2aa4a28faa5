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
 * Normalises `input` and returns the text with anchors mapping each offset back into `input`
 * (see `toOriginalOffset` in core). Linear time; unchanged stretches are copied as slices so a
 * 40 MB single line costs one pass.
 * @example normaliseText("a \u00a0 b\r\n\r\n\r\nc").text // "a b\n\nc"
 */
export function normaliseText(input: string): NormalisedText {
  const out: string[] = [];
  const anchors: Array<[number, number]> = [];
  let outLength = 0;
  let delta = 0; // output offset minus input offset for the current stretch
  let runStart = 0;
  let runEnd = 0; // input range copied verbatim but not yet flushed to `out`

  const flushRun = () => {
    if (runEnd > runStart) {
      out.push(input.slice(runStart, runEnd));
      outLength += runEnd - runStart;
    }
    runStart = runEnd = 0;
  };
  const anchor = (outOffset: number, inOffset: number) => {
    if (outOffset - inOffset !== delta) {
      anchors.push([outOffset, inOffset]);
      delta = outOffset - inOffset;
    }
  };
  const copy = (index: number) => {
    if (index === runEnd && runEnd > runStart) {
      runEnd++;
      return;
    }
    flushRun();
    anchor(outLength, index);
    runStart = index;
    runEnd = index + 1;
  };
  const emit = (replacement: string, index: number) => {
    flushRun();
    if (replacement.length > 1) {
      anchors.push([outLength, index]); // explicit, so a forward lookup finds the expansion's start
      delta = outLength - index;
    } else anchor(outLength, index);
    // Extra characters of a ligature all point at the ligature itself.
    for (let k = 1; k < replacement.length; k++) anchors.push([outLength + k, index]);
    if (replacement.length > 1) delta = outLength + replacement.length - 1 - index;
    out.push(replacement);
    outLength += replacement.length;
  };

  let pendingSpace = -1;
  const pendingBreaks: number[] = [];
  const emitPendingWhitespace = () => {
    const written = outLength + (runEnd - runStart);
    if (written > 0) {
      if (pendingBreaks.length > 0) {
        for (const at of pendingBreaks) {
          if (input.charCodeAt(at) === 0x0a) copy(at);
          else emit("\n", at);
        }
      } else if (pendingSpace >= 0) {
        if (input.charCodeAt(pendingSpace) === 0x20) copy(pendingSpace);
        else emit(" ", pendingSpace);
      }
    }
    pendingSpace = -1;
    pendingBreaks.length = 0;
  };

  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    switch (classify(code)) {
      case Kind.Keep:
        if (pendingSpace >= 0 || pendingBreaks.length > 0) emitPendingWhitespace();
        copy(i);
        break;
      case Kind.Space:
        // Spaces after a line break are leading indentation and are dropped with it.
        if (pendingSpace < 0 && pendingBreaks.length === 0) pendingSpace = i;
        break;
      case Kind.Newline: {
        let at = i;
        if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) at = ++i; // CRLF: keep the LF
        if (pendingBreaks.length < 2) pendingBreaks.push(at);
        pendingSpace = -1;
        break;
      }
      case Kind.Ligature:
        if (pendingSpace >= 0 || pendingBreaks.length > 0) emitPendingWhitespace();
        emit(LIGATURES[code]!, i);
        break;
      case Kind.Drop:
        break;
    }
  }
  flushRun();
  return { text: out.join(""), map: { anchors } };
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
