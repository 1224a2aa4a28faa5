/**
 * Writes the raw per-category scores behind `npm run eval:model` to a JSON file, for experiments
 * on top of the linear model (second-stage re-ranking, threshold ceilings): per outer fold, the
 * inner out-of-fold scores of the training sentences and the fold model's scores of the test
 * sentences, with gold levels. Usage: `npx tsx bench/experiments/dump-scores.ts OUT.json`.
 */
import { writeFileSync } from "node:fs";
import { readFolds, unfairLevel } from "../../src/classify/corpus/index.ts";
import type { CorpusDocument } from "../../src/classify/corpus/index.ts";
import { readFoldDocuments } from "../../src/classify/eval/cross-validate.ts";
import { modelFromFile } from "../../src/classify/model.ts";
import { classifySentences } from "../../src/classify/predict.ts";
import { documentInputs } from "../../src/classify/train/dataset.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../../src/classify/train/trainer.ts";
import { CATEGORY_CODES } from "../../src/core/index.ts";

const out = process.argv[2];
if (!out) {
  process.stderr.write("usage: npx tsx bench/experiments/dump-scores.ts OUT.json\n");
  process.exit(2);
}
const goldLevels = (document: CorpusDocument, i: number) =>
  CATEGORY_CODES.map((c) => unfairLevel(document.sentences[i]!, c));

const folds = readFolds();
const documents = readFoldDocuments(folds);
const dump = folds.map((fold) => {
  const train = fold.train.map((name) => documents.get(name)!);
  const trained = trainModel(train, DEFAULT_TRAIN_OPTIONS);
  // Training rows follow the documents' order, sentence by sentence (see buildDataset).
  const trainRows = train
    .flatMap((document) => document.sentences.map((sentence, i) => ({ document, sentence, i })))
    .map(({ document, sentence, i }, row) => ({
      doc: document.name,
      i,
      text: sentence.text,
      y: goldLevels(document, i),
      s: CATEGORY_CODES.map((c) => trained.outOfFold[c][row]!),
    }));
  const model = modelFromFile(trained.file);
  const testRows = fold.test.flatMap((name) => {
    const document = documents.get(name)!;
    const predictions = classifySentences(
      documentInputs(document, DEFAULT_TRAIN_OPTIONS.powerFeatures),
      model,
    );
    return predictions.map((prediction, i) => ({
      doc: name,
      i,
      text: document.sentences[i]!.text,
      y: goldLevels(document, i),
      s: prediction.categories.map((c) => c.score),
    }));
  });
  process.stderr.write(`fold ${fold.index + 1}/5\n`);
  return {
    fold: fold.index,
    train: trainRows,
    test: testRows,
    cal: trained.file.categories.map((c) => ({ code: c.code, cal: c.calibration, thr: c.threshold })),
  };
});
writeFileSync(out, JSON.stringify(dump));
