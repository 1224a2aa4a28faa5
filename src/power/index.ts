/**
 * The power stage's only import surface: who the parties are, and per sentence who may, must or
 * must not do what. Segment's output feeds it; classify reads it as features and as a rule, assess
 * as the words of the report.
 */
export * from "./cues-en.ts";
export { isPowerFeature, powerFeatureKeys } from "./features.ts";
export { powerHolder, statementsAbout } from "./holder.ts";
export { findParties } from "./parties.ts";
export { findStatements, partyMatcher, sentenceStatements, type PartyMatcher } from "./statements.ts";
export * from "./types.ts";
