/** `counterweight import <folder|file>`: analyse agreements and add them to the registry database. */
import { stat } from "node:fs/promises";
import { relative } from "node:path";
import { Command } from "commander";
import { CounterweightError, inputError } from "../core/index.ts";
import { listInputFiles } from "../ingest/index.ts";
import {
  DEFAULT_REDIS_URL,
  defaultWorkers,
  enqueueImports,
  importBatch,
  importSeed,
  redactRedisUrl,
} from "../jobs/index.ts";
import { readSeed } from "../seed/index.ts";
import { seedExamples } from "../server/index.ts";
import { DEFAULT_DATABASE, openStore, redactUrl } from "../store/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { parseCount } from "./options.ts";
import { startProgress } from "./progress.ts";
import { reportError } from "./report-error.ts";
import { seedProgress } from "./seed-progress.ts";

interface ImportFlags {
  db?: string;
  service?: string;
  sector?: string;
  type?: string;
  workers?: number;
  queue?: boolean;
  redis?: string;
  seed?: boolean;
  debug?: boolean;
}

export function importCommand(setExitCode: (code: ExitCode) => void): Command {
  return new Command("import")
    .description("analyse agreements and add them to the registry (each file is a service named after it)")
    .argument("[input]", "a file or a folder (read recursively)")
    .option(
      "--seed",
      "instead of files: the bundled real agreements (Open Terms Archive), with every version, into the store",
    )
    .option("--db <url>", `SQLite file or postgres:// URL (env DATABASE_URL; default ${DEFAULT_DATABASE})`)
    .option(
      "--service <name>",
      "one service name for every file (default: the file's name, e.g. Uber.xml → Uber)",
    )
    .option("--sector <name>", "the sector of the services, e.g. Travel")
    .option("--type <type>", "document type, e.g. terms or privacy", "terms")
    .option(
      "--workers <count>",
      `parallel worker threads (default: one per core, ${defaultWorkers()})`,
      parseCount,
    )
    .option(
      "--queue",
      "enqueue one job per file on Redis for `counterweight worker` instead of importing here",
    )
    .option("--redis <url>", `Redis for --queue (env REDIS_URL; default ${DEFAULT_REDIS_URL})`)
    .option("--debug", "print stack traces with errors")
    .action(async (input: string | undefined, flags: ImportFlags) => {
      if (flags.seed && input === undefined) return setExitCode(await runSeedImport(flags));
      if (input === undefined || flags.seed) {
        const message = flags.seed
          ? "import: give a file or folder, or --seed, not both"
          : "import: give a file or folder to import, or --seed for the bundled real agreements";
        return setExitCode(reportError(new CounterweightError("USAGE", message), false));
      }
      setExitCode(await runImport(input, flags));
    });
}

async function inputFiles(input: string): Promise<string[]> {
  const info = await stat(input).catch((error: unknown) => {
    throw inputError("NOT_FOUND", input, "no such file or folder; check the path", error);
  });
  const files = info.isDirectory() ? await listInputFiles(input) : [input];
  if (files.length === 0) {
    throw inputError(
      "EMPTY_INPUT",
      input,
      "the folder holds no readable documents (.txt .md .html .pdf .docx .xml)",
    );
  }
  return files;
}

async function runImport(input: string, flags: ImportFlags): Promise<ExitCode> {
  let worst: ExitCode = EXIT.ok;
  const fail = (error: unknown) => {
    const code = reportError(error, Boolean(flags.debug));
    if (code === EXIT.internal || worst === EXIT.ok) worst = code;
  };
  const show = (file: string) => relative(process.cwd(), file) || file;
  try {
    const files = await inputFiles(input);
    const options = { service: flags.service, sector: flags.sector, documentType: flags.type };
    if (flags.queue) {
      const redisUrl = flags.redis ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
      const summary = await enqueueImports(files, {
        ...options,
        redisUrl,
        onFile(file, outcome) {
          if (outcome.error !== undefined) fail(outcome.error);
          else process.stdout.write(`${outcome.queued ? "queued  " : "in queue"}  ${show(file)}\n`);
        },
      });
      process.stdout.write(
        `${summary.queued} queued, ${summary.alreadyQueued} already queued, ${summary.failed} failed → ${redactRedisUrl(redisUrl)}\n`,
      );
      return worst;
    }
    const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
    // On a terminal the progress bar tells the story; piped output gets one line per file.
    const progress = startProgress(files.length);
    const lines = !process.stderr.isTTY;
    const summary = await importBatch(files, {
      ...options,
      database,
      workers: flags.workers,
      onFile(file, outcome) {
        if (outcome.error !== undefined) fail(outcome.error);
        else if (outcome.result && lines) {
          const r = outcome.result;
          process.stdout.write(`${r.status.padEnd(9)} ${r.serviceSlug}/${r.documentType}  ${show(file)}\n`);
        }
        progress.tick(show(file));
      },
    });
    progress.stop();
    process.stdout.write(
      `${summary.created} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.failed} failed → ${redactUrl(database)}\n`,
    );
    return worst;
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  }
}

/**
 * `import --seed`: what a first start does, into any store (PostgreSQL included): the bundled
 * examples when the store is empty, then every seeded version not stored yet (a rerun resumes).
 */
async function runSeedImport(flags: ImportFlags): Promise<ExitCode> {
  if (flags.queue || flags.service || flags.sector) {
    return reportError(
      new CounterweightError(
        "USAGE",
        "import --seed: --queue, --service and --sector do not apply to the seed",
      ),
      false,
    );
  }
  const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  let worst: ExitCode = EXIT.ok;
  const progress = seedProgress((error) => {
    const code = reportError(error, Boolean(flags.debug));
    if (code === EXIT.internal || worst === EXIT.ok) worst = code;
  });
  try {
    const loaded = await readSeed();
    const store = await openStore(database);
    try {
      await seedExamples(store);
    } finally {
      await store.close();
    }
    const summary = await importSeed(loaded, {
      database,
      workers: flags.workers,
      onStart: progress.onStart,
      onVersion: progress.onVersion,
    });
    progress.finish(summary);
    process.stdout.write(
      `${summary.created} new, ${summary.changed} changed, ${summary.skipped} already stored, ${summary.failed} failed → ${redactUrl(database)}\n`,
    );
    return worst;
  } catch (error) {
    progress.finish(undefined);
    return reportError(error, Boolean(flags.debug));
  }
}
