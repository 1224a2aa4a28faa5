/**
 * The JSON report's schema, written once in zod: tests validate `renderJson` output against it, and
 * `schema/build.ts` turns it into `docs/report.schema.json` for people and other languages.
 */
import { z } from "zod";
import { FINDING_CATEGORIES } from "../core/index.ts";
import { REPORT_SCHEMA_VERSION } from "./json.ts";

const offset = z.number().int().min(0).describe("UTF-16 code unit offset into document.text");
const span = { start: offset, end: offset };
const category = z
  .enum(FINDING_CATEGORIES)
  .describe(
    "a ch cr j law ltd ter use pinc: the corpus' nine categories; cw ind lic pay hold auto excl: beyond them, read from their definitions",
  );
const level = z.union([z.literal(2), z.literal(3)]).describe("2 = potentially unfair, 3 = clearly unfair");
const share = z.number().min(0).max(1);
const percentile = z.number().min(0).max(100);
const recourse = z.enum(["kept", "limited", "removed"]);
const safeguardId = z.enum(["S1", "S2", "S3", "S4", "S5", "S6", "S7"]);
const grade = z.enum(["A", "B", "C", "D", "E"]).describe("A best … E worst; see docs/grade.md");

const circumstance = z.strictObject({
  id: z.string(),
  effect: z.enum(["worse", "milder"]),
  label: z.string(),
  explanation: z.string(),
});

const powerSource = z.strictObject({
  id: z.enum(["legal-resources", "dependence", "overwhelming-power", "authority"]),
  name: z.string(),
  why: z.string(),
});

const finding = z.strictObject({
  id: z.string().describe("f-N, N = 1-based index; the HTML report uses the same id for the highlight"),
  category,
  categoryName: z.string(),
  level,
  levelName: z.string(),
  probability: share.describe("calibrated probability that the sentence is unfair in this category"),
  clearlyUnfairProbability: share,
  ...span,
  text: z.string().describe("the clause, whitespace collapsed"),
  fragments: z
    .array(z.strictObject({ ...span, text: z.string() }))
    .min(1)
    .describe("the sentences of the clause judged one-sided in this category, each highlighted"),
  sentence: z.number().int().describe("index into sentences of the strongest fragment, -1 when unknown"),
  clause: z.number().int().describe("index into clauses of the line holding it, -1 when unknown"),
  location: z
    .strictObject({
      headingPath: z.array(z.string()),
      line: z.number().int().min(1),
      column: z.number().int().min(1),
      ...span,
    })
    .describe("where a person finds it: the strongest fragment"),
  power: z
    .strictObject({
      holder: z.enum(["provider", "both", "reader", "denied", "none"]),
      summary: z.string().optional().describe('"Who holds the power: …" in words'),
      statements: z.array(
        z.strictObject({
          actor: z.enum(["provider", "reader", "both", "unnamed"]),
          modality: z.enum(["permission", "obligation", "prohibition", "negation"]),
          topics: z.array(z.enum(["ter", "ch", "cr", "ltd"])),
          action: z.string(),
          object: z.string(),
          ...span,
          text: z.string(),
        }),
      ),
    })
    .describe("who may, must or must not do what in the clause, as the power analysis read it"),
  evidence: z.array(z.strictObject({ ...span, text: z.string(), weight: z.number() })),
  explanation: z.string(),
  counterpart: z.string().describe("how parties of equal strength write this term"),
  powerSource,
  circumstances: z.array(circumstance),
  points: z.number().min(0).describe("points this finding added to the score"),
  rank: z.number().int().min(0).describe("0 = most severe"),
});

const assessment = z.strictObject({
  grade,
  score: z.number().min(0),
  gradeSummary: z.string(),
  gradeReasons: z.array(
    z.strictObject({
      finding: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe("index into findings; absent for a missing safeguard"),
      safeguard: safeguardId.optional().describe("the missing safeguard; absent for a finding"),
      category: category.optional(),
      level: level.optional(),
      points: z.number().min(0),
      summary: z.string(),
    }),
  ),
  categories: z.array(
    z.strictObject({
      category,
      name: z.string(),
      count: z.number().int().min(1),
      clearlyUnfair: z.number().int().min(0),
      potentiallyUnfair: z.number().int().min(0),
      points: z.number().min(0),
    }),
  ),
  readingBurden: z.strictObject({
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    readingMinutes: z.number().min(0),
    wordsPerMinute: z.number(),
    fleschKincaidGrade: z.number().min(0),
    longSentenceShare: share,
    allCapsShare: share,
    percentiles: z.strictObject({
      words: percentile,
      fleschKincaidGrade: percentile,
      longSentenceShare: percentile,
      allCapsShare: percentile,
    }),
    summary: z.string(),
  }),
  accessToJustice: z.strictObject({
    courts: recourse,
    ownCourts: recourse,
    ownLaw: recourse,
    collectiveAction: recourse,
    smallClaims: recourse,
    regulator: z.literal("kept"),
    findings: z.array(z.number().int().min(0)),
    summary: z.array(z.string()),
  }),
  context: z.strictObject({
    party: z.enum(["consumer", "worker", "business"]),
    negotiable: z.boolean(),
    alternatives: z.enum(["none", "few", "many"]),
    multiplier: z.number().positive(),
    summary: z.string(),
  }),
  safeguards: z
    .array(
      z.strictObject({
        id: safeguardId,
        name: z.string(),
        article: z.string().describe("the article of Regulation (EU) 2019/1150"),
        present: z.boolean(),
        start: offset.nullable().describe("start of the sentence that provides it; null when missing"),
        end: offset.nullable(),
        explanation: z.string().describe("why its absence matters; empty when present"),
        counterpart: z.string(),
        points: z.number().min(0).describe("points added to the score when missing"),
      }),
    )
    .describe(
      "Regulation (EU) 2019/1150's safeguards, for a business or worker reader; empty for a consumer. A reading aid, not legal advice.",
    ),
});

/** The whole JSON report. */
export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generator: z.strictObject({ name: z.literal("counterweight") }),
  reportLanguage: z.literal("en").describe("the language of the report's explanations"),
  document: z.strictObject({
    name: z.string(),
    format: z.enum(["text", "markdown", "html", "pdf", "docx", "corpus-xml"]),
    text: z.string(),
    metadata: z.strictObject({
      bytes: z.number().int().min(0),
      encoding: z.string(),
      title: z.string().optional(),
      url: z.string().optional(),
    }),
    language: z
      .enum(["en", "de", "it", "pl", "fr", "und"])
      .optional()
      .describe(
        "the language detected (ISO 639-1; und: none Counterweight knows); absent when the text has no letters",
      ),
    languageConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("the detector's posterior for that language"),
  }),
  headings: z.array(
    z.strictObject({ ...span, level: z.number().int().min(1), text: z.string(), path: z.array(z.string()) }),
  ),
  clauses: z.array(
    z.strictObject({
      ...span,
      kind: z.enum(["paragraph", "list-item", "heading"]),
      headingPath: z.array(z.string()),
    }),
  ),
  sentences: z.array(z.strictObject({ ...span, clause: z.number().int(), heading: z.boolean() })),
  findings: z.array(finding),
  assessment,
});

/** The schema as JSON Schema (draft 2020-12), as committed in docs/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://counterweight.invalid/report.schema.json",
    title: `Counterweight report, schema version ${REPORT_SCHEMA_VERSION}`,
    ...z.toJSONSchema(reportSchema, { target: "draft-2020-12" }),
  };
}
