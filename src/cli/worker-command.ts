/** `counterweight worker`: take import jobs from the Redis queue and store them, until stopped. */
import { Command } from "commander";
import { DEFAULT_REDIS_URL, redactRedisUrl, startImportWorker } from "../jobs/index.ts";
import { DEFAULT_DATABASE, openStore, redactUrl } from "../store/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { parseCount } from "./options.ts";
import { reportError } from "./report-error.ts";

interface WorkerFlags {
  concurrency: number;
  redis?: string;
  db?: string;
  quiet?: boolean;
  debug?: boolean;
}

export function workerCommand(setExitCode: (code: ExitCode) => void): Command {
  return new Command("worker")
    .description("process import jobs queued by `import --queue` (run one per core, on any machine)")
    .option("--concurrency <count>", "jobs at once in this process", parseCount, 1)
    .option("--redis <url>", `the queue's Redis (env REDIS_URL; default ${DEFAULT_REDIS_URL})`)
    .option("--db <url>", `SQLite file or postgres:// URL (env DATABASE_URL; default ${DEFAULT_DATABASE})`)
    .option("--quiet", "no line per job")
    .option("--debug", "print stack traces with errors")
    .action(async (flags: WorkerFlags) => {
      setExitCode(await runWorker(flags));
    });
}

async function runWorker(flags: WorkerFlags): Promise<ExitCode> {
  const redisUrl = flags.redis ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  try {
    const store = await openStore(database);
    const worker = await startImportWorker({
      store,
      redisUrl,
      concurrency: flags.concurrency,
      onJob(event) {
        if (event.outcome) {
          const o = event.outcome;
          if (!flags.quiet)
            process.stdout.write(`${o.status.padEnd(9)} ${o.serviceSlug}/${o.documentType}  ${event.name}\n`);
        } else {
          const what = event.willRetry ? "will retry" : "parked as failed";
          process.stderr.write(
            `job ${event.name} ${what}: ${event.error.message.replace(/\s*\n\s*/g, " ")}\n`,
          );
        }
      },
    });
    process.stderr.write(
      `worker: taking jobs from ${redactRedisUrl(redisUrl)} into ${redactUrl(database)} (concurrency ${flags.concurrency}); stop with Ctrl-C\n`,
    );
    // Stop taking jobs on a signal, but finish the ones in hand so none is left half-done.
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    });
    process.stderr.write("worker: finishing the jobs in hand…\n");
    await worker.close();
    await store.close();
    process.stderr.write("worker: stopped\n");
    return EXIT.ok;
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  }
}
