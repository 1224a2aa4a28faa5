/**
 * Platt scaling fitted on out-of-fold scores (the Newton method with backtracking of Lin, Lin and
 * Weng 2007), and the probability threshold that maximises F1 on those same out-of-fold predictions.
 */
import type { Calibration } from "../model.ts";

/** Fits p = 1 / (1 + exp(a·s + b)) to scores and boolean labels. */
export function fitPlatt(scores: ArrayLike<number>, positive: ArrayLike<boolean>): Calibration {
  const n = scores.length;
  let prior1 = 0;
  for (let i = 0; i < n; i++) if (positive[i]) prior1++;
  const prior0 = n - prior1;
  const hi = (prior1 + 1) / (prior1 + 2);
  const lo = 1 / (prior0 + 2);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = positive[i] ? hi : lo;
  let a = 0;
  let b = Math.log((prior0 + 1) / (prior1 + 1));
  const objective = (a_: number, b_: number) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * a_ + b_;
      f +=
        fApB >= 0
          ? t[i]! * fApB + Math.log1p(Math.exp(-fApB))
          : (t[i]! - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  };
  let fval = objective(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let h11 = 1e-12;
    let h22 = 1e-12;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < n; i++) {
      const fApB = scores[i]! * a + b;
      const p = fApB >= 0 ? Math.exp(-fApB) / (1 + Math.exp(-fApB)) : 1 / (1 + Math.exp(fApB));
      const q = 1 - p;
      const d2 = p * q;
      h11 += scores[i]! * scores[i]! * d2;
      h22 += d2;
      h21 += scores[i]! * d2;
      const d1 = t[i]! - p;
      g1 += scores[i]! * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * dA + g2 * dB;
    let step = 1;
    while (step >= 1e-10) {
      const newA = a + step * dA;
      const newB = b + step * dB;
      const newF = objective(newA, newB);
      if (newF < fval + 1e-4 * step * gd) {
        a = newA;
        b = newB;
        fval = newF;
        break;
      }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return { a, b };
}

/**
 * The probability cut that maximises F1: halfway between the lowest probability kept and the
 * next one below it, so that the cut does not sit exactly on a training point.
 */
export function bestF1Threshold(probabilities: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const order = Array.from({ length: probabilities.length }, (_, i) => i);
  order.sort((x, y) => probabilities[y]! - probabilities[x]! || x - y);
  let total = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) total++;
  if (total === 0) return 1;
  let tp = 0;
  let best = -1;
  let bestIndex = 0;
  for (let k = 0; k < order.length; k++) {
    if (positive[order[k]!]) tp++;
    const next = order[k + 1];
    // only cut between distinct probabilities
    if (next !== undefined && probabilities[next] === probabilities[order[k]!]) continue;
    const f1 = (2 * tp) / (k + 1 + total);
    if (f1 > best) {
      best = f1;
      bestIndex = k;
    }
  }
  const kept = probabilities[order[bestIndex]!]!;
  const below = order[bestIndex + 1] === undefined ? 0 : probabilities[order[bestIndex + 1]!]!;
  return (kept + below) / 2;
}
