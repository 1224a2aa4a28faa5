/**
 * The "access to justice" view: after the arbitration, jurisdiction and choice-of-law clauses
 * (and any class-action waiver), which routes to a remedy does the reader still have?
 */
import type { FindingCategory } from "../core/index.ts";
import type { AccessToJustice, Circumstance, PowerContext, Recourse } from "./types.ts";

/** What `accessToJustice` needs to know about each finding. */
export interface JusticeInput {
  category: FindingCategory;
  circumstances: readonly Circumstance[];
  /** The finding's clause text, where class waivers and carve-outs often sit. */
  clauseText: string;
}

const CLASS_WAIVER =
  /\b(class|collective|representative)[- ](action|arbitration|proceeding|basis|claim|lawsuit)s?\b/i;
const SMALL_CLAIMS = /\bsmall[- ]claims?\b/i;

/** Builds the access-to-justice block from the findings (their indices in `analysis.findings`). */
export function accessToJustice(findings: readonly JusticeInput[], context: PowerContext): AccessToJustice {
  const relevant: number[] = [];
  const has = (index: number, id: string) => findings[index]!.circumstances.some((c) => c.id === id);
  const arbitration: number[] = [];
  const forum: number[] = [];
  const law: number[] = [];
  let classWaiver = false;
  let smallClaimsKept = false;
  findings.forEach((finding, index) => {
    const waives = has(index, "class-waiver") || CLASS_WAIVER.test(finding.clauseText);
    if (finding.category === "a") arbitration.push(index);
    else if (finding.category === "j") forum.push(index);
    else if (finding.category === "law") law.push(index);
    else if (!has(index, "class-waiver")) return;
    relevant.push(index);
    if (waives) classWaiver = true;
    if (has(index, "small-claims") || SMALL_CLAIMS.test(finding.clauseText)) smallClaimsKept = true;
  });

  const optOut = arbitration.some((i) => has(i, "opt-out"));
  const courts: Recourse =
    arbitration.length === 0 ? "kept" : optOut || smallClaimsKept ? "limited" : "removed";
  const ownCourts: Recourse =
    courts === "removed"
      ? "removed"
      : forum.length === 0
        ? "kept"
        : forum.every((i) => has(i, "home-forum-kept"))
          ? "kept"
          : "limited";
  const ownLaw: Recourse =
    law.length === 0 ? "kept" : law.some((i) => has(i, "home-forum-kept")) ? "limited" : "removed";
  const collectiveAction: Recourse = classWaiver ? "removed" : "kept";
  const smallClaims: Recourse = arbitration.length === 0 || smallClaimsKept ? "kept" : "removed";

  return {
    courts,
    ownCourts,
    ownLaw,
    collectiveAction,
    smallClaims,
    regulator: "kept",
    findings: relevant,
    summary: summarise({ courts, ownCourts, ownLaw, collectiveAction, smallClaims, optOut }, context),
  };
}

function summarise(
  view: Pick<AccessToJustice, "courts" | "ownCourts" | "ownLaw" | "collectiveAction" | "smallClaims"> & {
    optOut: boolean;
  },
  context: PowerContext,
): string[] {
  const lines: string[] = [];
  if (view.courts === "removed")
    lines.push("Disputes go to a private arbitrator: you cannot take the provider to a public court.");
  else if (view.courts === "limited")
    lines.push(
      view.optOut
        ? "Disputes go to arbitration unless you opt out in time; opting out keeps the courts open to you."
        : "Most disputes go to arbitration, but some can still go to court.",
    );
  else lines.push("You can still take a dispute to a public court.");
  if (view.ownCourts === "kept" && view.courts !== "removed")
    lines.push("You can use the courts where you live.");
  if (view.ownCourts === "limited")
    lines.push("You may have to go to court in a place the provider picked, not where you live.");
  if (view.ownLaw === "removed") lines.push("The provider's chosen law applies, not your own.");
  else if (view.ownLaw === "limited")
    lines.push("The provider's law applies, but the protections of your own law are kept.");
  else lines.push("No clause takes away your own law.");
  if (view.collectiveAction === "removed")
    lines.push("You cannot join a class or collective action with others harmed the same way.");
  if (view.smallClaims === "kept" && view.courts !== "kept")
    lines.push("A small-claims court is still open for small amounts.");
  if (view.smallClaims === "removed") lines.push("Even small claims must go to arbitration.");
  lines.push(
    context.party === "worker"
      ? "No clause can stop you from going to a labour inspectorate, a union, or a regulator."
      : "No clause can stop you from complaining to a consumer protection authority or another regulator.",
  );
  return lines;
}
