/**
 * The bundled seed of real agreements (Open Terms Archive): its format, reading it, and the credit
 * it carries. The seed stage's only import surface; importing it into a store is the jobs stage's.
 */
export * from "./format.ts";
export { DEFAULT_SEED, parseSeed, readSeed, type LoadedSeed } from "./read-seed.ts";
export { seedCredit, seedSourceUrl, type SeedCredit } from "./credit.ts";
