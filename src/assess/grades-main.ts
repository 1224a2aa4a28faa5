/**
 * `npm run grades`: the grade of each of the 50 English corpus agreements and the letter histogram,
 * with the trained classifier when `model/counterweight-model.json` exists (else the gold annotations).
 * `--verbose` adds each document's top reasons.
 */
import { classifyCorpus, gradeCorpus } from "./corpus-grades.ts";
import type { Grade } from "./types.ts";

const verbose = process.argv.includes("--verbose");
const { source, docs } = await classifyCorpus();
const grades = gradeCorpus(docs).sort((x, y) => x.assessment.score - y.assessment.score);

console.log(
  `Grades of ${grades.length} English corpus agreements (findings from the ${source === "gold" ? "gold annotations" : "classifier"}; default context)\n`,
);
for (const { name, findings, assessment } of grades) {
  const categories = assessment.categories.map((c) => `${c.category}:${c.count}`).join(" ");
  console.log(
    `${assessment.grade}  ${assessment.score.toFixed(1).padStart(5)}  ${name.padEnd(18)} ${String(findings).padStart(3)} findings  ${categories}`,
  );
  if (verbose)
    for (const reason of assessment.gradeReasons.slice(0, 3))
      console.log(`      ${reason.points.toFixed(2)}  ${reason.summary}`);
}
const histogram: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
for (const { assessment } of grades) histogram[assessment.grade] += 1;
console.log(
  `\nHistogram: ${Object.entries(histogram)
    .map(([letter, count]) => `${letter} ${count}`)
    .join("  ")}`,
);
