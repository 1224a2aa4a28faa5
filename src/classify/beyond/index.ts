export { BEYOND_CODES, beyondCategories, statesBeyond } from "./definitions.ts";
export type { BeyondCode } from "./definitions.ts";
