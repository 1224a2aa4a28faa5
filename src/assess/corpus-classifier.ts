/** The real pipeline over corpus agreements (ingest → segment → classify), loaded only when the model exists. */
import { classify } from "../classify/index.ts";
import { ingestFile } from "../ingest/index.ts";
import { segment } from "../segment/index.ts";
import type { ClassifiedDoc } from "./corpus-grades.ts";
import { corpusXmlPath } from "./corpus-grades.ts";

/** Classifies each named English corpus agreement with the committed model. */
export async function classifyCorpusWithModel(names: readonly string[]): Promise<ClassifiedDoc[]> {
  const docs: ClassifiedDoc[] = [];
  for (const name of names) {
    const document = await ingestFile(corpusXmlPath(name));
    const segmentation = segment(document);
    docs.push({ document: { ...document, name }, segmentation, findings: classify(document, segmentation) });
  }
  return docs;
}
