/**
 * `npm run -s eval:segment -- [--json] [--verbose] [--corpus DIR]`: scores sentence boundaries on
 * the English corpus against the gold segmentation, beside the Intl.Segmenter baseline.
 */
import { isCounterweightError } from "../../core/index.ts";
import { evaluateSegmentation } from "./evaluate.ts";
import { formatTable } from "./format.ts";

function main(argv: string[]): void {
  const json = argv.includes("--json");
  const verbose = argv.includes("--verbose");
  const corpusAt = argv.indexOf("--corpus");
  const corpusDir = corpusAt >= 0 ? argv[corpusAt + 1] : undefined;
  const result = evaluateSegmentation(corpusDir === undefined ? {} : { corpusDir });
  if (json) {
    const { language, documents, boundaryPrecision, boundaryRecall, boundaryF1, baselineF1 } = result;
    const summary = { language, documents, boundaryPrecision, boundaryRecall, boundaryF1, baselineF1 };
    const extra = verbose ? { perDocument: result.perDocument } : {};
    const rest = {
      baselinePrecision: result.baselinePrecision,
      baselineRecall: result.baselineRecall,
      goldSentences: result.goldSentences,
      unalignedSentences: result.unalignedSentences,
      segmentMilliseconds: Math.round(result.segmentMilliseconds),
    };
    process.stdout.write(`${JSON.stringify({ ...summary, ...rest, ...extra })}\n`);
  } else {
    process.stdout.write(formatTable(result, verbose));
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:segment: ${error.message}\n`);
  process.exitCode = 2;
}
