/**
 * `npm run bench:pipeline [-- --json] [--runs 300]`: where one fresh analysis of the 10,000-word
 * agreement spends its time, stage by stage (ingest, segment, classify, assess, report JSON), as
 * the server's analysis workers run it: in a worker thread with their heap settings. Every run
 * analyses a different text (the agreement and a counter), so nothing is cached; the first half
 * of the runs warms up, and each figure is the median of the second half, in milliseconds.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { assess } from "../src/assess/index.ts";
import { classify } from "../src/classify/index.ts";
import { ANALYSIS_WORKER_LIMITS, resolveLimits, utf8Bytes } from "../src/core/index.ts";
import { ingestBytes } from "../src/ingest/index.ts";
import { segment } from "../src/segment/index.ts";
import { reportJsonBytes } from "../src/server/report-bytes.ts";
import { tenThousandWords } from "./ten-thousand-words.ts";

const STAGES = ["ingest", "segment", "classify", "assess", "reportJson", "total"] as const;
type Timings = Record<(typeof STAGES)[number], number>;

/** The same calls, in the same order, as `analyzeBytes` followed by the worker's `reportJsonBytes`. */
async function timeStages(text: string, runs: number): Promise<Timings> {
  const limits = resolveLimits();
  const rows: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const bytes = utf8Bytes(`${text} v${run}`);
    const t0 = performance.now();
    const document = await ingestBytes(bytes, { name: "bench", limits, extensionHint: "txt" });
    const t1 = performance.now();
    const segmentation = segment(document, { maxSentenceChars: limits.maxSentenceChars });
    const t2 = performance.now();
    const findings = classify(document, segmentation);
    const t3 = performance.now();
    const assessment = assess(document, segmentation, findings);
    const t4 = performance.now();
    reportJsonBytes({ document, segmentation, findings, assessment });
    const t5 = performance.now();
    rows.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0]);
  }
  const measured = rows.slice(Math.floor(runs / 2));
  const median = (k: number) => {
    const sorted = measured.map((row) => row[k]!).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
  };
  return Object.fromEntries(STAGES.map((stage, k) => [stage, median(k)])) as Timings;
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const runs = Math.max(2, Number(args[args.indexOf("--runs") + 1]) || 300);
  // The worker runs this file's TypeScript, so it first registers the loader the launcher uses (tsx).
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: { runs },
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
  const timings = await new Promise<Timings>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  const words = tenThousandWords().split(/\s+/).filter(Boolean).length;
  if (args.includes("--json"))
    process.stdout.write(`${JSON.stringify({ words, runs, medianMs: timings })}\n`);
  else {
    process.stdout.write(`${words} words, median of runs ${Math.floor(runs / 2) + 1}–${runs}:\n`);
    for (const stage of STAGES)
      process.stdout.write(`  ${stage.padEnd(11)} ${timings[stage].toFixed(2)} ms\n`);
  }
} else {
  const { runs } = workerData as { runs: number };
  parentPort!.postMessage(await timeStages(tenThousandWords(), runs));
}
