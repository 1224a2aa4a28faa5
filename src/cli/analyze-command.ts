import { stat } from "node:fs/promises";
import { Command, Option } from "commander";
import { analyzeDocument } from "../analyze.ts";
import { failOnExitCode, type Analysis } from "../assess/index.ts";
import { inputError } from "../core/index.ts";
import { ingestFile, ingestStdin } from "../ingest/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { addLimitOptions, limitsFromFlags, type LimitFlags } from "./limit-flags.ts";
import {
  addContextOptions,
  FAIL_ON,
  FORMATS,
  contextFromFlags,
  oneOf,
  parseCount,
  type ContextFlags,
  type FailOn,
  type ReportFormat,
} from "./options.ts";
import { renderReport } from "./render.ts";
import { reportError } from "./report-error.ts";
import { writeOutputFile } from "./write-output.ts";
import { analyzeFolder } from "./analyze-folder.ts";

interface AnalyzeFlags extends ContextFlags, LimitFlags {
  format: ReportFormat;
  out?: string;
  failOn?: FailOn;
  color?: boolean;
  workers?: number;
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
    .option(
      "--fail-on <level>",
      `exit 1 when findings of this level exist (${FAIL_ON.join(", ")})`,
      oneOf(FAIL_ON),
    );
  return addLimitOptions(addContextOptions(command))
    .option("--no-color", "no colour in text output")
    .option("--workers <count>", "parallel worker threads for a folder (default: one per core)", parseCount)
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
