/**
 * Reads the English part of the annotated Terms of Service corpus (Galassi et al. 2024, CC BY 4.0):
 * gold sentences, their line-aligned tags, and the paper's five document-level folds.
 * The corpus is never copied into the repository; its root is `../shared/corpora` beside the repo,
 * or `COUNTERWEIGHT_CORPUS` when set.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CounterweightError, isCategoryCode } from "../../core/index.ts";
import type { CategoryCode, UnfairLevel } from "../../core/index.ts";

/** One tag on a gold sentence: category and fairness level (1 fair, 2 potentially, 3 clearly unfair). */
export interface SentenceTag {
  category: CategoryCode;
  level: 1 | 2 | 3;
}

export interface CorpusSentence {
  text: string;
  tags: SentenceTag[];
}

export interface CorpusDocument {
  name: string;
  sentences: CorpusSentence[];
}

export interface CorpusFold {
  index: number;
  train: string[];
  test: string[];
}

// src/classify/corpus → repository root is three levels up; the corpora sit beside the repository.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The corpora folder: `COUNTERWEIGHT_CORPUS` if set, else `../shared/corpora` relative to the repo root. */
export function corpusRoot(): string {
  const fromEnv = process.env.COUNTERWEIGHT_CORPUS;
  return fromEnv && fromEnv.length > 0 ? resolve(fromEnv) : resolve(REPO_ROOT, "../shared/corpora");
}

function englishDir(root: string): string {
  return join(root, "tos-unfair-clauses");
}

function readCorpusFile(path: string): string {
  if (!existsSync(path)) {
    throw new CounterweightError(
      "NOT_FOUND",
      `${path}: corpus file not found; set COUNTERWEIGHT_CORPUS to the folder holding tos-unfair-clauses/`,
    );
  }
  return readFileSync(path, "utf8");
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Parses one tag line such as `ltd2 ter3`; `countrym` and unknown markers are ignored. */
export function parseTagLine(line: string): SentenceTag[] {
  const tags: SentenceTag[] = [];
  for (const token of line.trim().split(/\s+/)) {
    const match = /^([a-z]+)([123])$/.exec(token.toLowerCase());
    if (!match || !isCategoryCode(match[1]!)) continue;
    tags.push({ category: match[1], level: Number(match[2]) as 1 | 2 | 3 });
  }
  return tags;
}

/** Reads one English corpus document (gold sentences + tags) by name, e.g. `Uber`. */
export function readCorpusDocument(name: string, root = corpusRoot()): CorpusDocument {
  const dir = join(englishDir(root), "en");
  const sentences = splitLines(readCorpusFile(join(dir, "sentences", `${name}.txt`)));
  const tagLines = splitLines(readCorpusFile(join(dir, "tags", `${name}.txt`)));
  if (tagLines.length > sentences.length) {
    throw new CounterweightError("INTERNAL", `${name}: the tag file has more lines than the sentence file`);
  }
  return {
    name,
    sentences: sentences.map((text, i) => ({ text, tags: parseTagLine(tagLines[i] ?? "") })),
  };
}

function readNameList(path: string): string[] {
  return splitLines(readCorpusFile(path))
    .map((line) => line.trim().replace(/\.txt$/, ""))
    .filter((line) => line.length > 0);
}

/** All 50 English document names, in the corpus' own order. */
export function listCorpusDocuments(root = corpusRoot()): string[] {
  return readNameList(join(englishDir(root), "folds", "LIST_ALL.txt"));
}

/** The paper's five document-level folds (40 train / 10 test documents each). */
export function readFolds(root = corpusRoot()): CorpusFold[] {
  const folds: CorpusFold[] = [];
  for (let k = 0; k < 5; k++) {
    const dir = join(englishDir(root), "folds");
    folds.push({
      index: k,
      train: readNameList(join(dir, `LIST_TRAIN_${k}.txt`)),
      test: readNameList(join(dir, `LIST_TEST_${k}.txt`)),
    });
  }
  return folds;
}

/** The unfair level (2 or 3) of a sentence in a category, or 0 when it has none (fair tags count as 0). */
export function unfairLevel(sentence: CorpusSentence, category: CategoryCode): 0 | UnfairLevel {
  let level: 0 | UnfairLevel = 0;
  for (const tag of sentence.tags) {
    if (tag.category === category && tag.level >= 2 && tag.level > level) level = tag.level as UnfairLevel;
  }
  return level;
}
