/**
 * Five-fold document-level cross-validation of the project's own model: each fold trains on its
 * 40 training documents only (with all tuning inside them) and predicts its 10 test documents.
 */
import { CATEGORY_CODES } from "../../core/index.ts";
import type { CategoryCode } from "../../core/index.ts";
import { readCorpusDocument, readTosdrDocuments, unfairLevel } from "../corpus/index.ts";
import type { CorpusDocument, CorpusFold } from "../corpus/index.ts";
import { modelFromFile } from "../model.ts";
import { classifySentences } from "../predict.ts";
import { documentInputs } from "../train/dataset.ts";
import { trainModel } from "../train/trainer.ts";
import type { InnerFit, TrainOptions } from "../train/trainer.ts";
import type { LabelledPrediction } from "./metrics.ts";

export interface FoldReport {
  fold: number;
  testDocuments: string[];
  thresholds: Record<string, number>;
  innerF1: Record<string, number>;
}

export interface CrossValidation {
  predictions: LabelledPrediction[];
  folds: FoldReport[];
  /** Mean over folds of the inner (training-documents-only) out-of-fold macro-F1. */
  innerMacroF1: number;
}

export function goldCategories(document: CorpusDocument, sentence: number): Set<CategoryCode> {
  const gold = new Set<CategoryCode>();
  for (const c of CATEGORY_CODES) if (unfairLevel(document.sentences[sentence]!, c) > 0) gold.add(c);
  return gold;
}

/** Reads every document named by the folds once. */
export function readFoldDocuments(folds: readonly CorpusFold[]): Map<string, CorpusDocument> {
  const documents = new Map<string, CorpusDocument>();
  for (const fold of folds) {
    for (const name of [...fold.train, ...fold.test]) {
      if (!documents.has(name)) documents.set(name, readCorpusDocument(name));
    }
  }
  return documents;
}

export function crossValidate(
  documents: ReadonlyMap<string, CorpusDocument>,
  folds: readonly CorpusFold[],
  options: TrainOptions,
  onFold?: (fold: number) => void,
): CrossValidation {
  const read = (name: string) => documents.get(name)!;
  const predictions: LabelledPrediction[] = [];
  const reports: FoldReport[] = [];
  const weak = options.weakWeight > 0 ? readTosdrDocuments() : [];
  let innerSum = 0;
  for (const fold of folds) {
    onFold?.(fold.index);
    const trained = trainModel(fold.train.map(read), options, weak);
    const model = modelFromFile(trained.file);
    for (const name of fold.test) {
      const document = read(name);
      const inputs = documentInputs(document, options.powerFeatures);
      classifySentences(inputs, model).forEach((prediction, i) => {
        const predicted = new Set<CategoryCode>();
        for (const p of prediction.categories) if (p.unfair) predicted.add(p.category);
        predictions.push({ gold: goldCategories(document, i), predicted });
      });
    }
    const innerF1 = Object.fromEntries(
      Object.entries(trained.inner).map(([c, fit]: [string, InnerFit]) => [
        c,
        Math.round(fit.f1 * 1e4) / 1e4,
      ]),
    );
    innerSum += Object.values(trained.inner).reduce((sum, fit) => sum + fit.f1, 0) / CATEGORY_CODES.length;
    reports.push({
      fold: fold.index,
      testDocuments: fold.test,
      thresholds: Object.fromEntries(trained.file.categories.map((c) => [c.code, c.threshold])),
      innerF1,
    });
  }
  return { predictions, folds: reports, innerMacroF1: Math.round((innerSum / folds.length) * 1e4) / 1e4 };
}
