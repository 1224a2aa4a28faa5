/**
 * The feature ids of a sentence's extra keys (`sentence-keys.ts`) without building the key
 * strings: per model, tables from (actor, modality[, topic]) and from category to id. The ids come
 * in the order `sentenceKeys` gives the keys, and keys the model does not know are left out, so the
 * vector is the same; the scorer asks this for every sentence.
 */
import { CATEGORY_CODES, POWER_ACTORS, POWER_MODALITIES, POWER_TOPICS } from "../core/index.ts";
import type { PowerStatement } from "../core/index.ts";
import type { SentenceInput } from "./context.ts";
import type { FeatureSpace } from "./vectorize.ts";
import { definitionsOf } from "./sentence-keys.ts";

interface KeyIds {
  /** `#p:actor:modality`, at `actor * modalities + modality`; -1 when unknown. */
  heads: Int32Array;
  /** `#p:actor:modality:topic`, at `(actor * modalities + modality) * topics + topic`. */
  topics: Int32Array;
  /** `#d:code`, per category. */
  definitions: Int32Array;
}

const M = POWER_MODALITIES.length;
const T = POWER_TOPICS.length;
const tables = new WeakMap<FeatureSpace, KeyIds>();

function keyIds(space: FeatureSpace): KeyIds {
  let ids = tables.get(space);
  if (ids === undefined) {
    const id = (key: string) => space.vocabulary.get(key) ?? -1;
    const heads = new Int32Array(POWER_ACTORS.length * M);
    const topics = new Int32Array(heads.length * T);
    POWER_ACTORS.forEach((actor, a) =>
      POWER_MODALITIES.forEach((modality, m) => {
        heads[a * M + m] = id(`#p:${actor}:${modality}`);
        POWER_TOPICS.forEach(
          (topic, t) => (topics[(a * M + m) * T + t] = id(`#p:${actor}:${modality}:${topic}`)),
        );
      }),
    );
    const definitions = Int32Array.from(CATEGORY_CODES, (code) => id(`#d:${code}`));
    ids = { heads, topics, definitions };
    tables.set(space, ids);
  }
  return ids;
}

let buffer = new Int32Array(16);
const NONE = new Int32Array(0);

function push(count: number, id: number): number {
  if (id < 0) return count;
  if (count === buffer.length) {
    const grown = new Int32Array(buffer.length * 2);
    grown.set(buffer);
    buffer = grown;
  }
  buffer[count] = id;
  return count + 1;
}

/**
 * The ids of the sentence's power keys, then of its definition keys (when the options have
 * them), as a fresh array (or a shared empty one). A statement whose actor, modality or topic is outside the known lists
 * has no key the model could know (the key strings would not be in its vocabulary either).
 */
export function sentenceKeyIds(
  space: FeatureSpace,
  input: Pick<SentenceInput, "text" | "power" | "definitions">,
): Int32Array {
  const ids = keyIds(space);
  let count = 0;
  const statements: readonly PowerStatement[] = input.power ?? [];
  for (const statement of statements) {
    const a = POWER_ACTORS.indexOf(statement.actor);
    const m = POWER_MODALITIES.indexOf(statement.modality);
    if (a < 0 || m < 0) continue;
    const head = a * M + m;
    count = push(count, ids.heads[head]!);
    for (const topic of statement.topics) {
      const t = POWER_TOPICS.indexOf(topic);
      if (t >= 0) count = push(count, ids.topics[head * T + t]!);
    }
  }
  if (space.options.definitionKeys) {
    const mask = definitionsOf(input);
    for (let c = 0; mask !== 0 && c < CATEGORY_CODES.length; c++)
      if ((mask & (1 << c)) !== 0) count = push(count, ids.definitions[c]!);
  }
  // Most sentences have no such key: no array for them (a typed array's slice is not cheap).
  return count === 0 ? NONE : buffer.slice(0, count);
}
