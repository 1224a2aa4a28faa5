/**
 * `npx tsx scripts/annotation/print-sentences.ts FILE`: an agreement's sentences as Counterweight
 * reads them (ingested and segmented, nothing classified), one per line as `[n] text`, so that an
 * annotator quotes exactly the text the evaluation will look for
 * (`docs/annotation/partner-guide.md`).
 */
import { ingestFile } from "../../src/ingest/index.ts";
import { segment } from "../../src/segment/index.ts";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: npx tsx scripts/annotation/print-sentences.ts FILE\n");
  process.exit(2);
}
const document = await ingestFile(file);
const { sentences } = segment(document);
sentences.forEach((sentence, n) => {
  const text = document.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
  process.stdout.write(`[${n}] ${text}\n`);
});
