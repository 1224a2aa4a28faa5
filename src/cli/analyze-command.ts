import { stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { Command, Option } from "commander";
import { analyzeDocument } from "../analyze.ts";
import { failOnExitCode, type Analysis } from "../assess/index.ts";
import { inputError } from "../core/index.ts";
import { ingestFile, ingestStdin, listInputFiles } from "../ingest/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { addLimitOptions, limitsFromFlags, type LimitFlags } from "./limit-flags.ts";
import {
  EXTENSION_BY_FORMAT,
  FAIL_ON,
  FORMATS,
  contextFromFlags,
  oneOf,
  type ContextFlags,
  type FailOn,
  type ReportFormat,
} from "./options.ts";
import { startProgress } from "./progress.ts";
import { renderReport } from "./render.ts";
import { reportError } from "./report-error.ts";
import { writeOutputFile } from "./write-output.ts";

interface AnalyzeFlags extends ContextFlags, LimitFlags {
  format: ReportFormat;
  out?: string;
  failOn?: FailOn;
  color?: boolean;
  debug?: boolean;
}

export function analyzeCommand(setExitCode: (code: ExitCode) => void): Command {
  const command = new Command("analyze")
    .description("analyse an agreement (file, folder or - for standard input) and report its one-sided terms")
    .argument(
      "<input>",
      "a file (.txt .md .html .pdf .docx .xml), a folder (read recursively) or - for stdin",
    )
    .addOption(new Option("-f, --format <format>", "report format").choices(FORMATS).default("text"))
    .option("-o, --out <path>", "write the report to this file (for a folder: into this folder)")
    .addOption(
      new Option("--party <party>", "who reads it")
        .choices(["consumer", "worker", "business"])
        .default("consumer"),
    )
    .addOption(
      new Option("--negotiable <yesno>", "can the reader negotiate the terms")
        .choices(["yes", "no"])
        .default("no"),
    )
    .addOption(
      new Option("--alternatives <how-many>", "real alternatives the reader has")
        .choices(["none", "few", "many"])
        .default("few"),
    )
    .option(
      "--fail-on <level>",
      `exit 1 when findings of this level exist (${FAIL_ON.join(", ")})`,
      oneOf(FAIL_ON),
    );
  return addLimitOptions(command)
    .option("--no-color", "no colour in text output")
    .option("--debug", "print stack traces with errors")
    .action(async (input: string, flags: AnalyzeFlags) => {
      setExitCode(await runAnalyze(input, flags));
    });
}

async function runAnalyze(input: string, flags: AnalyzeFlags): Promise<ExitCode> {
  const limits = limitsFromFlags(flags);
  const options = { context: contextFromFlags(flags), limits };
  try {
    if (input === "-") {
      const document = await ingestStdin(process.stdin, { name: "stdin", limits });
      return await emitSingle(analyzeDocument(document, options), flags);
    }
    const info = await stat(input).catch((error: unknown) => {
      throw inputError("NOT_FOUND", input, "no such file or folder; check the path", error);
    });
    if (!info.isDirectory()) {
      const document = await ingestFile(input, { limits });
      return await emitSingle(analyzeDocument(document, options), flags);
    }
    return await analyzeFolder(input, flags, options);
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  }
}

async function emitSingle(analysis: Analysis, flags: AnalyzeFlags): Promise<ExitCode> {
  const color = flags.color !== false && !flags.out && Boolean(process.stdout.isTTY);
  const report = renderReport(analysis, flags.format, { color });
  if (flags.out) await writeOutputFile(flags.out, report);
  else process.stdout.write(report);
  return flags.failOn ? (failOnExitCode(analysis, flags.failOn) as ExitCode) : EXIT.ok;
}

/**
 * Analyses every readable file below a folder. A bad file is reported on its own line and the
 * rest go on; the exit code says the worst that happened (2 bad input > 1 fail-on > 0).
 */
async function analyzeFolder(
  folder: string,
  flags: AnalyzeFlags,
  options: Parameters<typeof analyzeDocument>[1],
): Promise<ExitCode> {
  const files = await listInputFiles(folder);
  if (files.length === 0)
    throw inputError(
      "EMPTY_INPUT",
      folder,
      "the folder holds no readable documents (.txt .md .html .pdf .docx .xml)",
    );
  const progress = startProgress(files.length);
  let worst: ExitCode = EXIT.ok;
  for (const file of files) {
    try {
      const analysis = analyzeDocument(await ingestFile(file, { limits: options?.limits }), options);
      const report = renderReport(analysis, flags.format, { color: false, compact: !flags.out });
      if (flags.out) {
        await writeOutputFile(
          join(flags.out, `${relative(folder, file)}.${EXTENSION_BY_FORMAT[flags.format]}`),
          report,
        );
      } else {
        process.stdout.write(report);
      }
      if (
        flags.failOn &&
        failOnExitCode(analysis, flags.failOn) === EXIT.failOnMatched &&
        worst === EXIT.ok
      ) {
        worst = EXIT.failOnMatched;
      }
    } catch (error) {
      progress.stop();
      const code = reportError(error, Boolean(flags.debug));
      if (code === EXIT.internal || worst !== EXIT.internal) worst = code;
    }
    progress.tick(relative(folder, file));
  }
  progress.stop();
  return worst;
}
