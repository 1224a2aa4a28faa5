export {
  corpusRoot,
  listCorpusDocuments,
  parseTagLine,
  readCorpusDocument,
  readFolds,
  unfairLevel,
} from "./reader.ts";
export { readTosdrDocuments } from "./tosdr.ts";
export type { CorpusDocument, CorpusFold, CorpusSentence, SentenceTag } from "./reader.ts";
