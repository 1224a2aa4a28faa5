/**
 * Longest strictly increasing subsequence, O(n log n) (patience sorting). Clause pairs whose newer
 * positions lie on it kept their relative order; the others moved.
 *
 * @returns the indices into `values` of one longest increasing subsequence, ascending.
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  // tails[k] = index of the smallest value ending an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const result: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) result.push(i);
  return result.reverse();
}
