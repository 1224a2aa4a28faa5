/**
 * What an edit did to the findings of one clause: categories found or lost, levels raised or
 * lowered, and circumstances (e.g. an arbitration opt-out, "for any reason") gained or lost.
 * Compares by category, not by sentence, so that rewording a sentence without changing what it
 * does produces no delta.
 */
import { CATEGORY_WEIGHTS, detectCircumstances, type Analysis, type Circumstance } from "../assess/index.ts";
import { CATEGORY_NAMES, type FindingCategory, type UnfairLevel } from "../core/index.ts";
import type { FindingDelta } from "./types.ts";

/** What one clause says in one category: its highest level and every circumstance found with it. */
interface CategoryProfile {
  level: UnfairLevel;
  circumstances: Map<string, Circumstance>;
}

export type ClauseProfile = Map<FindingCategory, CategoryProfile>;

/**
 * Per clause index, the categories found in it. Clauses without findings are absent.
 * Circumstances are read from the whole clause, not only the flagged sentence: an arbitration
 * opt-out usually stands in a sentence after the one that imposes arbitration.
 */
export function clauseProfiles(analysis: Analysis): Map<number, ClauseProfile> {
  const profiles = new Map<number, ClauseProfile>();
  for (const finding of analysis.findings) {
    let profile = profiles.get(finding.clause);
    if (!profile) profiles.set(finding.clause, (profile = new Map()));
    const category = profile.get(finding.category);
    if (!category) profile.set(finding.category, { level: finding.level, circumstances: new Map() });
    else if (finding.level > category.level) category.level = finding.level;
  }
  for (const [clauseIndex, profile] of profiles) {
    const clause = analysis.segmentation.clauses[clauseIndex];
    if (!clause) continue;
    const text = analysis.document.text.slice(clause.start, clause.end);
    for (const [category, found] of profile) {
      for (const circumstance of detectCircumstances(category, text)) {
        found.circumstances.set(circumstance.id, circumstance);
      }
    }
  }
  return profiles;
}

export interface ClauseSituation {
  /** Index into `AnalysisDiff.clauses`. */
  clause: number;
  /** Where the clause stands, for the sentence ("14. Disputes"); empty when it has no heading. */
  place: string;
  /** True when the clause exists on one side only (added or removed), not an edit. */
  wholeClause: boolean;
}

/** The finding deltas between an older and a newer clause (either may be missing), most severe first. */
export function compareClauseFindings(
  older: ClauseProfile | undefined,
  newer: ClauseProfile | undefined,
  situation: ClauseSituation,
): FindingDelta[] {
  const deltas: FindingDelta[] = [];
  const categories = new Set<FindingCategory>([...(older?.keys() ?? []), ...(newer?.keys() ?? [])]);
  for (const category of categories) {
    const before = older?.get(category);
    const after = newer?.get(category);
    const base = {
      category,
      clause: situation.clause,
      place: situation.place,
      olderLevel: before?.level,
      newerLevel: after?.level,
    };
    // The grade's own category weights: what costs the reader most comes first.
    const weight = CATEGORY_WEIGHTS[category];
    const name = CATEGORY_NAMES[category].toLowerCase();
    const where = situation.place ? ` in “${situation.place}”` : "";
    if (!before && after) {
      const level = levelWords(after.level);
      deltas.push({
        ...base,
        kind: "category-added",
        direction: "worse",
        severity: weight * (after.level === 3 ? 10 : 6),
        summary: situation.wholeClause
          ? `New ${level} ${name} clause${where}.`
          : `A clause${where} now reads as ${level} ${name}.`,
      });
    } else if (before && !after) {
      const level = levelWords(before.level);
      deltas.push({
        ...base,
        kind: "category-removed",
        direction: "better",
        severity: weight * (before.level === 3 ? 10 : 6),
        summary: situation.wholeClause
          ? `${capitalise(level)} ${name} clause removed${where ? ` from “${situation.place}”` : ""}.`
          : `A clause${where} no longer reads as ${level} ${name}.`,
      });
    } else if (before && after) {
      if (after.level !== before.level) {
        const raised = after.level > before.level;
        deltas.push({
          ...base,
          kind: raised ? "level-raised" : "level-lowered",
          direction: raised ? "worse" : "better",
          severity: weight * 8,
          summary: `${capitalise(name)} clause${where} ${raised ? "raised" : "lowered"} from ${levelWords(before.level)} to ${levelWords(after.level)}.`,
        });
      }
      deltas.push(...circumstanceDeltas(before, after, { ...base, name, where, weight }));
    }
  }
  return sortBySeverity(deltas);
}

function circumstanceDeltas(
  before: CategoryProfile,
  after: CategoryProfile,
  base: Pick<FindingDelta, "category" | "clause" | "place" | "olderLevel" | "newerLevel"> & {
    name: string;
    where: string;
    weight: number;
  },
): FindingDelta[] {
  const { name, where, weight, ...delta } = base;
  const deltas: FindingDelta[] = [];
  const compare = (from: CategoryProfile, to: CategoryProfile, added: boolean) => {
    for (const [id, circumstance] of to.circumstances) {
      if (from.circumstances.has(id)) continue;
      // "No grounds stated" only disappears because a worse ground ("for any reason") appeared: not an improvement.
      if (!added && id === "no-grounds" && after.circumstances.has("any-reason")) continue;
      const worse = (circumstance.effect === "worse") === added;
      deltas.push({
        ...delta,
        kind: added ? "circumstance-added" : "circumstance-removed",
        circumstance: { id, label: circumstance.label, effect: circumstance.effect },
        direction: worse ? "worse" : "better",
        severity: weight * 5,
        summary: circumstanceSentence(id, circumstance.label, name, where, added, worse),
      });
    }
  };
  compare(before, after, true);
  compare(after, before, false);
  return deltas;
}

function circumstanceSentence(
  id: string,
  label: string,
  name: string,
  where: string,
  added: boolean,
  worse: boolean,
): string {
  if (id === "opt-out") return `Arbitration opt-out ${added ? "added" : "removed"}${where}.`;
  const verb = added ? "gained" : "lost";
  return `${capitalise(name)} clause${where} ${verb} “${label}” (${worse ? "worse" : "better"} for you).`;
}

/** Worse changes first, each group by severity, so the summary leads with what hurts most. */
export function sortBySeverity(deltas: FindingDelta[]): FindingDelta[] {
  return deltas.sort(
    (x, y) =>
      (x.direction === y.direction ? 0 : x.direction === "worse" ? -1 : 1) ||
      y.severity - x.severity ||
      x.clause - y.clause,
  );
}

function levelWords(level: UnfairLevel): string {
  return level === 3 ? "clearly unfair" : "potentially unfair";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
