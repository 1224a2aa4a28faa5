/**
 * Precomputes the reading-burden distribution of the 50 English corpus agreements, so that the
 * runtime can give percentiles without the corpus. Measures them exactly as the runtime does: the
 * agreement read by the ingest stage, split by the project's own segmenter, headings left out.
 * Run from the repository root: `npx tsx src/assess/corpus-stats/build.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestFile } from "../../ingest/index.ts";
import { segment } from "../../segment/index.ts";
import { measureReading, type ReadingFigures } from "../reading-burden.ts";

const CORPUS = "../shared/corpora/tos-unfair-clauses";
const OUTPUT = "src/assess/corpus-stats.json";

const names = readFileSync(join(CORPUS, "folds/LIST_ALL.txt"), "utf8")
  .split(/\r?\n/)
  .map((line) => line.trim().replace(/\.txt$/, ""))
  .filter((line) => line.length > 0);

const rows: ReadingFigures[] = [];
for (const name of names) {
  const document = await ingestFile(join(CORPUS, "en/xml", `${name}.xml`));
  const sentences = segment(document).sentences.filter((s) => !s.heading);
  rows.push(measureReading(sentences.map((s) => document.text.slice(s.start, s.end))));
}

const sorted = (pick: (row: ReadingFigures) => number) => rows.map(pick).sort((x, y) => x - y);
const stats = {
  description:
    "Reading-burden figures of the English agreements of the tos-unfair-clauses corpus (CC BY 4.0, Galassi et al. 2024), measured like the runtime (own segmenter, headings left out); sorted ascending. Built by src/assess/corpus-stats/build.ts.",
  documents: rows.length,
  metrics: {
    words: sorted((r) => r.words),
    fleschKincaidGrade: sorted((r) => r.fleschKincaidGrade),
    longSentenceShare: sorted((r) => r.longSentenceShare),
    allCapsShare: sorted((r) => r.allCapsShare),
  },
};
writeFileSync(OUTPUT, JSON.stringify(stats) + "\n");
console.log(
  `wrote ${OUTPUT}: ${rows.length} documents, median ${stats.metrics.words[rows.length >> 1]} words`,
);
