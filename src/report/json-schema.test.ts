import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { renderJson } from "./index.ts";
import { reportJsonSchema, reportSchema } from "./json-schema.ts";
import { hostileAnalysis } from "./testing/hostile-analysis.ts";

test("renderJson output matches the documented schema exactly (no missing or extra fields)", () => {
  const result = reportSchema.safeParse(JSON.parse(JSON.stringify(renderJson(hostileAnalysis()))));
  expect(result.error?.issues ?? []).toEqual([]);
});

test("the schema rejects a report with an unknown field or a wrong version", () => {
  const report = JSON.parse(JSON.stringify(renderJson(hostileAnalysis())));
  expect(reportSchema.safeParse({ ...report, surprise: 1 }).success).toBe(false);
  expect(reportSchema.safeParse({ ...report, schemaVersion: "0.9" }).success).toBe(false);
});

test("docs/report.schema.json is up to date (regenerate with `npx tsx src/report/schema/build.ts`)", () => {
  const committed = JSON.parse(readFileSync("docs/report.schema.json", "utf8"));
  expect(committed).toEqual(reportJsonSchema());
});
