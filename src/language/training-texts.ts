/**
 * The texts the language profiles learn from and are measured on: each corpus language's gold
 * sentences, document by document (tos-unfair-clauses, CC BY 4.0), and the Open Terms Archive's
 * French agreements (ODC-BY 1.0), one document per file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot } from "../classify/corpus/index.ts";
import { CounterweightError } from "../core/index.ts";
import type { DetectedLanguage } from "./languages.ts";

export interface LanguageDocument {
  language: DetectedLanguage;
  /** The corpus document name ("Spotify.txt") or the archive path. */
  name: string;
  sentences: string[];
}

/** Every corpus document of the four corpus languages, and the archive's French documents. */
export function readLanguageDocuments(root = corpusRoot()): LanguageDocument[] {
  const corpus = join(root, "tos-unfair-clauses");
  if (!existsSync(corpus)) {
    throw new CounterweightError("NOT_FOUND", `${corpus}: corpus not found; set COUNTERWEIGHT_CORPUS`);
  }
  const documents: LanguageDocument[] = [];
  for (const language of ["en", "de", "it", "pl"] as const) {
    const folder = join(corpus, language, "sentences");
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith(".txt") && !f.startsWith("LIST_"))
      .sort()) {
      const sentences = readFileSync(join(folder, name), "utf8")
        .split(/\r?\n/)
        .filter((s) => s.trim().length > 0);
      documents.push({ language, name, sentences });
    }
  }
  const archive = join(root, "open-terms-archive");
  const manifest = join(archive, "manifest.csv");
  if (existsSync(manifest)) {
    for (const line of readFileSync(manifest, "utf8").split(/\r?\n/).slice(1)) {
      const fields = line.split(",");
      if (fields[fields.length - 1] !== "fr") continue;
      const file = fields[fields.length - 2]!;
      const text = readFileSync(join(archive, file), "utf8");
      // Paragraphs stand in for sentences: the archive has no gold segmentation.
      const sentences = text
        .split(/\n\s*\n/)
        .map((p) => p.replace(/[#*_>[\]()]/g, " ").trim())
        .filter((p) => p.length > 20);
      documents.push({ language: "fr", name: file, sentences });
    }
  }
  return documents;
}
