/**
 * Properties of the whole pipeline on arbitrary input (the stage-level ones live beside the
 * stages: src/ingest/normalise.test.ts, src/segment/invariants.test.ts). For any bytes under any
 * extension, ingest gives a document or a CounterweightError; for any text, the analysis finishes
 * within its budget, every span lies inside the text, and sentences never overlap and cover it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/analyze.ts";
import { isCounterweightError, type AgreementDocument, type Span } from "../../src/core/index.ts";
import { ingestBytes, SUPPORTED_EXTENSIONS } from "../../src/ingest/index.ts";
import { findSentenceProblem } from "../../src/segment/index.ts";

const EXTENSIONS = [...SUPPORTED_EXTENSIONS, "", ".bin"];

/** Starts that steer random bytes into each reader: PDF, ZIP, BOMs, HTML, XML, corpus tags, Markdown. */
const PREFIXES = [
  "",
  "%PDF-1.7\n",
  "PK\u0003\u0004",
  "\uFEFF",
  "<html><body>",
  "<?xml version='1.0'?>",
  "<ter2>",
  "# ",
];

const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc
    .tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 1024 }))
    .map(([prefix, tail]) => new Uint8Array(Buffer.concat([Buffer.from(prefix, "latin1"), tail]))),
  fc
    .tuple(fc.constantFrom(...PREFIXES), fc.string({ maxLength: 1024 }))
    .map(([prefix, text]) => new Uint8Array(Buffer.from(prefix + text, "utf8"))),
);

/** Text that looks enough like an agreement to reach every rule, with markup and oddities mixed in. */
const PIECES = [
  "We may terminate your account at any time.",
  "You waive any class action",
  "1.",
  "(a)",
  "## Arbitration",
  "<p>",
  "</div>",
  "<li>",
  "**",
  "\n",
  "\n\n",
  " ",
  "e.g.",
  "Inc.",
  "…",
  "\u00a0",
  "\u0000",
  "\ud800",
  "😀",
  "&amp;",
  "<script>x</script>",
];
const agreementishText = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 300 })
    .map((parts) => parts.join(" ")),
);

function spanProblem(what: string, span: Span, length: number): string | undefined {
  const ok =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    0 <= span.start &&
    span.start <= span.end &&
    span.end <= length;
  return ok ? undefined : `${what} [${span.start}, ${span.end}) is outside the text of ${length}`;
}

function documentProblem(doc: AgreementDocument): string | undefined {
  if (doc.text.length === 0) return "an empty document was returned";
  for (const block of doc.blocks) {
    const problem = spanProblem("block", block, doc.text.length);
    if (problem) return problem;
  }
  for (const [normalised, original] of doc.original.map.anchors) {
    if (normalised > doc.text.length || original > doc.original.text.length) return "an anchor past the text";
  }
  return undefined;
}

async function ingestOutcome(bytes: Uint8Array, extension: string): Promise<AgreementDocument | undefined> {
  try {
    return await ingestBytes(bytes, { name: `input${extension}`, extensionHint: extension || undefined });
  } catch (error) {
    if (isCounterweightError(error)) {
      expect(error.message).not.toContain("\n");
      expect(error.userFault).toBe(true);
      return undefined;
    }
    throw error;
  }
}

describe("pipeline properties", () => {
  it(
    "ingest of arbitrary bytes under any extension gives a sound document or a typed error",
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileBytes, fc.constantFrom(...EXTENSIONS), async (bytes, extension) => {
          const doc = await ingestOutcome(bytes, extension);
          if (doc) expect(documentProblem(doc)).toBeUndefined();
        }),
        { numRuns: 400 },
      );
    },
  );

  it(
    "analysis of arbitrary text finishes within its budget with every span inside the text",
    { timeout: 180_000 },
    async () => {
      const budgetMs = 2_000;
      let analysed = 0;
      let withFindings = 0;
      await fc.assert(
        fc.asyncProperty(
          agreementishText,
          fc.constantFrom(".txt", ".md", ".html"),
          async (text, extension) => {
            const doc = await ingestOutcome(new Uint8Array(Buffer.from(text, "utf8")), extension);
            if (!doc) return;
            const started = performance.now();
            let analysis;
            try {
              analysis = analyzeDocument(doc, { limits: { timeBudgetMs: budgetMs } });
            } catch (error) {
              expect(isCounterweightError(error) && error.code).toBe("TIME_BUDGET");
              return;
            }
            // The budget is checked between stages; one stage of a 2 KB text is far below it.
            expect(performance.now() - started).toBeLessThan(budgetMs);
            const { segmentation, findings } = analysis;
            analysed++;
            if (findings.length > 0) withFindings++;
            const length = doc.text.length;
            expect(findSentenceProblem(doc.text, segmentation.sentences)).toBeNull();
            for (const span of [...segmentation.headings, ...segmentation.clauses]) {
              expect(spanProblem("segment", span, length)).toBeUndefined();
            }
            for (const finding of findings) {
              expect(spanProblem("finding", finding, length)).toBeUndefined();
              // A finding is a clause: its strongest sentence and every fragment lie inside it.
              const strongest = segmentation.sentences[finding.sentence]!;
              expect(strongest.start >= finding.start && strongest.end <= finding.end).toBe(true);
              expect(finding.fragments.length).toBeGreaterThan(0);
              for (const fragment of finding.fragments) {
                expect(
                  fragment.start >= finding.start && fragment.end <= finding.end,
                  "fragment inside",
                ).toBe(true);
              }
              for (const evidence of finding.evidence) {
                expect(
                  finding.fragments.some((f) => evidence.start >= f.start && evidence.end <= f.end),
                  "evidence inside a fragment",
                ).toBe(true);
              }
            }
          },
        ),
        { numRuns: 200 },
      );
      expect(analysed).toBeGreaterThan(100);
      // Random text rarely reads as a one-sided term; at least one run must reach the classifier's findings.
      expect(withFindings).toBeGreaterThan(0);
    },
  );
});
