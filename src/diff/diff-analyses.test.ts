import { describe, expect, it } from "vitest";
import type { Analysis, Grade } from "../assess/index.ts";
import type { CategoryCode, UnfairLevel } from "../core/index.ts";
import { unanalysedPower } from "../core/index.ts";
import {
  diffAnalyses,
  renderDiffHtml,
  renderDiffJson,
  renderDiffText,
  DIFF_SCHEMA_VERSION,
} from "./index.ts";

interface FakeClause {
  text: string;
  heading?: string;
  findings?: Array<{ category: CategoryCode; level: UnfairLevel }>;
}

/**
 * A minimal analysis: each clause one paragraph, findings as given. Only what the diff reads is
 * filled; circumstances (opt-out, "for any reason") are detected from the clause text itself.
 */
function fakeAnalysis(name: string, clauses: FakeClause[], grade: Grade = "C"): Analysis {
  let text = "";
  const segmentationClauses = clauses.map((clause) => {
    if (text) text += "\n\n";
    const start = text.length;
    text += clause.text;
    return {
      start,
      end: text.length,
      kind: "paragraph" as const,
      headingPath: clause.heading ? [clause.heading] : [],
    };
  });
  const findings: Analysis["findings"] = [];
  clauses.forEach((clause, index) =>
    clause.findings?.forEach((finding) => {
      findings.push({
        ...segmentationClauses[index]!,
        category: finding.category,
        level: finding.level,
        probability: 0.9,
        clearlyUnfairProbability: finding.level === 3 ? 0.9 : 0.1,
        sentence: index,
        clause: index,
        evidence: [],
        fragments: [segmentationClauses[index]!],
        power: unanalysedPower(),
      });
    }),
  );
  return {
    document: { name, text },
    segmentation: { headings: [], clauses: segmentationClauses, sentences: [] },
    findings,
    assessment: { grade, score: grade.charCodeAt(0) - 60 },
  } as unknown as Analysis;
}

const base: FakeClause[] = [
  { text: "1. These terms govern your use of the service.", heading: "1. Scope" },
  { text: "We may change these terms at any time by posting them on the site.", heading: "1. Scope" },
  {
    text: "We may terminate your account if you breach these terms.",
    heading: "2. Termination",
    findings: [{ category: "ter", level: 2 }],
  },
  {
    text: "Disputes are settled by binding arbitration, but you may opt out within 30 days.",
    heading: "3. Disputes",
    findings: [{ category: "a", level: 2 }],
  },
  { text: "Payments are due monthly in advance of the billing period.", heading: "4. Payment" },
  { text: "Refunds are given for unused months on request by email.", heading: "4. Payment" },
  { text: "Contact us at the address on our website for any question.", heading: "5. Contact" },
];

