/** The readable form of the evaluation: one row per category, ours beside the baseline. */
import { CATEGORY_CODES, CATEGORY_NAMES } from "../../core/index.ts";
import type { EvaluationScores, Scores } from "./metrics.ts";

const f = (value: number) => value.toFixed(3);

export function formatTable(
  scores: EvaluationScores,
  baseline: EvaluationScores | undefined,
  innerMacroF1: number,
): string {
  const lines = [
    "category                   support   precision  recall  F1     baseline F1",
    "-------------------------  -------   ---------  ------  -----  -----------",
  ];
  for (const code of CATEGORY_CODES) {
    const s = scores.categories[code];
    const b = baseline?.categories[code];
    const name = `${code.padEnd(4)} ${CATEGORY_NAMES[code]}`.padEnd(25);
    lines.push(
      `${name}  ${String(s.support).padStart(7)}   ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}  ${b ? f(b.f1).padStart(11) : "-"}`,
    );
  }
  const row = (label: string, ours: number, theirs: number | undefined) =>
    `${label.padEnd(52)}${f(ours)}  ${theirs === undefined ? "-" : f(theirs).padStart(11)}`;
  const detection = (s: Scores) => s.f1;
  lines.push(
    "",
    row("macro-F1", scores.macroF1, baseline?.macroF1),
    row("micro-F1", scores.microF1, baseline?.microF1),
    row("detection F1 (any unfair category)", detection(scores.detection), baseline?.detection.f1),
    row("inner cross-validation macro-F1 (training docs only)", innerMacroF1, undefined),
  );
  return lines.join("\n");
}
