import { listCorpusDocuments, readCorpusDocument } from "../src/classify/corpus/index.ts";
import { beyondWordings } from "../src/classify/beyond/index.ts";
const texts = listCorpusDocuments().flatMap((n) => readCorpusDocument(n).sentences.map((s) => s.text));
for (let r = 0; r < 2; r++) for (const t of texts) beyondWordings(t);
const s = performance.now(); for (const t of texts) beyondWordings(t); const ms = performance.now() - s;
console.log(texts.length, "sentences", ms.toFixed(0), "ms", Math.round(texts.length / (ms / 1000)), "sent/s");
