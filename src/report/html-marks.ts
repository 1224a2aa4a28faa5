/**
 * The whole document text with a `<mark data-finding>` per highlighted fragment of a finding; the
 * first mark of each finding carries its id (`f-N`) and the number linking to its explanation. Marks must nest properly in HTML; findings that share a sentence nest, and a finding
 * that partly overlaps an earlier one starts where the earlier one ends.
 */
import type { Finding, Span } from "../core/index.ts";
import { fragmentsOf } from "./locate.ts";
import { escapeHtml } from "./escape.ts";

export interface MarkSpan extends Span {
  /** Index into `analysis.findings`. */
  finding: number;
  /** Extra CSS classes, e.g. `level-3 cat-ter`. */
  className: string;
  /** False for a finding's second and later fragments: they are highlighted but carry no id or number. */
  anchor?: boolean;
}

/** Makes the spans nest: sorted by start, longer first; a partial overlap is trimmed to start after its neighbour. */
export function nestSpans(spans: readonly MarkSpan[], textLength: number): MarkSpan[] {
  const pending = spans
    .map((s) => ({ ...s, start: clamp(s.start, textLength), end: clamp(s.end, textLength) }))
    .map((s) => (s.end < s.start ? { ...s, end: s.start } : s));
  const placed: MarkSpan[] = [];
  const open: MarkSpan[] = [];
  const byPosition = (x: MarkSpan, y: MarkSpan) =>
    x.start - y.start || y.end - x.end || x.finding - y.finding;
  pending.sort(byPosition);
  while (pending.length > 0) {
    const span = pending.shift()!;
    while (open.length > 0 && open[open.length - 1]!.end <= span.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && span.end > parent.end) {
      // Partial overlap: move this span's start to where the parent ends and place it again later.
      pending.push({ ...span, start: parent.end });
      pending.sort(byPosition);
      continue;
    }
    placed.push(span);
    open.push(span);
  }
  return placed;
}

/** The escaped document text with the marks inserted. */
export function renderMarkedText(text: string, spans: readonly MarkSpan[]): string {
  const placed = nestSpans(spans, text.length);
  // Events at each offset: closes before opens; inner closes first, outer opens first.
  const opens = new Map<number, MarkSpan[]>();
  const closes = new Map<number, MarkSpan[]>();
  for (const span of placed) {
    (opens.get(span.start) ?? opens.set(span.start, []).get(span.start)!).push(span);
    (closes.get(span.end) ?? closes.set(span.end, []).get(span.end)!).push(span);
  }
  const cuts = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])].sort((x, y) => x - y);
  const out: string[] = [];
  const stack: MarkSpan[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    // Close every open span ending here, innermost first (the stack order guarantees proper nesting).
    while (stack.length > 0 && stack[stack.length - 1]!.end === at) {
      stack.pop();
      out.push("</mark>");
    }
    for (const span of opens.get(at) ?? []) {
      const n = span.finding + 1;
      out.push(
        span.anchor === false
          ? `<mark data-finding="${n}" class="finding ${escapeHtml(span.className)}">`
          : `<mark id="f-${n}" data-finding="${n}" class="finding ${escapeHtml(span.className)}">` +
              `<a class="ref" href="#finding-${n}" aria-label="Finding ${n}: read the explanation">${n}</a>`,
      );
      if (span.end === at) out.push("</mark>");
      else stack.push(span);
    }
    const next = cuts[i + 1];
    if (next !== undefined) out.push(escapeHtml(text.slice(at, next)));
  }
  while (stack.pop()) out.push("</mark>");
  return out.join("");
}

function clamp(offset: number, length: number): number {
  return Math.min(length, Math.max(0, Math.floor(offset)));
}

/** One mark per fragment of every finding; the first fragment of each is its anchor. */
export function findingMarks(findings: readonly Finding[]): MarkSpan[] {
  return findings.flatMap((f, i) =>
    fragmentsOf(f).map((fragment, k) => ({
      start: fragment.start,
      end: fragment.end,
      finding: i,
      className: `level-${f.level} cat-${f.category}`,
      anchor: k === 0,
    })),
  );
}
