export * from "./errors.ts";
export * from "./limits.ts";
export * from "./document.ts";
export * from "./segments.ts";
export * from "./categories.ts";
export * from "./findings.ts";
export * from "./word-chars.ts";
