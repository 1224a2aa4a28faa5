/** The registry's storage: one interface, one factory, and the record built from an analysis. */
export type * from "./interface.ts";
export { DEFAULT_DATABASE, openStore } from "./open-store.ts";
export { redactUrl } from "./postgres/index.ts";
export { versionFromAnalysis, contentHash, serviceNameFromFile } from "./from-analysis.ts";
export { slugify, searchTerms, matchSpans } from "./text-utils.ts";
