/**
 * The JSON report: a versioned, documented shape (docs/report.schema.json, docs/report-schema.md).
 * Offsets are UTF-16 code units into `document.text`, like everywhere else in Counterweight.
 */
import type { Analysis, Assessment, Circumstance, PowerSource } from "../assess/index.ts";
import { CATEGORY_NAMES, LEVEL_NAMES, type CategoryCode, type UnfairLevel } from "../core/index.ts";
import { findingText, locateFinding, type Location } from "./locate.ts";

/** Bumped on any change a consumer of the JSON could notice; minor for additions, major for removals. */
export const REPORT_SCHEMA_VERSION = "1.0";

export interface JsonFinding {
  id: string;
  category: CategoryCode;
  categoryName: string;
  level: UnfairLevel;
  levelName: string;
  probability: number;
  clearlyUnfairProbability: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  clause: number;
  location: Location;
  evidence: Array<{ start: number; end: number; text: string; weight: number }>;
  explanation: string;
  counterpart: string;
  powerSource: PowerSource;
  circumstances: Circumstance[];
  points: number;
  rank: number;
}

export interface JsonReport {
  schemaVersion: string;
  generator: { name: "counterweight" };
  document: {
    name: string;
    format: string;
    text: string;
    metadata: Analysis["document"]["metadata"];
  };
  headings: Array<{ start: number; end: number; level: number; text: string; path: string[] }>;
  clauses: Array<{ start: number; end: number; kind: string; headingPath: string[] }>;
  sentences: Array<{ start: number; end: number; clause: number; heading: boolean }>;
  findings: JsonFinding[];
  assessment: Omit<Assessment, "findings">;
}

/**
 * The analysis as a plain JSON-ready object. `findings` keep the analysis order, so
 * `assessment.gradeReasons[].finding` indexes into them; `rank` gives the severity order.
 *
 * @example
 * process.stdout.write(JSON.stringify(renderJson(analysis), null, 2));
 */
export function renderJson(analysis: Analysis): JsonReport {
  const { document, segmentation, assessment } = analysis;
  const { findings: findingAssessments, ...summary } = assessment;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: "counterweight" },
    document: {
      name: document.name,
      format: document.format,
      text: document.text,
      metadata: document.metadata,
    },
    headings: segmentation.headings.map((h) => ({
      start: h.start,
      end: h.end,
      level: h.level,
      text: document.text.slice(h.start, h.end),
      path: h.path,
    })),
    clauses: segmentation.clauses.map((c) => ({
      start: c.start,
      end: c.end,
      kind: c.kind,
      headingPath: c.headingPath,
    })),
    sentences: segmentation.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      clause: s.clause,
      heading: s.heading,
    })),
    findings: analysis.findings.map((f, i) => {
      const extra = findingAssessments[i]!;
      return {
        id: `f-${i + 1}`,
        category: f.category,
        categoryName: CATEGORY_NAMES[f.category],
        level: f.level,
        levelName: LEVEL_NAMES[f.level],
        probability: f.probability,
        clearlyUnfairProbability: f.clearlyUnfairProbability,
        start: f.start,
        end: f.end,
        text: findingText(analysis, i),
        sentence: f.sentence,
        clause: f.clause,
        location: locateFinding(analysis, i),
        evidence: f.evidence.map((e) => ({
          start: e.start,
          end: e.end,
          text: document.text.slice(e.start, e.end),
          weight: e.weight,
        })),
        explanation: extra.explanation,
        counterpart: extra.counterpart,
        powerSource: extra.powerSource,
        circumstances: extra.circumstances,
        points: extra.points,
        rank: extra.rank,
      };
    }),
    assessment: summary,
  };
}
