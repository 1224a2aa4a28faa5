/**
 * Runs `bench/baseline.py` (scikit-learn TF-IDF + LinearSVC) with `/usr/bin/python3`, exchanging
 * data through a temporary JSON file, so the baseline sees exactly our folds and sentences.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CATEGORY_CODES, CounterweightError } from "../../core/index.ts";
import type { CorpusDocument, CorpusFold } from "../corpus/index.ts";
import { goldCategories } from "./cross-validate.ts";

const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../bench/baseline.py");
const PYTHON = "/usr/bin/python3";

/** Runs the baseline in `mode` and returns its parsed JSON answer. */
export function runBaseline(
  mode: "cv" | "bench",
  documents: readonly CorpusDocument[],
  folds: readonly CorpusFold[],
): unknown {
  const dir = mkdtempSync(join(tmpdir(), "counterweight-baseline-"));
  try {
    const input = join(dir, "input.json");
    writeFileSync(
      input,
      JSON.stringify({
        categories: CATEGORY_CODES,
        documents: documents.map((d) => ({
          name: d.name,
          sentences: d.sentences.map((s) => s.text),
          labels: d.sentences.map((_, i) => [...goldCategories(d, i)]),
        })),
        folds: folds.map((f) => ({ train: f.train, test: f.test })),
      }),
    );
    const run = spawnSync(PYTHON, [SCRIPT, mode, input], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (run.error || run.status !== 0) {
      const missing = run.status === 3 || /scikit-learn is missing/.test(run.stderr ?? "");
      throw new CounterweightError(
        "INTERNAL",
        missing
          ? "the scikit-learn baseline needs python3-sklearn: run `apt-get install -y python3-sklearn`"
          : `${PYTHON} ${SCRIPT} failed: ${(run.stderr || String(run.error)).trim().split("\n").pop()}`,
        { userFault: false },
      );
    }
    return JSON.parse(run.stdout) as unknown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
