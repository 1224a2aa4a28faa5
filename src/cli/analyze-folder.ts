/**
 * `analyze <folder>` as a parallel, resumable batch: files spread over worker threads (`--workers`,
 * default one per core), progress on a terminal, and with `--out` a rerun skips every report that
 * is already there and newer than its input (reports are written atomically, so one that exists is
 * complete). Without `--out`, reports still print in file order.
 */
import { stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { analyzeDocument, type AnalyzeOptions } from "../analyze.ts";
import { failOnExitCode } from "../assess/index.ts";
import { inputError } from "../core/index.ts";
import { ingestFile, listInputFiles } from "../ingest/index.ts";
import { defaultWorkers, startThreadPool } from "../jobs/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { EXTENSION_BY_FORMAT, type FailOn, type ReportFormat } from "./options.ts";
import { startProgress } from "./progress.ts";
import { renderReport } from "./render.ts";
import { reportError } from "./report-error.ts";
import { writeOutputFile } from "./write-output.ts";

export interface AnalyzeFolderFlags {
  format: ReportFormat;
  out?: string;
  failOn?: FailOn;
  workers?: number;
  debug?: boolean;
}

/** One file's work, the same in a thread or in process. */
export interface AnalyzeTask {
  file: string;
  format: ReportFormat;
  /** Where to write the report; absent: return it for standard output. */
  target?: string;
  failOn?: FailOn;
  options: AnalyzeOptions;
}

export interface AnalyzeTaskResult {
  report?: string;
  failOnMatched: boolean;
}

/** The thread handler entry (see `startThreadPool`). */
export async function handle(task: AnalyzeTask): Promise<AnalyzeTaskResult> {
  const analysis = analyzeDocument(
    await ingestFile(task.file, { limits: task.options.limits }),
    task.options,
  );
  const report = renderReport(analysis, task.format, { color: false, compact: !task.target });
  if (task.target) await writeOutputFile(task.target, report);
  const failOnMatched = task.failOn ? failOnExitCode(analysis, task.failOn) === EXIT.failOnMatched : false;
  return task.target ? { failOnMatched } : { report, failOnMatched };
}

/** A report counts as done when it exists and is newer than its input. */
async function isDone(file: string, target: string): Promise<boolean> {
  const [input, output] = await Promise.all([stat(file), stat(target).catch(() => undefined)]);
  return output !== undefined && output.mtimeMs >= input.mtimeMs;
}

/**
 * Analyses every readable file below a folder. A bad file is reported on its own line and the rest
 * go on; the exit code says the worst that happened (2 bad input > 1 fail-on > 0).
 */
export async function analyzeFolder(
  folder: string,
  flags: AnalyzeFolderFlags,
  options: AnalyzeOptions,
): Promise<ExitCode> {
  const files = await listInputFiles(folder);
  if (files.length === 0)
    throw inputError(
      "EMPTY_INPUT",
      folder,
      "the folder holds no readable documents (.txt .md .html .pdf .docx .xml)",
    );
  const tasks: AnalyzeTask[] = [];
  for (const file of files) {
    const target = flags.out
      ? join(flags.out, `${relative(folder, file)}.${EXTENSION_BY_FORMAT[flags.format]}`)
      : undefined;
    // --fail-on needs every analysis, so it never skips.
    if (target && !flags.failOn && (await isDone(file, target))) continue;
    tasks.push({ file, format: flags.format, target, failOn: flags.failOn, options });
  }
  const progress = startProgress(tasks.length);
  let worst: ExitCode = EXIT.ok;
  // Reports for standard output are held until every earlier file's is printed.
  const held = new Map<number, string>();
  let nextToPrint = 0;
  const settle = (index: number, outcome: { result?: AnalyzeTaskResult; error?: unknown }) => {
    if (outcome.result?.failOnMatched && worst === EXIT.ok) worst = EXIT.failOnMatched;
    if (outcome.error !== undefined) {
      const code = reportError(outcome.error, Boolean(flags.debug));
      if (code === EXIT.internal || worst !== EXIT.internal) worst = code;
    }
    held.set(index, outcome.result?.report ?? "");
    while (held.has(nextToPrint)) {
      process.stdout.write(held.get(nextToPrint)!);
      held.delete(nextToPrint++);
    }
    progress.tick(relative(folder, tasks[index]!.file));
  };
  const workers = Math.min(flags.workers ?? defaultWorkers(), tasks.length);
  if (workers <= 1) {
    for (const [index, task] of tasks.entries()) {
      await handle(task).then(
        (result) => settle(index, { result }),
        (error: unknown) => settle(index, { error }),
      );
    }
  } else {
    const pool = startThreadPool<AnalyzeTask, AnalyzeTaskResult>(new URL(import.meta.url), { size: workers });
    try {
      await Promise.all(
        tasks.map((task, index) =>
          pool.run(task).then(
            (result) => settle(index, { result }),
            (error: unknown) => settle(index, { error }),
          ),
        ),
      );
    } finally {
      await pool.close();
    }
  }
  progress.stop();
  return worst;
}
