/** The power stage's types live in core, beside the categories: every later stage reads them. */
export * from "../core/power.ts";
