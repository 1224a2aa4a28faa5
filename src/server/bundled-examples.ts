/** Where the bundled example agreements live: read by the first-start import and the workers' warm-up. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/**
 * The paths of the bundled example agreements, in name order: the Markdown files at the top of
 * `examples/` (`examples/reports/` holds rendered reports, not agreements).
 */
export async function bundledExamples(): Promise<string[]> {
  const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith(".md")).sort();
  return files.map((file) => join(EXAMPLES, file));
}