describe("diffAnalyses", () => {
  it("reports identical versions as unchanged, with no finding delta", () => {
    const diff = diffAnalyses(fakeAnalysis("a", base), fakeAnalysis("b", base));
    expect(diff.counts).toEqual({ unchanged: 7, moved: 0, edited: 0, added: 0, removed: 0 });
    expect(diff.findingDeltas).toEqual([]);
    expect(diff.summary[0]).toBe("Grade unchanged: C.");
  });

  it("treats renumbering and spacing as no change", () => {
    const renumbered = base.map((clause, index) =>
      index === 0 ? { ...clause, text: "7.   These terms govern your use of the service." } : clause,
    );
    const diff = diffAnalyses(fakeAnalysis("a", base), fakeAnalysis("b", renumbered));
    expect(diff.clauses[0]!.kind).toBe("unchanged");
  });

  it("classifies moved, edited, added and removed clauses and names the finding deltas", () => {
    const newer: FakeClause[] = [
      base[0]!,
      base[1]!,
      {
        text: "We may terminate your account at any time for any reason if you breach these terms.",
        heading: "2. Termination",
        findings: [{ category: "ter", level: 3 }],
      },
      // Payment section moved above disputes.
      base[4]!,
      base[5]!,
      {
        text: "Disputes are settled by binding arbitration.",
        heading: "3. Disputes",
        findings: [{ category: "a", level: 2 }],
      },
      // Contact removed; a liability clause added.
      {
        text: "Our liability is excluded for all indirect damages whatsoever.",
        heading: "5. Liability",
        findings: [{ category: "ltd", level: 3 }],
      },
    ];
    const diff = diffAnalyses(fakeAnalysis("old", base, "C"), fakeAnalysis("new", newer, "D"));
    const kinds = diff.clauses.map((change) => [
      change.kind,
      (change.newer ?? change.older)!.text.slice(0, 20),
    ]);
    expect(kinds).toEqual([
      ["unchanged", "1. These terms gover"],
      ["unchanged", "We may change these "],
      ["edited", "We may terminate you"],
      ["unchanged", "Payments are due mon"],
      ["unchanged", "Refunds are given fo"],
      // A removed clause stands where it stood: after the last clause that kept its place before it.
      ["removed", "Contact us at the ad"],
      ["moved", "Disputes are settled"],
      ["added", "Our liability is exc"],
    ]);
    // The shorter section (disputes, one clause) moved, the two payment clauses kept their order.
    expect(diff.counts).toEqual({ unchanged: 4, moved: 1, edited: 1, added: 1, removed: 1 });
    expect(diff.moves).toEqual([
      { from: 6, to: 7, olderStart: 3, olderEnd: 4, headingPath: ["3. Disputes"] },
    ]);

    const edited = diff.clauses[2]!;
    expect(edited.words).toContainEqual({ op: "insert", text: expect.stringContaining("any reason") });
    expect(
      edited
        .words!.filter((w) => w.op !== "insert")
        .map((w) => w.text)
        .join(""),
    ).toBe(edited.older!.text);
    expect(
      edited
        .words!.filter((w) => w.op !== "delete")
        .map((w) => w.text)
        .join(""),
    ).toBe(edited.newer!.text);

    expect(diff.grade).toMatchObject({ older: "C", newer: "D", direction: "worse" });
    expect(diff.summary[0]).toBe("Grade C → D: the terms got worse for you.");
    const kindsOfDeltas = diff.findingDeltas.map(
      (d) => `${d.kind}:${d.category}:${d.circumstance?.id ?? ""}`,
    );
    expect(kindsOfDeltas).toEqual(
      expect.arrayContaining([
        "level-raised:ter:",
        "circumstance-added:ter:any-reason",
        "circumstance-removed:a:opt-out",
        "category-added:ltd:",
      ]),
    );
    // Losing the opt-out (a milder circumstance) is worse, never better.
    expect(diff.findingDeltas.find((d) => d.circumstance?.id === "opt-out")?.direction).toBe("worse");
    expect(diff.summary).toContain("Arbitration opt-out removed in “3. Disputes”.");
    expect(diff.summary).toContain("New clearly unfair limitation of liability clause in “5. Liability”.");
    // Worse changes come first, and the text line comes last.
    expect(diff.findingDeltas.every((d) => d.direction === "worse")).toBe(true);
    expect(diff.summary.at(-1)).toBe(
      "Text: 1 clause edited, 1 added, 1 removed, 1 moved (1 block); 4 unchanged.",
    );
  });

  it("pairs an edited clause with the one under the same heading when two are alike", () => {
    const older: FakeClause[] = [
      { text: "You may cancel the plan at any time with thirty days notice to us.", heading: "A" },
      { text: "You may cancel the plan at any time with thirty days notice to them.", heading: "B" },
    ];
    const newer: FakeClause[] = [
      { text: "You may cancel the plan at any time with thirty days notice to us.", heading: "A" },
      { text: "You may cancel the plan at any time with sixty days notice to them.", heading: "B" },
    ];
    const diff = diffAnalyses(fakeAnalysis("a", older), fakeAnalysis("b", newer));
    expect(diff.clauses.map((c) => c.kind)).toEqual(["unchanged", "edited"]);
    expect(diff.clauses[1]!.older!.index).toBe(1);
  });

  it("aligns 1,500 clauses with a moved block quickly", () => {
    const words = (i: number) =>
      `clause ${i} alpha${i} beta${i * 7} gamma${i % 13} delta the service terms apply`;
    const older = Array.from({ length: 1500 }, (_, i) => ({ text: words(i) }));
    const newer = [
      ...older.slice(0, 200),
      ...older.slice(900, 1000),
      ...older.slice(200, 900),
      ...older.slice(1000),
    ];
    newer[50] = { text: `${words(50)} and for any reason` };
    const started = performance.now();
    const diff = diffAnalyses(fakeAnalysis("a", older), fakeAnalysis("b", newer));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diff.counts).toEqual({ unchanged: 1399, moved: 100, edited: 1, added: 0, removed: 0 });
    expect(diff.moves).toHaveLength(1);
  });
});

describe("diff renderers", () => {
  const newer = [
    ...base.slice(0, 6),
    { text: `${base[6]!.text} <script>alert(1)</script> & more`, heading: "5. Contact" },
  ];
  const diff = diffAnalyses(fakeAnalysis("old.txt", base), fakeAnalysis("new.txt", newer));

  it("JSON carries a schema version and every clause", () => {
    const json = renderDiffJson(diff);
    expect(json.schemaVersion).toBe(DIFF_SCHEMA_VERSION);
    expect(JSON.parse(JSON.stringify(json)).clauses).toHaveLength(diff.clauses.length);
  });

  it("HTML escapes document text and loads nothing from outside", () => {
    const html = renderDiffHtml(diff);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("text marks edits and leaves colour off when asked", () => {
    const text = renderDiffText(diff, { color: false });
    expect(text).toContain("Grade C → C");
    expect(text).toContain("{+ <script>alert(1)</script> & more+}");
    expect(text).toContain("… 6 unchanged clauses …");
    expect(text).not.toContain("\u001b[");
  });
});
