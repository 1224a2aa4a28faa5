/**
 * Runs every hostile case through the real CLI and writes the measured table into
 * docs/security.md, between the `hostile-table` markers. Run: `npx tsx test/hostile/measure.ts`.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { hostileCases } from "./corpus.ts";
import { BOUNDS, cliProblem, runCli, writeCase } from "./run-cli.ts";

const DOC = join(import.meta.dirname, "..", "..", "docs", "security.md");
const START = "<!-- hostile-table:start -->";
const END = "<!-- hostile-table:end -->";

const dir = await mkdtemp(join(tmpdir(), "cw-hostile-"));
const rows: string[] = [];
let failures = 0;
try {
  for (const hostile of hostileCases()) {
    const path = await writeCase(hostile, dir);
    const bytes = hostile.bytes().length;
    const run = await runCli(path, hostile.cliFlags);
    await rm(path, { force: true });
    const problem = cliProblem(run, hostile.fileName);
    if (problem) failures++;
    const said =
      run.exitCode === 0 ? "report" : run.stderr.trim().replace(`error: ${path}: `, "").replace(/\|/g, "\\|");
    rows.push(
      `| ${hostile.what} | ${size(bytes)} | ${run.exitCode ?? run.signal} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds?.toFixed(1) ?? "?"} | ${
        run.peakMegabytes === undefined ? "?" : Math.round(run.peakMegabytes)
      } | ${problem ? `**FAIL: ${problem}**` : shorten(said)} |`,
    );
    process.stderr.write(
      `${hostile.id}: exit ${run.exitCode} ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1)} s) ${Math.round(run.peakMegabytes ?? 0)} MB${problem ? ` FAIL ${problem}` : ""}\n`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const table = [
  START,
  `Measured by \`npx tsx test/hostile/measure.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores, shared). Bounds: ${BOUNDS.seconds} s of CPU time and ${BOUNDS.peakMegabytes} MB peak resident memory per input, both measured in the child; times include starting Node and loading the model.`,
  "",
  "| input | size | exit | wall s | CPU s | peak MB | what the user sees |",
  "|---|---:|---:|---:|---:|---:|---|",
  ...rows,
  END,
].join("\n");
const doc = await readFile(DOC, "utf8");
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < 0) throw new Error(`${DOC} has no ${START} … ${END} section`);
// Formatted as `npm run check` expects, so a fresh measurement can be committed as it is.
const options = { ...(await resolveConfig(DOC)), filepath: DOC };
await writeFile(DOC, await format(doc.slice(0, from) + table + doc.slice(to + END.length), options));
process.stdout.write(`${JSON.stringify({ cases: rows.length, failures })}\n`);
process.exitCode = failures > 0 ? 1 : 0;

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function shorten(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}
