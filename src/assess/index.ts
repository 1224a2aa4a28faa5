/** The assess stage: from findings to a grade, explanations, counterparts and the reader's recourse. */
export { assess } from "./assess.ts";
export { failOnExitCode, type FailOn } from "./fail-on.ts";
export { detectCircumstances } from "./circumstances.ts";
export { explainFinding, counterpartFor } from "./explanations.ts";
export { CATEGORY_WEIGHTS, GRADE_CUTOFFS, LEVEL_POINTS, REPEAT_DECAY, gradeForScore } from "./grade.ts";
export { assessContext, powerSourceFor } from "./power.ts";
export { readingBurden, measureReading, WORDS_PER_MINUTE, LONG_SENTENCE_WORDS } from "./reading-burden.ts";
export * from "./types.ts";
export {
  SAFEGUARD_IDS,
  SAFEGUARDS,
  SAFEGUARDS_NOTE,
  assessSafeguards,
  providesSafeguard,
  safeguardsApply,
  type SafeguardAssessment,
  type SafeguardDefinition,
  type SafeguardId,
} from "./safeguards/index.ts";
