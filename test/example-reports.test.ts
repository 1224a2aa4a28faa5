import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleReports } from "../scripts/build-example-reports.ts";

describe("examples/reports", () => {
  it("are what the current model and renderers produce (regenerate with npm run examples:reports)", async () => {
    const reports = await exampleReports();
    expect(reports.size).toBeGreaterThanOrEqual(8);
    for (const [name, content] of reports) {
      const committed = await readFile(join(import.meta.dirname, "..", "examples", "reports", name), "utf8");
      expect(committed, name).toBe(content);
    }
  });
});
