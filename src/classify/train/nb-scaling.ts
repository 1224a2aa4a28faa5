/**
 * Naive-Bayes feature scaling (NBSVM, Wang & Manning 2012): each feature is multiplied by its
 * log-count ratio between positive and negative rows before the SVM is trained, which makes
 * discriminative n-grams cheap to use and common ones expensive. Because the scaling is linear it
 * is folded into the stored weights, so inference does not change.
 */
import type { SparseVector } from "../vectorize.ts";

/** r_f = ln((α + p_f) / ‖α + p‖₁) − ln((α + q_f) / ‖α + q‖₁) over positive (p) and negative (q) rows. */
export function logCountRatios(
  rows: readonly SparseVector[],
  labels: Int8Array,
  dims: number,
  alpha: number,
): Float64Array {
  const p = new Float64Array(dims).fill(alpha);
  const q = new Float64Array(dims).fill(alpha);
  for (let i = 0; i < rows.length; i++) {
    const target = labels[i]! > 0 ? p : q;
    const { ids, values } = rows[i]!;
    for (let k = 0; k < ids.length; k++) target[ids[k]!] = target[ids[k]!]! + values[k]!;
  }
  let pSum = 0;
  let qSum = 0;
  for (let f = 0; f < dims; f++) {
    pSum += p[f]!;
    qSum += q[f]!;
  }
  const ratios = new Float64Array(dims);
  for (let f = 0; f < dims; f++) ratios[f] = Math.log(p[f]! / pSum) - Math.log(q[f]! / qSum);
  return ratios;
}

/** Rows with every value multiplied by its feature's ratio. */
export function scaleRows(rows: readonly SparseVector[], ratios: Float64Array): SparseVector[] {
  return rows.map(({ ids, values }) => ({ ids, values: values.map((v, k) => v * ratios[ids[k]!]!) }));
}
