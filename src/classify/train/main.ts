/**
 * `npm run train [-- --out PATH]`: trains on all 50 English corpus documents and writes the model
 * (default: model/counterweight-model.json). Deterministic: the same corpus gives the same bytes.
 */
import { writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { isCounterweightError } from "../../core/index.ts";
import { listCorpusDocuments, readCorpusDocument, readTosdrDocuments } from "../corpus/index.ts";
import { DEFAULT_MODEL_PATH } from "../model.ts";
import { serializeModel } from "./serialize.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "./trainer.ts";

function main(): void {
  const args = process.argv.slice(2);
  const outArg = args.indexOf("--out");
  const out = outArg >= 0 && args[outArg + 1] ? args[outArg + 1]! : DEFAULT_MODEL_PATH;
  const started = performance.now();
  const documents = listCorpusDocuments().map((name) => readCorpusDocument(name));
  const weak = DEFAULT_TRAIN_OPTIONS.weakWeight > 0 ? readTosdrDocuments() : [];
  const { file, inner } = trainModel(documents, DEFAULT_TRAIN_OPTIONS, weak);
  const text = serializeModel(file);
  writeFileSync(out, text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `wrote ${out} (${(text.length / 1024 / 1024).toFixed(2)} MB, sha256 ${sha256.slice(0, 16)}…) in ${seconds} s\n` +
      `inner cross-validation F1: ${Object.entries(inner)
        .map(([c, fit]) => `${c} ${fit.f1.toFixed(3)}`)
        .join(", ")}\n`,
  );
}

try {
  main();
} catch (error) {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`train: ${error.message}\n`);
  process.exitCode = 1;
}
