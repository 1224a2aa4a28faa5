/**
 * Grades the 50 English corpus agreements: with the real pipeline when the trained model is present,
 * otherwise from the gold annotations (a development fallback). Shared by `grades-main.ts` and the bar test.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgreementDocument, Finding, Segmentation } from "../core/index.ts";
import { stripCorpusAnnotations } from "../ingest/corpus-xml.ts";
import { assess } from "./assess.ts";
import { findingsFromGold } from "./gold-findings.ts";
import type { Assessment, PowerContext } from "./types.ts";

export const CORPUS_DIR = "../shared/corpora/tos-unfair-clauses";
export const MODEL_FILE = "model/counterweight-model.json";

export interface CorpusGrade {
  name: string;
  findings: number;
  assessment: Assessment;
}

export interface CorpusGrading {
  source: "classifier" | "gold";
  grades: CorpusGrade[];
}

/** A classified corpus document, ready to assess in any context. */
export interface ClassifiedDoc {
  document: AgreementDocument;
  segmentation: Segmentation;
  findings: Finding[];
}

/** The names listed in the corpus' LIST_ALL.txt. */
export function corpusNames(): string[] {
  return readFileSync(join(CORPUS_DIR, "folds/LIST_ALL.txt"), "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\.txt$/, ""))
    .filter((line) => line.length > 0);
}

/** Reads and classifies the named English corpus agreements (default: all 50). */
export async function classifyCorpus(
  names: readonly string[] = corpusNames(),
): Promise<{ source: CorpusGrading["source"]; docs: ClassifiedDoc[] }> {
  if (existsSync(MODEL_FILE)) {
    const { classifyCorpusWithModel } = await import("./corpus-classifier.ts");
    return { source: "classifier", docs: await classifyCorpusWithModel(names) };
  }
  const docs = names.map((name) => {
    const { text, annotations } = stripCorpusAnnotations(readXml(name));
    const document: AgreementDocument = {
      name,
      format: "corpus-xml",
      text,
      original: { text, map: { anchors: [] } },
      blocks: [],
      metadata: { bytes: text.length, encoding: "utf-8" },
    };
    return {
      document,
      segmentation: { headings: [], clauses: [], sentences: [] },
      findings: findingsFromGold(annotations),
    };
  });
  return { source: "gold", docs };
}

/** Grades every classified document in one context. */
export function gradeCorpus(
  docs: readonly ClassifiedDoc[],
  context: Partial<PowerContext> = {},
): CorpusGrade[] {
  return docs.map((doc) => ({
    name: doc.document.name,
    findings: doc.findings.length,
    assessment: assess(doc.document, doc.segmentation, doc.findings, context),
  }));
}

export function corpusXmlPath(name: string): string {
  return join(CORPUS_DIR, "en/xml", `${name}.xml`);
}

function readXml(name: string): string {
  return readFileSync(corpusXmlPath(name), "utf8");
}
