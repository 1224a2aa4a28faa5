/**
 * Regenerates `examples/reports/`: every bundled example agreement analysed and rendered in each
 * report format, so a reader of the repository can see the output without running anything.
 * Run after changing the model or a renderer: `npm run examples:reports`. A test checks they are current.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeFile } from "../src/analyze.ts";
import { renderHtml, renderJson, renderMarkdown, renderText } from "../src/report/index.ts";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));
const REPORTS = join(EXAMPLES, "reports");

/** The reports for one example, by file name. Paths are relative so the output does not depend on the machine. */
export async function exampleReports(): Promise<Map<string, string>> {
  const reports = new Map<string, string>();
  const files = (await readdir(EXAMPLES)).filter((file) => extname(file) === ".md").sort();
  for (const file of files) {
    const analysis = await analyzeFile(join(EXAMPLES, file));
    analysis.document.name = `examples/${file}`;
    const stem = basename(file, ".md");
    reports.set(`${stem}.txt`, renderText(analysis, { color: false }));
    reports.set(`${stem}.json`, JSON.stringify(renderJson(analysis), null, 2) + "\n");
    reports.set(`${stem}.report.md`, renderMarkdown(analysis));
    reports.set(`${stem}.html`, renderHtml(analysis));
  }
  return reports;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await mkdir(REPORTS, { recursive: true });
  for (const [name, content] of await exampleReports()) await writeFile(join(REPORTS, name), content);
  process.stdout.write(`wrote ${REPORTS}\n`);
}
