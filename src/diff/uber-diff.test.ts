/**
 * The diff on a real agreement: Uber's terms from the corpus, edited the way terms change in
 * practice — a section moved, a termination clause sharpened, a clause deleted, one added.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "../analyze.ts";
import type { Analysis } from "../assess/index.ts";
import { ingestBytes, stripCorpusAnnotations } from "../ingest/index.ts";
import { diffAnalyses, type AnalysisDiff, type ClauseChange } from "./index.ts";

const UBER = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "shared",
  "corpora",
  "tos-unfair-clauses",
  "en",
  "xml",
  "Uber.xml",
);

const PAYMENT_START = "4. Payment\n";
const PAYMENT_END = "5. Disclaimers; Limitation of Liability; Indemnity.";
const OTHER_PROVISIONS = "7. Other Provisions";
const ACCOUNT_CLAUSE =
  "may result in your inability to access and use the Services or Uber’s termination of these Terms with you.";
const SHARPENED = " Uber may also terminate these Terms with you at any time for any reason, without notice.";
const DELETED = "You are responsible for obtaining the data network access necessary to use the Services.";
const ADDED =
  "Uber may suspend or permanently close your Account at any time for any reason, without notice and without any liability to you.";

async function analyse(text: string, name: string): Promise<Analysis> {
  return analyzeDocument(await ingestBytes(new TextEncoder().encode(text), { name }));
}

/** Cuts the paragraph that starts with `start` out of `text`. */
function withoutParagraph(text: string, start: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf("\n\n", from);
  expect(from).toBeGreaterThan(0);
  return text.slice(0, from) + text.slice(to + 2);
}

function changeOf(diff: AnalysisDiff, fragment: string): ClauseChange {
  const found = diff.clauses.find((change) => (change.newer ?? change.older)!.text.includes(fragment));
  expect(found, fragment).toBeDefined();
  return found!;
}

let original: string;
let diff: AnalysisDiff;

beforeAll(async () => {
  original = stripCorpusAnnotations(await readFile(UBER, "utf8")).text;
  // Move the payment section after the arbitration section.
  const paymentFrom = original.indexOf(PAYMENT_START);
  const paymentTo = original.indexOf(PAYMENT_END);
  const payment = original.slice(paymentFrom, paymentTo);
  let edited = original.slice(0, paymentFrom) + original.slice(paymentTo);
  edited = edited.replace(OTHER_PROVISIONS, `${payment}${OTHER_PROVISIONS}`);
  edited = edited.replace(ACCOUNT_CLAUSE, ACCOUNT_CLAUSE + SHARPENED);
  edited = withoutParagraph(edited, DELETED);
  edited = edited.replace(OTHER_PROVISIONS, `${ADDED}\n\n${OTHER_PROVISIONS}`);
  diff = diffAnalyses(await analyse(original, "Uber-2017.txt"), await analyse(edited, "Uber-2018.txt"));
});

describe("diff of two versions of Uber's terms", () => {
  it("shows the moved payment section as moved, not as removed and added", () => {
    for (const fragment of ["4. Payment", "All Charges are due immediately", "Repair or Cleaning Fees."]) {
      const change = changeOf(diff, fragment);
      expect(change.kind, fragment).toBe("moved");
      expect(change.edited).toBe(false);
    }
    expect(diff.counts.moved).toBe(7);
    expect(diff.moves).toHaveLength(1);
    expect(diff.moves[0]!.olderEnd - diff.moves[0]!.olderStart).toBe(7);
  });

  it("shows the sharpened termination clause as edited, with the inserted words", () => {
    const change = changeOf(diff, ACCOUNT_CLAUSE);
    expect(change.kind).toBe("edited");
    const inserted = change
      .words!.filter((word) => word.op === "insert")
      .map((word) => word.text)
      .join("");
    expect(inserted.trim()).toBe(SHARPENED.trim());
    expect(change.findings.some((d) => d.category === "ter" && d.direction === "worse")).toBe(true);
  });

  it("shows the deleted clause as removed and the new one as added, with its new finding", () => {
    expect(changeOf(diff, DELETED).kind).toBe("removed");
    const added = changeOf(diff, ADDED);
    expect(added.kind).toBe("added");
    expect(added.findings.map((d) => `${d.kind}:${d.category}`)).toContain("category-added:ter");
    expect(diff.counts).toMatchObject({ edited: 1, added: 1, removed: 1 });
  });

  it("leaves every other clause unchanged and puts a worse change first in the summary", () => {
    expect(diff.counts.unchanged).toBe(diff.older.clauses - 7 - 1 - 1);
    expect(diff.findingDeltas[0]!.direction).toBe("worse");
    expect(diff.summary[1]).toBe(diff.findingDeltas[0]!.summary);
  });

  it("names an arbitration opt-out that disappears", async () => {
    const arbitration = "shall be exclusively and finally resolved by arbitration";
    const optOut =
      " You may opt out of arbitration by writing to Uber within 30 days of accepting these Terms.";
    const withOptOut = original.replace(
      /(shall be exclusively and finally resolved by arbitration[^\n]*)/,
      `$1${optOut}`,
    );
    expect(withOptOut).not.toBe(original);
    const optOutDiff = diffAnalyses(
      await analyse(withOptOut, "with-opt-out.txt"),
      await analyse(original, "without.txt"),
    );
    expect(changeOf(optOutDiff, arbitration).kind).toBe("edited");
    expect(optOutDiff.findingDeltas.map((d) => `${d.kind}:${d.circumstance?.id}`)).toContain(
      "circumstance-removed:opt-out",
    );
    expect(optOutDiff.summary.some((line) => line.startsWith("Arbitration opt-out removed"))).toBe(true);
  });
});
