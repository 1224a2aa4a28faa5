/**
 * One finding per clause and category. The classifier judges sentences; a clause written as a list
 * or broken over lines is several sentences, and a paragraph can say the same thing twice. Each
 * clause with sentences judged unfair in a category becomes one finding: placed at its strongest
 * sentence, with the clause as its extent, every piece of the flagged sentences highlighted, and
 * its level read from all of them. Reports, grades, the registry's counts, the diff and the feeds
 * all count these clauses.
 */
import { isCategoryCode } from "../core/index.ts";
import type {
  CategoryCode,
  Evidence,
  Finding,
  FindingCategory,
  PowerStatement,
  Segmentation,
  Span,
} from "../core/index.ts";
import { statementsAbout } from "../power/index.ts";
import type { ClauseGroups } from "./clause-groups.ts";
import { earnedLevel } from "./level-rule.ts";
import { holderFor, POWER_CATEGORIES } from "./power-rule.ts";
import type { UnfairCategory } from "./predict.ts";

const MAX_EVIDENCE = 5;
/** Statements of the other party in the same section shown beside a finding's ("you may end it at any time"). */
const MAX_COUNTER_STATEMENTS = 2;

/** The evidence of sentence `sentence` for category index `category`. */
export type Explain = (sentence: number, category: number) => Evidence[];

/**
 * Groups sentence judgements into clause findings, in document order of their strongest sentence.
 * `power[i]` are sentence i's statements with spans relative to the sentence.
 */
export function findingsByClause(
  text: string,
  segmentation: Segmentation,
  groups: ClauseGroups,
  power: ReadonlyArray<readonly PowerStatement[]>,
  provider: string,
  judged: readonly UnfairCategory[],
  codes: readonly FindingCategory[],
  explain: Explain,
): Finding[] {
  const { sentences, clauses } = segmentation;
  const buckets = new Map<string, UnfairCategory[]>();
  for (const unfair of judged) {
    const key = `${groups.groupOf[unfair.sentence]}:${unfair.category}`;
    const list = buckets.get(key);
    if (list) list.push(unfair);
    else buckets.set(key, [unfair]);
  }
  const absolute = (i: number): PowerStatement[] =>
    (power[i] ?? []).map((s) => ({
      ...s,
      start: s.start + sentences[i]!.start,
      end: s.end + sentences[i]!.start,
      actionStart: s.actionStart + sentences[i]!.start,
    }));
  const counters = counterStatements(segmentation, power, absolute);
  const findings: Finding[] = [];
  for (const members of buckets.values()) {
    const strongest = members.reduce((best, m) => (m.probability > best.probability ? m : best));
    const category = codes[strongest.category]!;
    const group = groups.spans[groups.groupOf[strongest.sentence]!]!;
    const pieces = runPieces(
      members.map((m) => m.sentence),
      groups,
    );
    const fragments: Span[] = pieces.map((i) => ({ start: sentences[i]!.start, end: sentences[i]!.end }));
    const fragmentText = fragments.map((f) => text.slice(f.start, f.end)).join(" ");
    const statements = pieces.flatMap(absolute);
    const corpusCategory = isCategoryCode(category);
    const holder = corpusCategory ? holderFor(category, statements) : "none";
    const clearly = Math.max(...members.map((m) => m.clearlyUnfairProbability));
    const sentence = sentences[strongest.sentence]!;
    findings.push({
      start: group.start,
      end: group.end,
      category,
      // Beyond the nine there is no level model: the level the judgement of each sentence gave.
      level: corpusCategory
        ? earnedLevel(category, clearly, fragmentText, holder)
        : (Math.max(...members.map((m) => m.level)) as Finding["level"]),
      probability: round4(strongest.probability),
      clearlyUnfairProbability: round4(clearly),
      sentence: strongest.sentence,
      clause: sentence.clause,
      fragments,
      headingPath: clauses[sentence.clause]?.headingPath ?? [],
      evidence: mergedEvidence(members.map((m) => explain(m.sentence, m.category))),
      power: {
        holder,
        statements: findingStatements(category, statements, pieces, segmentation, counters),
        provider,
      },
    });
  }
  return findings.sort(
    (x, y) => x.sentence - y.sentence || codes.indexOf(x.category) - codes.indexOf(y.category),
  );
}

/** The flagged sentences and every piece of the grammatical sentences they belong to, in order. */
function runPieces(flagged: readonly number[], groups: ClauseGroups): number[] {
  const pieces = new Set<number>();
  const { continues, groupOf } = groups;
  for (const i of flagged) {
    let first = i;
    while (first > 0 && continues[first] === 1) first--;
    let last = i;
    while (last + 1 < continues.length && continues[last + 1] === 1 && groupOf[last + 1] === groupOf[i])
      last++;
    for (let k = first; k <= last; k++) pieces.add(k);
  }
  return [...pieces].sort((x, y) => x - y);
}

/** Per power topic, the reader's and both parties' statements of the document, with their sentence and section. */
interface CounterStatement {
  sentence: number;
  section: string;
  statement: PowerStatement;
}

function counterStatements(
  segmentation: Segmentation,
  power: ReadonlyArray<readonly PowerStatement[]>,
  absolute: (i: number) => PowerStatement[],
): Map<CategoryCode, CounterStatement[]> {
  const byTopic = new Map<CategoryCode, CounterStatement[]>();
  power.forEach((statements, i) => {
    if (!statements.some((s) => s.actor === "reader" || s.actor === "both")) return;
    const section = sectionOf(segmentation, i);
    for (const statement of absolute(i)) {
      if (statement.actor !== "reader" && statement.actor !== "both") continue;
      if (statement.modality !== "permission" && statement.modality !== "obligation") continue;
      for (const topic of statement.topics) {
        if (!POWER_CATEGORIES.has(topic)) continue;
        const list = byTopic.get(topic) ?? [];
        list.push({ sentence: i, section, statement });
        byTopic.set(topic, list);
      }
    }
  });
  return byTopic;
}

function sectionOf(segmentation: Segmentation, sentence: number): string {
  return segmentation.clauses[segmentation.sentences[sentence]!.clause]?.headingPath.join("\u0000") ?? "";
}

/**
 * The statements a report shows for a finding: those of its fragments about the category, then
 * for a power category the other party's statements about it in the same section ("Google may end
 * the agreement with 30 days' notice; you may end it at any time").
 */
function findingStatements(
  category: FindingCategory,
  statements: readonly PowerStatement[],
  pieces: readonly number[],
  segmentation: Segmentation,
  counters: ReadonlyMap<CategoryCode, CounterStatement[]>,
): PowerStatement[] {
  if (category !== "ter" && category !== "ch" && category !== "cr" && category !== "ltd") return [];
  const own = statementsAbout(statements, category);
  const candidates = counters.get(category);
  if (!candidates) return own;
  const section = sectionOf(segmentation, pieces[0]!);
  const inPieces = new Set(pieces);
  const counter = candidates
    .filter((c) => c.section === section && !inPieces.has(c.sentence))
    .slice(0, MAX_COUNTER_STATEMENTS)
    .map((c) => c.statement);
  return [...own, ...counter];
}

function mergedEvidence(lists: ReadonlyArray<readonly Evidence[]>): Evidence[] {
  const seen = new Set<string>();
  const all: Evidence[] = [];
  for (const list of lists) {
    for (const evidence of list) {
      const key = `${evidence.start}:${evidence.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(evidence);
    }
  }
  return all.sort((x, y) => y.weight - x.weight || x.start - y.start).slice(0, MAX_EVIDENCE);
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
