/**
 * The pipeline every shell calls: bytes → ingest → segment → classify → assess.
 * The CLI, the web app and the batch workers are thin wrappers over these functions.
 */
import { assess, type Analysis, type PowerContext } from "./assess/index.ts";
import { classify, type Model } from "./classify/index.ts";
import {
  CounterweightError,
  resolveLimits,
  utf8Bytes,
  type AgreementDocument,
  type Limits,
} from "./core/index.ts";
import { ingestBytes, ingestFile } from "./ingest/index.ts";
import { checkReadableLanguage } from "./language/index.ts";
import { segment } from "./segment/index.ts";

export interface AnalyzeOptions {
  /** Who reads the agreement and how much choice they have; defaults: consumer, not negotiable, few alternatives. */
  context?: Partial<PowerContext>;
  limits?: Partial<Limits>;
  /** A model other than the committed one (tests, experiments). */
  model?: Model;
}

/** Analyses a document that has already been ingested. */
export function analyzeDocument(input: AgreementDocument, options: AnalyzeOptions = {}): Analysis {
  const limits = resolveLimits(options.limits);
  const guess = checkReadableLanguage(input.name, input.text);
  const document: AgreementDocument = guess
    ? { ...input, language: guess.language, languageConfidence: guess.confidence }
    : input;
  const startedAt = performance.now();
  // Each stage is linear in the text, so checking between stages bounds the overrun to one stage.
  const checkBudget = () => {
    const elapsed = performance.now() - startedAt;
    if (elapsed > limits.timeBudgetMs) {
      throw new CounterweightError(
        "TIME_BUDGET",
        `${document.name}: analysis took ${Math.round(elapsed)} ms, over the ${limits.timeBudgetMs} ms budget; split the document or raise it with --time-budget`,
      );
    }
  };
  const segmentation = segment(document, { maxSentenceChars: limits.maxSentenceChars });
  checkBudget();
  const findings = classify(document, segmentation, options.model);
  checkBudget();
  const assessment = assess(document, segmentation, findings, options.context);
  checkBudget();
  return { document, segmentation, findings, assessment };
}

/** Reads, decodes and analyses raw bytes (an upload, standard input). */
export async function analyzeBytes(
  bytes: Uint8Array,
  name: string,
  options: AnalyzeOptions & { extensionHint?: string } = {},
): Promise<Analysis> {
  const document = await ingestBytes(bytes, {
    name,
    limits: options.limits,
    extensionHint: options.extensionHint,
  });
  return analyzeDocument(document, options);
}

/** Reads and analyses a file on disk. */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const document = await ingestFile(path, { limits: options.limits });
  return analyzeDocument(document, options);
}

/** Analyses text given directly (pasted text, a test string). */
export async function analyzeText(text: string, name = "pasted text", options: AnalyzeOptions = {}) {
  return analyzeBytes(utf8Bytes(text), name, options);
}
