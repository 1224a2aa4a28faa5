/**
 * ToS;DR's points (tosdr.org, CC BY-SA 3.0) as a measure for the categories beyond the nine: the
 * cases whose title says what a category's definition says, mapped by their title alone (never
 * by reading the quotes), and the `good` and `neutral` points as sentences in which nothing of
 * these categories should be found. Services are split in two by a hash of their name: the
 * development half was read while writing the wordings, the measurement half only measured.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CounterweightError } from "../../core/index.ts";
import { corpusRoot } from "../corpus/index.ts";
import type { BeyondCode } from "./definitions.ts";

/** Case titles (as ToS;DR writes them) → the category their quotes belong to. */
export const BEYOND_CASES: ReadonlyMap<string, BeyondCode> = new Map([
  ["You waive your right to a class action.", "cw"],
  [
    "You agree to defend, indemnify, and hold the service harmless in case of a claim related to your use of the service",
    "ind",
  ],
  [
    "You are solely responsible for claims made against the service and agree to indemnify and hold harmless the service.",
    "ind",
  ],
  ["defend, indemnify, hold harmless; survives termination", "ind"],
  ["You waive your moral rights", "lic"],
  ["This service keeps a license on user-generated content even after users close their accounts.", "lic"],
  ["This service can license user content to third parties", "lic"],
  [
    "The copyright license maintained by the service over user data and/or content is broader than necessary.",
    "lic",
  ],
  [
    "This service employs a broad copyright license over user content including the right to distribute through any media",
    "lic",
  ],
  ["This service retains rights to your content even after you stop using your account", "lic"],
  ["This service can use your content for all their existing and future services", "lic"],
  ["The service can distribute your content through any media known now or in the future", "lic"],
] as const);

export type TosdrSplit = "development" | "measurement";

export interface TosdrPoint {
  service: string;
  id: string;
  rating: string;
  title: string;
  quote: string;
  /** The category the point's case maps to; undefined for a good or neutral point. */
  category?: BeyondCode;
}

/** FNV-1a of the lower-cased service name: even → development, odd → measurement. */
export function splitOf(service: string): TosdrSplit {
  let hash = 0x811c9dc5;
  const name = service.toLowerCase();
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 2 === 0 ? "development" : "measurement";
}

/**
 * The mapped points and the good/neutral points of one split (both splits without `split`).
 * @throws CounterweightError `NOT_FOUND` when the ToS;DR points are not beside the corpus.
 */
export function readBeyondPoints(split?: TosdrSplit, root = corpusRoot()): TosdrPoint[] {
  const path = join(root, "tosdr-points", "points.tsv");
  if (!existsSync(path)) {
    throw new CounterweightError(
      "NOT_FOUND",
      `${path}: ToS;DR points not found; set COUNTERWEIGHT_CORPUS to the folder holding tosdr-points/`,
    );
  }
  const points: TosdrPoint[] = [];
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const [service, id, rating, title, , quote] = line.split("\t");
    if (!service || !id || !rating || !title || !quote) continue;
    if (split !== undefined && splitOf(service) !== split) continue;
    const category = BEYOND_CASES.get(title);
    const text = quote.replace(/\s+/g, " ").trim();
    if (category !== undefined) points.push({ service, id, rating, title, quote: text, category });
    else if (rating === "good" || rating === "neutral")
      points.push({ service, id, rating, title, quote: text });
  }
  return points;
}
