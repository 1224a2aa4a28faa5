/** `counterweight import <folder|file>`: analyse agreements and add them to the registry database. */
import { relative } from "node:path";
import { Command } from "commander";
import { importDocuments } from "../server/index.ts";
import { DEFAULT_DATABASE, openStore } from "../store/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { reportError } from "./report-error.ts";

interface ImportFlags {
  db?: string;
  service?: string;
  sector?: string;
  type?: string;
  debug?: boolean;
}

export function importCommand(setExitCode: (code: ExitCode) => void): Command {
  return new Command("import")
    .description("analyse agreements and add them to the registry (each file is a service named after it)")
    .argument("<input>", "a file or a folder (read recursively)")
    .option("--db <path>", `SQLite database file (env DATABASE_URL; default ${DEFAULT_DATABASE})`)
    .option(
      "--service <name>",
      "one service name for every file (default: the file's name, e.g. Uber.xml → Uber)",
    )
    .option("--sector <name>", "the sector of the services, e.g. Travel")
    .option("--type <type>", "document type, e.g. terms or privacy", "terms")
    .option("--debug", "print stack traces with errors")
    .action(async (input: string, flags: ImportFlags) => {
      setExitCode(await runImport(input, flags));
    });
}

async function runImport(input: string, flags: ImportFlags): Promise<ExitCode> {
  const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  let worst: ExitCode = EXIT.ok;
  try {
    const store = await openStore(database);
    try {
      const summary = await importDocuments(store, input, {
        service: flags.service,
        sector: flags.sector,
        documentType: flags.type,
        onFile(file, outcome) {
          const name = relative(process.cwd(), file) || file;
          if (outcome.error !== undefined) {
            const code = reportError(outcome.error, Boolean(flags.debug));
            if (code === EXIT.internal || worst === EXIT.ok) worst = code;
          } else if (outcome.result) {
            const r = outcome.result;
            process.stdout.write(`${r.status.padEnd(9)} ${r.serviceSlug}/${r.documentType}  ${name}\n`);
          }
        },
      });
      process.stdout.write(
        `${summary.created} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.failed} failed → ${database}\n`,
      );
    } finally {
      await store.close();
    }
    return worst;
  } catch (error) {
    return reportError(error, Boolean(flags.debug));
  }
}
