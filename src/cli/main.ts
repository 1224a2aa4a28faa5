/**
 * The `counterweight` command. A thin shell: parse arguments, call the library, print, exit
 * with a documented code (see exit-codes.ts). Usage errors are one line on stderr, exit 2.
 */
import { Command, CommanderError } from "commander";
import { analyzeCommand } from "./analyze-command.ts";
import { diffCommand } from "./diff-command.ts";
import { importCommand } from "./import-command.ts";
import { serveCommand } from "./serve-command.ts";
import { workerCommand } from "./worker-command.ts";
import { trackCommand } from "./track-command.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { reportError } from "./report-error.ts";

let exitCode: ExitCode = EXIT.ok;
const setExitCode = (code: ExitCode) => {
  exitCode = code;
};

const program = new Command("counterweight")
  .description("Shows where an agreement written by the stronger party uses its power against you.")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({
    writeErr: (text) => process.stderr.write(text),
    // Keep usage errors to one line, with a pointer to help.
    outputError: (text, write) => write(`${text.trim()} (see counterweight --help)\n`),
  });

program.addCommand(analyzeCommand(setExitCode));
program.addCommand(diffCommand(setExitCode));
program.addCommand(serveCommand(setExitCode));
program.addCommand(importCommand(setExitCode));
program.addCommand(workerCommand(setExitCode));
program.addCommand(trackCommand(setExitCode));
for (const command of program.commands) {
  command.exitOverride().configureOutput(program.configureOutput());
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version requests are successes; everything else is a usage error.
    exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usageOrBadInput;
  } else {
    exitCode = reportError(error, process.argv.includes("--debug"));
  }
}
process.exitCode = exitCode;
