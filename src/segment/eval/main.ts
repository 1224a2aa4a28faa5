/**
 * `npm run -s eval:segment -- [--json] [--verbose] [--corpus DIR] [--lang en|de|it|pl]`: scores sentence
 * boundaries on one language of the corpus (English by default) against its gold segmentation,
 * beside the Intl.Segmenter baseline.
 */
import { CounterweightError, isCounterweightError } from "../../core/index.ts";

/** The corpus' languages, each with its own gold segmentation. */
const SEGMENT_LANGUAGES = ["en", "de", "it", "pl"];
import { evaluateSegmentation } from "./evaluate.ts";
import { formatTable } from "./format.ts";

function main(argv: string[]): void {
  const json = argv.includes("--json");
  const verbose = argv.includes("--verbose");
  const corpusAt = argv.indexOf("--corpus");
  const corpusDir = corpusAt >= 0 ? argv[corpusAt + 1] : undefined;
  const langAt = argv.indexOf("--lang");
  const language = langAt >= 0 ? argv[langAt + 1] : "en";
  if (language === undefined || !SEGMENT_LANGUAGES.includes(language)) {
    throw new CounterweightError(
      "USAGE",
      `--lang must be one of ${SEGMENT_LANGUAGES.join(", ")}, not ${String(language)}`,
    );
  }
  const result = evaluateSegmentation({ ...(corpusDir === undefined ? {} : { corpusDir }), language });
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
