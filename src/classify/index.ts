/**
 * The classify stage's only import surface: load the model, classify a segmented document, or
 * score bare sentences (used by evaluation and the benchmark).
 */
export { classify, explainSentence } from "./classify.ts";
export { buildSentenceInputs, headingTitle, isHeadingLike } from "./context.ts";
export { documentPower, type DocumentPower } from "./document-power.ts";
export { clauseGroups, type ClauseGroups } from "./clause-groups.ts";
export type { SentenceInput } from "./context.ts";
export { DEFAULT_MODEL_PATH, loadModel, MODEL_FORMAT, MODEL_FORMAT_VERSION, modelFromFile } from "./model.ts";
export type { Model, ModelFile } from "./model.ts";
export { classifySentences } from "./predict.ts";
export type { CategoryPrediction, SentencePrediction } from "./predict.ts";
