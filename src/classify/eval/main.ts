/**
 * `npm run eval:model [-- --json] [--no-baseline] [--options JSON]`: five-fold document-level
 * evaluation of the classifier beside the scikit-learn baseline on the same folds and sentences.
 * `--options` overrides training options for experiments (see `TrainOptions`).
 */
import { CATEGORY_CODES, isCounterweightError } from "../../core/index.ts";
import type { CategoryCode } from "../../core/index.ts";
import { readFolds } from "../corpus/index.ts";
import { DEFAULT_TRAIN_OPTIONS } from "../train/trainer.ts";
import type { TrainOptions } from "../train/trainer.ts";
import { runBaseline } from "./baseline.ts";
import { crossValidate, goldCategories, readFoldDocuments } from "./cross-validate.ts";
import { scorePredictions } from "./metrics.ts";
import type { EvaluationScores, LabelledPrediction } from "./metrics.ts";
import { formatTable } from "./table.ts";

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const optionsArg = args.indexOf("--options");
  const options: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    ...(optionsArg >= 0 ? (JSON.parse(args[optionsArg + 1] ?? "{}") as Partial<TrainOptions>) : {}),
  };
  const started = performance.now();
  const folds = readFolds();
  const documents = readFoldDocuments(folds);
  const cv = crossValidate(documents, folds, options, (fold) => {
    if (!json) process.stderr.write(`training fold ${fold + 1}/5…\n`);
  });
  const scores = scorePredictions(cv.predictions, CATEGORY_CODES);
  let baseline: EvaluationScores | undefined;
  if (!args.includes("--no-baseline")) {
    if (!json) process.stderr.write("running the scikit-learn baseline…\n");
    const answer = runBaseline("cv", [...documents.values()], folds) as {
      predictions: Record<string, CategoryCode[][]>;
    };
    const pooled: LabelledPrediction[] = [];
    for (const fold of folds) {
      for (const name of fold.test) {
        const document = documents.get(name)!;
        answer.predictions[name]!.forEach((predicted, i) =>
          pooled.push({ gold: goldCategories(document, i), predicted: new Set(predicted) }),
        );
      }
    }
    baseline = scorePredictions(pooled, CATEGORY_CODES);
  }
  const result = {
    ...scores,
    ...(baseline ? { baseline } : {}),
    innerMacroF1: cv.innerMacroF1,
    folds: cv.folds,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  console.log(json ? JSON.stringify(result) : formatTable(scores, baseline, cv.innerMacroF1));
}

try {
  main();
} catch (error) {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:model: ${error.message}\n`);
  process.exitCode = 1;
}
