/** `counterweight import <folder|file>`: analyse agreements and add them to the registry database. */
import { stat } from "node:fs/promises";
import { relative } from "node:path";
import { Command } from "commander";
import { inputError } from "../core/index.ts";
import { listInputFiles } from "../ingest/index.ts";
import {
  DEFAULT_REDIS_URL,
  defaultWorkers,
  enqueueImports,
  importBatch,
  redactRedisUrl,
} from "../jobs/index.ts";
import { DEFAULT_DATABASE, redactUrl } from "../store/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { parseCount } from "./options.ts";
import { startProgress } from "./progress.ts";
import { reportError } from "./report-error.ts";

interface ImportFlags {
  db?: string;
  service?: string;
  sector?: string;
  type?: string;
  workers?: number;
  queue?: boolean;
  redis?: string;
  debug?: boolean;
}

export function importCommand(setExitCode: (code: ExitCode) => void): Command {
  return new Command("import")
    .description("analyse agreements and add them to the registry (each file is a service named after it)")
    .argument("<input>", "a file or a folder (read recursively)")
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
    .action(async (input: string, flags: ImportFlags) => {
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
