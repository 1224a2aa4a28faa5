export {
  BEYOND_CODES,
  beyondCategories,
  beyondWording,
  beyondWordings,
  statesBeyond,
} from "./definitions.ts";
export type { BeyondCode, BeyondWording } from "./definitions.ts";
