import { describe, expect, test } from "vitest";
import { PAYLOADS, hostileAnalysis } from "./testing/hostile-analysis.ts";
import {
  escapeHtml,
  lineAndColumn,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  REPORT_SCHEMA_VERSION,
} from "./index.ts";

const analysis = hostileAnalysis();

describe("HTML report", () => {
  const html = renderHtml(analysis);

  test("no payload survives as markup, and there is no script at all", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain(escapeHtml(PAYLOADS[0]!));
    expect(html).toContain("terms &lt;b&gt;bold&lt;/b&gt;.txt");
  });

  test("carries the strict CSP and makes no external reference", () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  test("exactly one highlight per finding, each linked both ways", () => {
    const marks = html.match(/<mark [^>]*data-finding="\d+"/g) ?? [];
    expect(marks).toHaveLength(analysis.findings.length);
    for (let n = 1; n <= analysis.findings.length; n++) {
      expect(html).toContain(`id="f-${n}"`);
      expect(html).toContain(`href="#finding-${n}"`);
      expect(html).toContain(`id="finding-${n}"`);
      expect(html).toContain(`href="#f-${n}"`);
    }
    expect(html.match(/<mark /g)?.length).toBe(html.match(/<\/mark>/g)?.length);
  });

  test("findings are listed most severe first", () => {
    const order = [...html.matchAll(/<details class="finding-card level-(\d)/g)].map((m) => m[1]);
    expect(order).toEqual(["3", "3", "2", "2", "2"]);
  });
});

describe("JSON report", () => {
  const json = renderJson(analysis);

  test("is versioned and carries each finding with its location, explanation and counterpart", () => {
    expect(json.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(json.findings).toHaveLength(analysis.findings.length);
    const termination = json.findings.find((f) => f.category === "ter")!;
    expect(termination).toMatchObject({
      categoryName: "Unilateral termination",
      level: 3,
      levelName: "clearly unfair",
      location: { headingPath: ["1. Your account"], line: 3, column: 1 },
      powerSource: { id: "dependence" },
    });
    expect(termination.text).toContain(PAYLOADS[0]);
    expect(termination.evidence[0]!.text).toBe(
      analysis.document.text.slice(termination.start + 3, termination.start + 6),
    );
    expect(termination.circumstances.map((c) => c.id)).toEqual(
      expect.arrayContaining(["any-reason", "without-notice"]),
    );
    expect(json.assessment.grade).toMatch(/^[A-E]$/);
    expect(json.headings[1]!.text).toBe("2. Disputes");
  });

  test("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("text and Markdown reports", () => {
  test("text: grade first, most severe first, location with heading path and line, no colour unless asked", () => {
    const text = renderText(analysis, { color: false });
    expect(text.split("\n")[1]).toMatch(/^Grade [A-E]/);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("1. Your account — line 3, offset");
    expect(text.indexOf("CLEARLY UNFAIR")).toBeLessThan(text.indexOf("POTENTIALLY UNFAIR"));
    expect(renderText(analysis, { color: true })).toContain("\u001b[1m");
  });

  test("markdown escapes document text so it cannot inject HTML or links", () => {
    const md = renderMarkdown(analysis);
    expect(md).not.toMatch(/(?<!\\)<script>/);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain("\\<script\\>");
    expect(md).toMatch(/^# Counterweight report: terms \\<b\\>bold\\<\/b\\>\.txt/);
  });
});

test("lineAndColumn counts from 1", () => {
  expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
  expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
  expect(lineAndColumn("ab\ncd\nef", 6)).toEqual({ line: 3, column: 1 });
});
