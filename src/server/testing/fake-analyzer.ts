/** A stand-in for the analysis pipeline in route tests: real assessment, phrase-based "classifier". */
import { assess } from "../../assess/index.ts";
import { inputError } from "../../core/index.ts";
import { fakeAnalysis, type FakeFinding } from "../../store/testing/fake-analysis.ts";
import type { Analyzer } from "../deps.ts";

const PHRASES: FakeFinding[] = [
  { phrase: "terminate your account", category: "ter" },
  { phrase: "binding arbitration", category: "a" },
  { phrase: "not liable", category: "ltd", level: 2 },
  { phrase: "change these terms", category: "ch" },
];

/** Flags every sentence holding one of a few telltale phrases; refuses empty and binary input like ingest does. */
export const fakeAnalyzer: Analyzer = async (bytes, name, options) => {
  if (bytes.includes(0))
    throw inputError("UNSUPPORTED_TYPE", name, "this looks like a binary file; send text, PDF or DOCX");
  const text = new TextDecoder().decode(bytes).trim();
  if (!text) throw inputError("EMPTY_INPUT", name, "there is no text to analyse");
  const found = PHRASES.filter((p) => text.includes(p.phrase));
  const analysis = fakeAnalysis(text, found, name);
  if (!options.context) return analysis;
  return {
    ...analysis,
    assessment: assess(analysis.document, analysis.segmentation, analysis.findings, options.context),
  };
};
