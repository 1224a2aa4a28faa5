/**
 * A behaviour case as the agreement a reader would paste: a title, a preamble that defines the
 * provider, the section heading and the paragraph, with the marked sentence located in it.
 */
import type { Span } from "../core/index.ts";
import type { BehaviourCase } from "./types.ts";

export const DEFAULT_PROVIDER = { name: "Northwind Online Ltd", short: "Northwind" } as const;

export interface CaseDocument {
  /** Markdown text of the whole agreement. */
  text: string;
  /** Where the marked sentence stands in `text`. */
  target: Span;
}

const OPEN = "[[";
const CLOSE = "]]";

/** Builds the case's document; throws when the case does not mark exactly one sentence. */
export function caseDocument(c: BehaviourCase): CaseDocument {
  const provider = c.provider ?? DEFAULT_PROVIDER;
  const title = `# ${provider.short} ${c.title ?? "Terms of Service"}`;
  const preamble =
    c.preamble ??
    `These Terms are an agreement between you and ${provider.name} ("${provider.short}", "we", "us").`;
  const head = `${title}\n\n${preamble}\n\n## ${c.heading}\n\n`;
  const open = c.text.indexOf(OPEN);
  const close = c.text.indexOf(CLOSE, open);
  if (open < 0 || close < 0 || c.text.indexOf(OPEN, open + 1) >= 0) {
    throw new Error(`behaviour case ${c.id}: mark exactly one sentence with [[ and ]]`);
  }
  const paragraph =
    c.text.slice(0, open) + c.text.slice(open + OPEN.length, close) + c.text.slice(close + CLOSE.length);
  const start = head.length + open;
  return { text: `${head}${paragraph}\n`, target: { start, end: start + (close - open - OPEN.length) } };
}
