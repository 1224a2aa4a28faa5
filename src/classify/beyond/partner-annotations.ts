/**
 * The project's own annotations of the partner agreements in Open Terms Archive (ODC-BY 1.0, Open
 * Terms Archive contributors): sentence by sentence for the categories beyond the nine, document by
 * document for the safeguards S1–S7 (`docs/annotation/partner-guide.md`). Each annotated quote is
 * found again in the document as Counterweight reads it, so the figures follow the current
 * segmentation rather than the sentence numbers printed when the annotation was made.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CounterweightError, type AgreementDocument, type Segmentation } from "../../core/index.ts";
import { ingestFile } from "../../ingest/index.ts";
import { segment } from "../../segment/index.ts";
import { corpusRoot } from "../corpus/index.ts";
import { BEYOND_CODES, type BeyondCode } from "./definitions.ts";
import type { TosdrSplit } from "./tosdr-cases.ts";

const ANNOTATIONS = join(dirname(fileURLToPath(import.meta.url)), "../../../annotations/partner");

export type SafeguardAnswer = { present: boolean; quote: string | null };

interface AnnotationFile {
  service: string;
  document: string;
  version: string;
  path: string;
  split: TosdrSplit;
  sentences: Array<{ n: number; quote: string; categories: string[] }>;
  safeguards: Record<string, SafeguardAnswer>;
}

export interface AnnotatedDocument {
  service: string;
  document: string;
  split: TosdrSplit;
  agreement: AgreementDocument;
  segmentation: Segmentation;
  /** Sentence texts, whitespace collapsed, in segmentation order. */
  texts: string[];
  /** For each category, the sentence indices annotated with it. */
  gold: Map<BeyondCode, Set<number>>;
  safeguards: Record<string, SafeguardAnswer>;
  /** Annotated quotes not found in any sentence (the segmentation changed under them). */
  unlocated: number;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The sentence holding the quote, nearest to the number the annotator saw; -1 when none does. */
function locate(texts: readonly string[], quote: string, n: number): number[] {
  const wanted = collapse(quote);
  const hits = texts.flatMap((text, i) => (text.includes(wanted) ? [i] : []));
  if (hits.length > 0) return [hits.reduce((best, i) => (Math.abs(i - n) < Math.abs(best - n) ? i : best))];
  // A quote cut across two sentences by a later segmentation: both carry it.
  for (let i = Math.max(0, n - 20); i < Math.min(texts.length - 1, n + 20); i++) {
    if (`${texts[i]} ${texts[i + 1]}`.includes(wanted)) return [i, i + 1];
  }
  return [];
}

/**
 * Reads the annotated documents of one split (both without `split`).
 * @throws CounterweightError `NOT_FOUND` when the annotations or the archive are missing.
 */
export async function readPartnerAnnotations(
  split?: TosdrSplit,
  root = corpusRoot(),
): Promise<AnnotatedDocument[]> {
  const documents: AnnotatedDocument[] = [];
  for (const part of ["development", "measurement"] as const) {
    if (split !== undefined && part !== split) continue;
    const folder = join(ANNOTATIONS, part);
    if (!existsSync(folder))
      throw new CounterweightError("NOT_FOUND", `${folder}: partner annotations not found`);
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const file = JSON.parse(readFileSync(join(folder, name), "utf8")) as AnnotationFile;
      const source = join(root, "open-terms-archive", file.path);
      if (!existsSync(source)) {
        throw new CounterweightError(
          "NOT_FOUND",
          `${source}: annotated agreement not found; set COUNTERWEIGHT_CORPUS to the folder holding open-terms-archive/`,
        );
      }
      const agreement = await ingestFile(source);
      const segmentation = segment(agreement);
      const texts = segmentation.sentences.map((s) => collapse(agreement.text.slice(s.start, s.end)));
      const gold = new Map<BeyondCode, Set<number>>(BEYOND_CODES.map((code) => [code, new Set<number>()]));
      let unlocated = 0;
      for (const sentence of file.sentences) {
        const at = locate(texts, sentence.quote, sentence.n);
        if (at.length === 0) unlocated++;
        for (const code of sentence.categories) {
          const set = gold.get(code as BeyondCode);
          if (set) for (const i of at) set.add(i);
        }
      }
      documents.push({
        service: file.service,
        document: file.document,
        split: part,
        agreement,
        segmentation,
        texts,
        gold,
        safeguards: file.safeguards,
        unlocated,
      });
    }
  }
  return documents;
}
