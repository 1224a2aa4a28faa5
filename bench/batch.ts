/**
 * `npm run bench:batch [-- --json] [--copies 20] [--rounds 3]`: documents per second for importing the 50
 * English corpus documents, each copied `--copies` times (default 20, so 1,000 documents) with a
 * line naming its copy so every text is new and really written:
 *
 * - `inProcess`: one thread, SQLite (`import --workers 1`);
 * - `workers1`, `workers2`: `import --queue` into Redis and 1 or 2 `counterweight worker`
 *   processes writing to PostgreSQL, timed from the first job queued to the last document stored.
 *
 * This 2-core machine is shared and its speed drifts by up to 1.7× from one minute to the next, so
 * the two queue set-ups run `--rounds` times, alternating (1, 2, then 2, 1, …), and each figure is
 * the median of its runs; `runs` lists them all, `ratioPerRound` each round's workers2/workers1.
 *
 * Needs PostgreSQL and Redis: `eval "$(scripts/start-services.sh start)"` (BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, REDIS_URL). Each run gets a fresh database and Redis database 15.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import pg from "pg";
import { connectRedis, enqueueImports, importBatch, IMPORT_QUEUE } from "../src/jobs/index.ts";
import { openStore } from "../src/store/index.ts";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "..", "shared", "corpora", "tos-unfair-clauses", "en", "xml");
const CLI = join(ROOT, "bin", "counterweight.js");

interface Figure {
  docsPerSecond: number;
  documents: number;
  seconds: number;
}

interface MedianFigure extends Figure {
  runs: number[];
}

/** The run with the median throughput (the lower middle one for an even count), and every run's throughput. */
function median(figures: Figure[]): MedianFigure {
  const sorted = [...figures].sort((a, b) => a.docsPerSecond - b.docsPerSecond);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: figures.map((f) => f.docsPerSecond) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Writes `copies` variants of each corpus document; returns their paths. */
function makeCopies(dir: string, copies: number): string[] {
  const files: string[] = [];
  for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".xml"))) {
    const text = readFileSync(join(CORPUS, name), "utf8");
    for (let copy = 1; copy <= copies; copy++) {
      const file = join(dir, `${name.replace(/\.xml$/, "")}-${String(copy).padStart(3, "0")}.xml`);
      writeFileSync(file, `${text}\nThis is copy ${copy} of these terms.\n`);
      files.push(file);
    }
  }
  return files;
}

function figure(documents: number, started: number): Figure {
  const seconds = (performance.now() - started) / 1000;
  return {
    docsPerSecond: Math.round((documents / seconds) * 10) / 10,
    documents,
    seconds: Math.round(seconds * 10) / 10,
  };
}

async function inProcess(files: string[], dir: string): Promise<Figure> {
  const started = performance.now();
  const summary = await importBatch(files, { database: join(dir, "bench.db"), workers: 1 });
  if (summary.created !== files.length)
    throw new Error(`in-process import stored ${summary.created} of ${files.length}`);
  return figure(files.length, started);
}

function startWorker(database: string, redisUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, "worker", "--db", database, "--redis", redisUrl, "--quiet"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.includes("taking jobs")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
  });
}

async function withWorkers(
  count: number,
  files: string[],
  adminUrl: string,
  redisUrl: string,
): Promise<Figure> {
  const name = `cw_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = url.toString();
  const store = await openStore(database); // migrates before the workers start
  const connection = await connectRedis(redisUrl);
  const queue = new Queue(IMPORT_QUEUE, { connection });
  await queue.obliterate({ force: true });
  const workers = await Promise.all(Array.from({ length: count }, () => startWorker(database, redisUrl)));
  try {
    const started = performance.now();
    const enqueued = await enqueueImports(files, { redisUrl });
    if (enqueued.queued !== files.length) throw new Error(`queued ${enqueued.queued} of ${files.length}`);
    for (;;) {
      const failed = (await queue.getJobCounts("failed")).failed ?? 0;
      if (failed > 0) throw new Error(`${failed} jobs failed`);
      if ((await store.countDocuments()) >= files.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return figure(files.length, started);
  } finally {
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once("exit", resolve).kill("SIGTERM"))));
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
    await store.close();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const copies = argument("--copies", 20);
  const adminUrl =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:55432/counterweight_test";
  const redisBase = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const redisUrl = `${redisBase.replace(/\/\d*$/, "")}/15`;
  const dir = mkdtempSync(join(tmpdir(), "cw-bench-batch-"));
  try {
    const files = makeCopies(dir, copies);
    const log = (text: string) => json || process.stderr.write(`${text}\n`);
    log(`${files.length} documents`);
    const rounds = Math.max(1, argument("--rounds", 3));
    const one: Figure[] = [];
    const two: Figure[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so a drift of the machine's speed does not favour one.
      for (const count of round % 2 === 0 ? [1, 2] : [2, 1]) {
        const result = await withWorkers(count, files, adminUrl, redisUrl);
        (count === 1 ? one : two).push(result);
        log(`round ${round + 1}: ${count} worker${count === 1 ? "" : "s"} ${result.docsPerSecond} docs/s`);
      }
    }
    const figures = { inProcess: await inProcess(files, dir), workers1: median(one), workers2: median(two) };
    const ratio = round2(figures.workers2.docsPerSecond / figures.workers1.docsPerSecond);
    const ratioPerRound = one.map((f, i) => round2(two[i]!.docsPerSecond / f.docsPerSecond));
    if (json) {
      process.stdout.write(`${JSON.stringify({ ...figures, workers2OverWorkers1: ratio, ratioPerRound })}\n`);
    } else {
      for (const [name, f] of Object.entries(figures)) {
        process.stdout.write(
          `${name.padEnd(10)} ${f.docsPerSecond} docs/s (${f.documents} in ${f.seconds} s)\n`,
        );
      }
      process.stdout.write(`workers2 / workers1: ${ratio} (per round: ${ratioPerRound.join(", ")})\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
// tsx keeps a loader port open after worker threads ran; the figures are out, so leave.
process.exit(0);
