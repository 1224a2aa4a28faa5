/**
 * L2-regularised L2-loss linear SVM trained by dual coordinate descent with shrinking, after
 * liblinear's `solve_l2r_l1l2_svc` (Hsieh et al., ICML 2008). The bias is a constant feature of
 * value 1, regularised like the other weights, as liblinear does with `-B 1`.
 */
import type { SparseVector } from "../vectorize.ts";
import { createRandom } from "./prng.ts";

export interface SvmOptions {
  /** Cost for negatives; positives get `c * positiveWeight`. */
  c: number;
  positiveWeight: number;
  seed: number;
  maxEpochs?: number;
  /** Optional per-row cost multiplier (e.g. heavier on-topic "fair" negatives). */
  rowWeights?: Float64Array;
  /** Stopping tolerance on the projected-gradient spread (liblinear's default 0.1). */
  tolerance?: number;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

/** Trains on rows with labels +1 / -1 over `dims` features. */
export function trainLinearSvm(
  rows: readonly SparseVector[],
  labels: Int8Array,
  dims: number,
  options: SvmOptions,
): LinearModel {
  const l = rows.length;
  const w = new Float64Array(dims);
  let bias = 0;
  const alpha = new Float64Array(l);
  const diag = new Float64Array(l);
  const qd = new Float64Array(l);
  const index = new Int32Array(l);
  for (let i = 0; i < l; i++) {
    const cost =
      (labels[i]! > 0 ? options.c * options.positiveWeight : options.c) * (options.rowWeights?.[i] ?? 1);
    diag[i] = 0.5 / cost;
    let norm = 1; // the bias feature
    for (const v of rows[i]!.values) norm += v * v;
    qd[i] = diag[i]! + norm;
    index[i] = i;
  }
  const random = createRandom(options.seed);
  const maxEpochs = options.maxEpochs ?? 1000;
  const tolerance = options.tolerance ?? 0.1;
  let active = l;
  let pgMaxOld = Infinity;
  let pgMinOld = -Infinity;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    let pgMax = -Infinity;
    let pgMin = Infinity;
    for (let s = 0; s < active; s++) {
      const j = s + Math.floor(random() * (active - s));
      const swap = index[s]!;
      index[s] = index[j]!;
      index[j] = swap;
    }
    for (let s = 0; s < active; s++) {
      const i = index[s]!;
      const y = labels[i]!;
      const { ids, values } = rows[i]!;
      let dot = bias;
      for (let k = 0; k < ids.length; k++) dot += w[ids[k]!]! * values[k]!;
      const g = y * dot - 1 + alpha[i]! * diag[i]!;
      let pg = 0;
      if (alpha[i] === 0) {
        if (g > pgMaxOld) {
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        } else if (g < 0) pg = g;
      } else pg = g;
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[i]!;
        alpha[i] = Math.max(old - g / qd[i]!, 0);
        const delta = (alpha[i]! - old) * y;
        for (let k = 0; k < ids.length; k++) w[ids[k]!] = w[ids[k]!]! + delta * values[k]!;
        bias += delta;
      }
    }
    if (pgMax - pgMin <= tolerance) {
      if (active === l) break;
      active = l;
      pgMaxOld = Infinity;
      pgMinOld = -Infinity;
      continue;
    }
    pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
    pgMinOld = pgMin >= 0 ? -Infinity : pgMin;
  }
  void pgMinOld;
  return { weights: w, bias };
}

/** The linear score of one row. */
export function linearScore(model: LinearModel, row: SparseVector): number {
  let dot = model.bias;
  for (let k = 0; k < row.ids.length; k++) dot += model.weights[row.ids[k]!]! * row.values[k]!;
  return dot;
}
