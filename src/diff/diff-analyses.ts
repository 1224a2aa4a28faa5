import type { Analysis, Grade } from "../assess/index.ts";
import type { Clause } from "../core/index.ts";
import { alignClauses, type AlignOptions } from "./align.ts";
import { clauseProfiles, compareClauseFindings, sortBySeverity } from "./finding-deltas.ts";
import type {
  AnalysisDiff,
  ClauseChange,
  ClauseCounts,
  ClauseRef,
  DiffSide,
  GradeChange,
  MovedBlock,
} from "./types.ts";
import { summarise } from "./summary.ts";
import { wordChanges } from "./words.ts";

/**
 * Compares two analyses of an agreement clause by clause: which clauses stayed, moved, were edited,
 * added or removed, the word-level changes inside edited clauses, and what the change did to the
 * findings and the grade. Pure: no storage, no I/O.
 *
 * @example
 * const diff = diffAnalyses(await analyzeFile("terms-2023.html"), await analyzeFile("terms-2024.html"));
 * console.log(diff.summary.join("\n")); // "Grade C → D: the terms got worse for you.", …
 */
export function diffAnalyses(older: Analysis, newer: Analysis, options: AlignOptions = {}): AnalysisDiff {
  const olderClauses = older.segmentation.clauses;
  const newerClauses = newer.segmentation.clauses;
  const olderRefs = olderClauses.map((clause, index) => clauseRef(older, clause, index));
  const newerRefs = newerClauses.map((clause, index) => clauseRef(newer, clause, index));
  const alignment = alignClauses(olderRefs, newerRefs, options);

  // Newer order; a removed clause stands after the in-order clause that preceded it in the older version.
  const olderToNewer = new Map<number, number>();
  for (const pair of alignment.pairs) if (pair.inOrder) olderToNewer.set(pair.older, pair.newer);
  type Placed = { change: ClauseChange; sortKey: [number, number, number] };
  const placed: Placed[] = [];
  for (const pair of alignment.pairs) {
    const before = olderRefs[pair.older]!;
    const after = newerRefs[pair.newer]!;
    // Similarity is 1 exactly when the normalised texts are equal (renumbering and spacing are no edit).
    const textEdited = pair.similarity < 1;
    placed.push({
      change: {
        kind: !pair.inOrder ? "moved" : textEdited ? "edited" : "unchanged",
        older: before,
        newer: after,
        similarity: round(pair.similarity),
        edited: textEdited,
        ...(textEdited ? { words: wordChanges(before.text, after.text) } : {}),
        findings: [],
      },
      sortKey: [pair.newer, 0, 0],
    });
  }
  for (const index of alignment.added) {
    placed.push({
      change: { kind: "added", newer: newerRefs[index]!, similarity: 0, edited: false, findings: [] },
      sortKey: [index, 0, 0],
    });
  }
  let anchor = -1;
  let removedCursor = 0;
  for (let olderIndex = 0; olderIndex < olderRefs.length; olderIndex++) {
    const partner = olderToNewer.get(olderIndex);
    if (partner !== undefined) anchor = partner;
    if (alignment.removed[removedCursor] !== olderIndex) continue;
    removedCursor++;
    placed.push({
      change: { kind: "removed", older: olderRefs[olderIndex]!, similarity: 0, edited: false, findings: [] },
      sortKey: [anchor, 1, olderIndex],
    });
  }
  placed.sort(
    (x, y) => x.sortKey[0] - y.sortKey[0] || x.sortKey[1] - y.sortKey[1] || x.sortKey[2] - y.sortKey[2],
  );
  const clauses = placed.map((entry) => entry.change);

  const olderProfiles = clauseProfiles(older);
  const newerProfiles = clauseProfiles(newer);
  clauses.forEach((change, index) => {
    const place = lastHeading(change.newer?.headingPath ?? change.older?.headingPath ?? []);
    change.findings = compareClauseFindings(
      change.older && olderProfiles.get(change.older.index),
      change.newer && newerProfiles.get(change.newer.index),
      { clause: index, place, wholeClause: change.kind === "added" || change.kind === "removed" },
    );
  });

  const findingDeltas = sortBySeverity(clauses.flatMap((change) => change.findings));
  const counts = countKinds(clauses);
  const moves = movedBlocks(clauses);
  const grade = gradeChange(older.assessment.grade, newer.assessment.grade);
  return {
    older: diffSide(older),
    newer: diffSide(newer),
    grade,
    counts,
    clauses,
    moves,
    findingDeltas,
    summary: summarise(grade, findingDeltas, counts, moves),
  };
}

function clauseRef(analysis: Analysis, clause: Clause, index: number): ClauseRef {
  return {
    index,
    start: clause.start,
    end: clause.end,
    headingPath: clause.headingPath,
    text: analysis.document.text.slice(clause.start, clause.end),
  };
}

function diffSide(analysis: Analysis): DiffSide {
  const clearlyUnfair = analysis.findings.filter((finding) => finding.level === 3).length;
  return {
    name: analysis.document.name,
    grade: analysis.assessment.grade,
    score: round(analysis.assessment.score),
    clauses: analysis.segmentation.clauses.length,
    findings: analysis.findings.length,
    clearlyUnfair,
    potentiallyUnfair: analysis.findings.length - clearlyUnfair,
  };
}

const GRADE_ORDER: Grade[] = ["A", "B", "C", "D", "E"];

function gradeChange(older: Grade, newer: Grade): GradeChange {
  const step = GRADE_ORDER.indexOf(newer) - GRADE_ORDER.indexOf(older);
  if (step === 0) return { older, newer, direction: "same", summary: `Grade unchanged: ${newer}.` };
  const direction = step > 0 ? "worse" : "better";
  return {
    older,
    newer,
    direction,
    summary: `Grade ${older} → ${newer}: the terms got ${direction} for you.`,
  };
}

function countKinds(clauses: readonly ClauseChange[]): ClauseCounts {
  const counts: ClauseCounts = { unchanged: 0, moved: 0, edited: 0, added: 0, removed: 0 };
  for (const change of clauses) counts[change.kind]++;
  return counts;
}

/** Runs of moved clauses that sit next to each other on both sides: a section that moved as a whole. */
function movedBlocks(clauses: readonly ClauseChange[]): MovedBlock[] {
  const blocks: MovedBlock[] = [];
  let current: MovedBlock | undefined;
  clauses.forEach((change, index) => {
    if (change.kind !== "moved") {
      current = undefined;
      return;
    }
    const olderIndex = change.older!.index;
    if (current && current.to === index && current.olderEnd === olderIndex) {
      current.to = index + 1;
      current.olderEnd = olderIndex + 1;
      return;
    }
    current = {
      from: index,
      to: index + 1,
      olderStart: olderIndex,
      olderEnd: olderIndex + 1,
      headingPath: change.newer!.headingPath,
    };
    blocks.push(current);
  });
  return blocks;
}

/** The innermost heading, without its closing full stop or colon ("Repair or Cleaning Fees."). */
function lastHeading(path: readonly string[]): string {
  return (path[path.length - 1] ?? "").replace(/[.:;]+$/, "");
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
