/** Writes a trained linear model compactly: small weights pruned, the rest rounded to integers. */
import type { StoredWeights } from "../model.ts";
import type { LinearModel } from "./svm.ts";

const WEIGHT_SCALE = 1e-4;

export function storeWeights(model: LinearModel, pruneBelow: number): StoredWeights {
  const idGaps: number[] = [];
  const values: number[] = [];
  let previous = -1;
  for (let id = 0; id < model.weights.length; id++) {
    const w = model.weights[id]!;
    if (Math.abs(w) < pruneBelow) continue;
    const q = Math.round(w / WEIGHT_SCALE);
    if (q === 0) continue;
    idGaps.push(id - previous);
    values.push(q);
    previous = id;
  }
  return { bias: Math.round(model.bias * 1e6) / 1e6, idGaps, values, scale: WEIGHT_SCALE };
}

/** The model file as written to disk: stable key order, no whitespace, a final newline. */
export function serializeModel(file: object): string {
  return `${JSON.stringify(file)}\n`;
}
