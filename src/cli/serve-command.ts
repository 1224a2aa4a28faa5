/**
 * `counterweight serve`: the registry web app and API. Flags win over environment variables
 * (HOST, PORT, DATABASE_URL), which win over the defaults (127.0.0.1, 3000, ./data/counterweight.db).
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { CounterweightError } from "../core/index.ts";
import {
  DEFAULT_RATE_LIMITS,
  SEED_CHOICES,
  startServer,
  type RunningServer,
  type SeedChoice,
  type ServerOptions,
} from "../server/index.ts";

type RateLimitSetting = ServerOptions["rateLimit"];
import { DEFAULT_DATABASE } from "../store/index.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";
import { addLimitOptions, limitsFromFlags, type LimitFlags } from "./limit-flags.ts";
import { reportError } from "./report-error.ts";
import { seedProgress } from "./seed-progress.ts";

interface ServeFlags extends LimitFlags {
  rateLimit?: number;
  pageRateLimit?: number;
  host?: string;
  port?: number;
  db?: string;
  seed?: SeedChoice;
  debug?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InvalidArgumentError("give a port from 0 to 65535.");
  return port;
}

export function serveCommand(setExitCode: (code: ExitCode) => void): Command {
  const command = new Command("serve")
    .description("run the registry web app and HTTP API (writes need COUNTERWEIGHT_ADMIN_TOKEN)")
    .option("--host <host>", "address to listen on (env HOST; default 127.0.0.1)")
    .option("--port <port>", "port to listen on, 0 for any free port (env PORT; default 3000)", parsePort)
    .option("--db <path>", `SQLite file or postgres:// URL (env DATABASE_URL; default ${DEFAULT_DATABASE})`)
    .addOption(
      new Option(
        "--seed <what>",
        "what a new registry starts with: the examples and real agreements (imported once), the examples only, or nothing",
      )
        .choices(SEED_CHOICES)
        .default("registry"),
    )
    .option(
      "--rate-limit <per-minute>",
      `analyses per minute per client address, 0 for no limit (env COUNTERWEIGHT_RATE_LIMIT; default ${DEFAULT_RATE_LIMITS.analyze.perMinute})`,
      parseRate,
    )
    .option(
      "--page-rate-limit <per-minute>",
      `other requests per minute per client address, 0 for no limit (env COUNTERWEIGHT_PAGE_RATE_LIMIT; default ${DEFAULT_RATE_LIMITS.other.perMinute})`,
      parseRate,
    );
  return addLimitOptions(command)
    .option("--debug", "print stack traces with errors")
    .action(async (flags: ServeFlags) => {
      setExitCode(await runServe(flags));
    });
}

async function runServe(flags: ServeFlags): Promise<ExitCode> {
  const host = flags.host ?? process.env.HOST ?? "127.0.0.1";
  const database = flags.db ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  const progress = seedProgress((error) => reportError(error, Boolean(flags.debug)));
  try {
    const port = flags.port ?? (process.env.PORT ? envPort(process.env.PORT) : 3000);
    const server = await startServer({
      seed: flags.seed,
      onSeedStart: progress.onStart,
      onSeedVersion: progress.onVersion,
      host,
      port,
      database,
      adminToken: process.env.COUNTERWEIGHT_ADMIN_TOKEN,
      limits: limitsFromFlags(flags),
      rateLimit: rateLimitFrom(
        flags.rateLimit ?? envRate("COUNTERWEIGHT_RATE_LIMIT"),
        flags.pageRateLimit ?? envRate("COUNTERWEIGHT_PAGE_RATE_LIMIT"),
      ),
    }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
        throw new CounterweightError(
          "USAGE",
          `${host}:${port}: cannot listen here (${code}); choose another --port or --host`,
          {
            cause: error,
          },
        );
      }
      throw error;
    });
    progress.finish(server.seedImport);
    process.stdout.write(await startupSummary(server));
    process.stderr.write(`Counterweight registry at ${server.url} (database ${database}); Ctrl-C stops it\n`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    return EXIT.ok;
  } catch (error) {
    progress.finish(undefined);
    return reportError(error, Boolean(flags.debug));
  }
}

/** What the registry holds, newest first: a first look at the analyses before opening the browser. */
async function startupSummary(server: RunningServer): Promise<string> {
  const total = await server.store.countDocuments();
  const latest = await server.store.listDocuments({ limit: 5 });
  const lines = latest.map(
    (doc) =>
      `  ${doc.serviceName} (${doc.documentType}): grade ${doc.latest.grade}, ${doc.latest.findingsCount} one-sided clauses — ${server.url}/services/${doc.serviceSlug}`,
  );
  const more =
    total > latest.length ? [`  … and ${total - latest.length} more at ${server.url}/services`] : [];
  return [
    `The registry holds ${total} analysed document${total === 1 ? "" : "s"}:`,
    ...lines,
    ...more,
    "",
  ].join("\n");
}

function envPort(value: string): number {
  try {
    return parsePort(value);
  } catch {
    throw new CounterweightError("USAGE", `PORT=${value}: not a port; set PORT to a number from 0 to 65535`);
  }
}

function parseRate(value: string): number {
  const rate = Number(value);
  if (!Number.isInteger(rate) || rate < 0)
    throw new InvalidArgumentError("give a whole number of 0 or more.");
  return rate;
}

function envRate(variable: string): number | undefined {
  const value = process.env[variable];
  if (value === undefined || value === "") return undefined;
  try {
    return parseRate(value);
  } catch {
    throw new CounterweightError(
      "USAGE",
      `${variable}=${value}: not a rate; set it to requests per minute, 0 for no limit`,
    );
  }
}

/**
 * Requests per minute per client, for analyses and for everything else; each burst allows half a
 * minute's worth at once. 0 for both turns limiting off; 0 for one leaves that one unlimited.
 */
function rateLimitFrom(analyses: number | undefined, pages: number | undefined): RateLimitSetting {
  if (analyses === undefined && pages === undefined) return undefined;
  if (analyses === 0 && pages === 0) return false;
  const rule = (perMinute: number) =>
    perMinute === 0
      ? { perMinute: Number.MAX_SAFE_INTEGER, burst: Number.MAX_SAFE_INTEGER }
      : { perMinute, burst: Math.max(1, Math.ceil(perMinute / 2)) };
  return {
    ...(analyses === undefined ? {} : { analyze: rule(analyses) }),
    ...(pages === undefined ? {} : { other: rule(pages) }),
  };
}
