/**
 * Runs the pipeline on the bundled example agreements before a worker takes requests. The first
 * analysis in a fresh thread loads the model and compiles the code (about half a second), and the
 * next few run slowly: without this, the first visitors after a start would pay for it.
 */
import { readFile } from "node:fs/promises";
import { analyzeBytes } from "../analyze.ts";
import { utf8Bytes } from "../core/index.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { bundledExamples } from "./bundled-examples.ts";

/** Rounds over a long text built from the examples: enough for the hot code to be optimised. */
const ROUNDS = 6;
const COPIES = 8;

export async function warmUpPipeline(): Promise<void> {
  const texts = await Promise.all((await bundledExamples()).map((file) => readFile(file, "utf8")));
  // Long like a real upload, so the buffers and the heap grow to their working size once, here.
  const bytes = utf8Bytes(Array.from({ length: COPIES }, () => texts.join("\n\n")).join("\n\n"));
  for (let round = 0; round < ROUNDS; round++) {
    // Both ways in: a pasted text and an uploaded Markdown file take different ingest paths.
    reportJsonBytes(await analyzeBytes(bytes, "warm-up", { extensionHint: "txt" }));
    reportJsonBytes(await analyzeBytes(bytes, "warm-up.md", {}));
  }
}
