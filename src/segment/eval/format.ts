/** Readable output of the segmentation evaluation. */
import type { SegmentationEvaluation } from "./evaluate.ts";

const WORST_SHOWN = 5;
const pct = (value: number) => (value * 100).toFixed(2).padStart(6);

/** The summary table; with `verbose`, every document, worst F1 first. */
export function formatTable(result: SegmentationEvaluation, verbose: boolean): string {
  const lines = [
    `Sentence boundaries, ${result.language}, ${result.documents} documents, ${result.goldSentences} gold sentences` +
      ` (${result.unalignedSentences} not aligned, excluded)`,
    "",
    "system            precision  recall      F1",
    `counterweight        ${pct(result.boundaryPrecision)}  ${pct(result.boundaryRecall)}  ${pct(result.boundaryF1)}`,
    `Intl.Segmenter       ${pct(result.baselinePrecision)}  ${pct(result.baselineRecall)}  ${pct(result.baselineF1)}`,
    "",
    `segment() took ${result.segmentMilliseconds.toFixed(0)} ms for all documents`,
  ];
  if (verbose) {
    lines.push("", "document             gold  unal.    P       R       F1   FP  FN  | baseline F1");
    const worstFirst = [...result.perDocument].sort((a, b) => a.system.f1 - b.system.f1);
    for (const doc of worstFirst) {
      const s = doc.system;
      lines.push(
        `${doc.name.padEnd(20)} ${String(doc.goldSentences).padStart(5)} ${String(doc.unaligned).padStart(5)} ` +
          `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)} ${String(s.falsePositives).padStart(4)}` +
          `${String(s.falseNegatives).padStart(4)}  |  ${pct(doc.baseline.f1)}`,
      );
    }
  }
  if (verbose) {
    lines.push("", `Errors in the ${WORST_SHOWN} worst documents (‖ marks the boundary):`);
    const worst = [...result.perDocument].sort((a, b) => a.system.f1 - b.system.f1).slice(0, WORST_SHOWN);
    for (const doc of worst) {
      lines.push(`  ${doc.name}`);
      for (const example of doc.examples) lines.push(`    ${example}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
