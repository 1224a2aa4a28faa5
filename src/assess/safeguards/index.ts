export { SAFEGUARD_IDS, SAFEGUARDS, type SafeguardDefinition, type SafeguardId } from "./definitions.ts";
export { providesSafeguard, longestPeriodDays } from "./detect.ts";
export {
  assessSafeguards,
  safeguardsApply,
  SAFEGUARDS_NOTE,
  type SafeguardAssessment,
} from "./safeguards.ts";
