/** The 10,000-word agreement the server and pipeline benchmarks analyse. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { stripCorpusAnnotations } from "../src/ingest/index.ts";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpora", "tos-unfair-clauses", "en", "xml");
const WORDS = 10_000;

/** 10,000 words of real terms: corpus agreements in name order, paragraphs kept, cut at the word limit. */
export function tenThousandWords(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (const file of readdirSync(CORPUS).sort()) {
    for (const paragraph of stripCorpusAnnotations(readFileSync(join(CORPUS, file), "utf8")).text.split(
      /\n\s*\n/,
    )) {
      const count = paragraph.split(/\s+/).filter(Boolean).length;
      if (count === 0) continue;
      if (words + count > WORDS) {
        paragraphs.push(
          paragraph
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, WORDS - words)
            .join(" "),
        );
        return paragraphs.join("\n\n");
      }
      paragraphs.push(paragraph);
      words += count;
    }
  }
  return paragraphs.join("\n\n");
}
