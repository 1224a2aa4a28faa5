/**
 * Loads the English corpus for segmentation evaluation: each document's text (annotation tags
 * removed, line endings normalised) and its gold sentences (one a line).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { inputError } from "../../core/index.ts";
import { stripCorpusAnnotations } from "../../ingest/corpus-xml.ts";

/** The corpus root, relative to the repository root (the working directory of tests and scripts). */
export const DEFAULT_CORPUS_DIR = "../shared/corpora/tos-unfair-clauses";

export interface GoldDocument {
  name: string;
  /** The document text the segmenter sees. */
  text: string;
  /** Gold sentences in order, blank lines dropped. */
  gold: string[];
}

/**
 * Normalises line endings the way ingest does for plain text: CRLF and lone CR become LF and a
 * leading byte-order mark is dropped. Nothing else changes, so offsets stay easy to reason about.
 */
export function normaliseCorpusText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Names of the corpus documents of one language, sorted, without extension. */
export function listDocuments(corpusDir = DEFAULT_CORPUS_DIR, language = "en"): string[] {
  const dir = join(corpusDir, language, "xml");
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (cause) {
    throw inputError(
      "NOT_FOUND",
      dir,
      "corpus folder not found; run from the repository root or pass --corpus DIR",
      cause,
    );
  }
  return entries
    .filter((file) => file.endsWith(".xml"))
    .map((file) => file.slice(0, -4))
    .sort();
}

/** Reads one document's text and gold sentences. */
export function loadGoldDocument(
  name: string,
  corpusDir = DEFAULT_CORPUS_DIR,
  language = "en",
): GoldDocument {
  const xmlPath = join(corpusDir, language, "xml", `${name}.xml`);
  const goldPath = join(corpusDir, language, "sentences", `${name}.txt`);
  const text = normaliseCorpusText(stripCorpusAnnotations(readText(xmlPath)).text);
  const gold = normaliseCorpusText(readText(goldPath))
    .split("\n")
    .filter((line) => line.trim() !== "");
  return { name, text, gold };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw inputError("NOT_FOUND", path, "corpus file not found; run from the repository root", cause);
  }
}
