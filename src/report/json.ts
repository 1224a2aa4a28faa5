/**
 * The JSON report: a versioned, documented shape (docs/report.schema.json, docs/report-schema.md).
 * Offsets are UTF-16 code units into `document.text`, like everywhere else in Counterweight.
 */
import type { Analysis, Assessment, Circumstance, PowerSource } from "../assess/index.ts";
import {
  CATEGORY_NAMES,
  LEVEL_NAMES,
  type FindingCategory,
  type PowerActor,
  type PowerHolder,
  type PowerModality,
  type PowerTopic,
  type UnfairLevel,
} from "../core/index.ts";
import { clauseText, fragmentsOf, locateFinding, type Location } from "./locate.ts";

/**
 * Bumped on any change a consumer of the JSON could notice; minor for additions, major for removals
 * or changed meanings. 2.0: a finding is a clause (its span and text are the clause's, with the
 * flagged sentences as `fragments` and `location` at the strongest), and says who holds the power.
 */
export const REPORT_SCHEMA_VERSION = "4.1";

export interface JsonFinding {
  id: string;
  category: FindingCategory;
  categoryName: string;
  level: UnfairLevel;
  levelName: string;
  probability: number;
  clearlyUnfairProbability: number;
  start: number;
  end: number;
  text: string;
  fragments: Array<{ start: number; end: number; text: string }>;
  sentence: number;
  clause: number;
  location: Location;
  power: JsonPower;
  evidence: Array<{ start: number; end: number; text: string; weight: number }>;
  explanation: string;
  counterpart: string;
  powerSource: PowerSource;
  circumstances: Circumstance[];
  points: number;
  rank: number;
}

export interface JsonPower {
  holder: PowerHolder;
  summary?: string;
  statements: Array<{
    actor: PowerActor;
    modality: PowerModality;
    topics: PowerTopic[];
    action: string;
    object: string;
    start: number;
    end: number;
    text: string;
  }>;
}

export interface JsonReport {
  schemaVersion: string;
  generator: { name: "counterweight" };
  /** The language the report's words are written in. */
  reportLanguage: "en";
  document: {
    name: string;
    format: string;
    text: string;
    metadata: Analysis["document"]["metadata"];
    language?: string;
    languageConfidence?: number;
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
    reportLanguage: "en",
    document: {
      name: document.name,
      format: document.format,
      text: document.text,
      metadata: document.metadata,
      ...(document.language !== undefined ? { language: document.language } : {}),
      ...(document.languageConfidence !== undefined
        ? { languageConfidence: document.languageConfidence }
        : {}),
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
        text: clauseText(analysis, i),
        fragments: fragmentsOf(f).map((fragment) => ({
          start: fragment.start,
          end: fragment.end,
          text: document.text.slice(fragment.start, fragment.end),
        })),
        sentence: f.sentence,
        clause: f.clause,
        location: locateFinding(analysis, i),
        power: {
          holder: f.power?.holder ?? "none",
          ...(extra.powerSummary !== undefined ? { summary: extra.powerSummary } : {}),
          statements: (f.power?.statements ?? []).map((s) => ({
            actor: s.actor,
            modality: s.modality,
            topics: s.topics,
            action: s.action,
            object: s.object,
            start: s.start,
            end: s.end,
            text: document.text.slice(s.start, s.end),
          })),
        },
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
