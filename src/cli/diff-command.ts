import { Command, Option } from "commander";
import { analyzeDocument } from "../analyze.ts";
import {
  diffAnalyses,
  renderDiffHtml,
  renderDiffJson,
  renderDiffText,
  type AnalysisDiff,
} from "../diff/index.ts";
import { ingestFile } from "../ingest/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { addLimitOptions, limitsFromFlags, type LimitFlags } from "./limit-flags.ts";
import { addContextOptions, contextFromFlags, type ContextFlags } from "./options.ts";
import { reportError } from "./report-error.ts";
import { writeOutputFile } from "./write-output.ts";

const DIFF_FORMATS = ["text", "json", "html"] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffFlags extends ContextFlags, LimitFlags {
  format: DiffFormat;
  out?: string;
  all?: boolean;
  color?: boolean;
  debug?: boolean;
}

/**
 * `counterweight diff <old> <new>`: what changed between two versions of an agreement — moved,
 * edited, added and removed clauses, and what that did to the findings and the grade.
 */
export function diffCommand(setExitCode: (code: ExitCode) => void): Command {
  const command = new Command("diff")
    .description(
      "compare two versions of an agreement: changed clauses, finding changes and the grade change",
    )
    .argument("<old>", "the older version (.txt .md .html .pdf .docx .xml)")
    .argument("<new>", "the newer version")
    .addOption(new Option("-f, --format <format>", "output format").choices(DIFF_FORMATS).default("text"))
    .option("-o, --out <path>", "write the diff to this file")
    .option("--all", "text format: list unchanged clauses too");
  return addLimitOptions(addContextOptions(command))
    .option("--no-color", "no colour in text output")
    .option("--debug", "print stack traces with errors")
    .action(async (older: string, newer: string, flags: DiffFlags) => {
      setExitCode(await runDiff(older, newer, flags));
    });
}

async function runDiff(olderPath: string, newerPath: string, flags: DiffFlags): Promise<ExitCode> {
  const limits = limitsFromFlags(flags);
  const options = { context: contextFromFlags(flags), limits };
  try {
    // Both are read before either is analysed, so a bad second file fails fast.
    const [olderDocument, newerDocument] = await Promise.all([
      ingestFile(olderPath, { limits }),
      ingestFile(newerPath, { limits }),
    ]);
    const diff = diffAnalyses(
      analyzeDocument(olderDocument, options),
      analyzeDocument(newerDocument, options),
    );
    const color = flags.color !== false && !flags.out && Boolean(process.stdout.isTTY);
    const output = renderDiff(diff, flags.format, { color, all: Boolean(flags.all) });
    if (flags.out) await writeOutputFile(flags.out, output);
    else process.stdout.write(output);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  }
}

function renderDiff(
  diff: AnalysisDiff,
  format: DiffFormat,
  options: { color: boolean; all: boolean },
): string {
  switch (format) {
    case "json":
      return JSON.stringify(renderDiffJson(diff), null, 2) + "\n";
    case "html":
      return renderDiffHtml(diff);
    case "text":
      return renderDiffText(diff, options);
  }
}
