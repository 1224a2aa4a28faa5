/**
 * Resource limits for everything that reads untrusted input. Defaults are generous for a
 * real agreement (the longest corpus document is 136 KB) and small enough that a hostile
 * file cannot exhaust memory or time. Every limit can be raised from the CLI or the API.
 */
export interface Limits {
  /** Bytes of one input file or request body. */
  maxBytes: number;
  /** Characters of text extracted from one input. */
  maxTextChars: number;
  /** Total uncompressed bytes of a DOCX (zip) archive. */
  maxArchiveBytes: number;
  /** Entries in a DOCX (zip) archive. */
  maxArchiveEntries: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
  /** Element nesting depth of HTML or XML. */
  maxNestingDepth: number;
  /** Characters of one sentence; longer runs are cut at word boundaries. */
  maxSentenceChars: number;
  /** Milliseconds one analysis may take before it is abandoned. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxTextChars: 5_000_000,
  maxArchiveBytes: 100 * 1024 * 1024,
  maxArchiveEntries: 2_000,
  maxPdfPages: 1_000,
  maxNestingDepth: 512,
  maxSentenceChars: 5_000,
  timeBudgetMs: 15_000,
});

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
