/**
 * Aligns the clauses of two versions. Three passes, each cheap enough for a 1,500-clause document:
 * 1. exact matches by normalised text (a hash map);
 * 2. similar pairs among the rest, with candidates pruned to clauses that share one of a clause's
 *    rarest words (an inverted index), then paired greedily by best similarity;
 * 3. a longest increasing subsequence over all pairs: pairs on it kept their relative order,
 *    pairs off it moved.
 */
import { longestIncreasingSubsequence } from "./lis.ts";
import { clauseFeatures, similarity, type ClauseFeatures } from "./similarity.ts";

export interface AlignInput {
  text: string;
  headingPath: readonly string[];
}

export interface AlignedPair {
  older: number;
  newer: number;
  /** 1 when the normalised texts are equal. */
  similarity: number;
  /** False when the pair lies off the longest in-order run, i.e. the clause moved. */
  inOrder: boolean;
}

export interface Alignment {
  /** Sorted by newer index. */
  pairs: AlignedPair[];
  /** Older clause indices without a counterpart, ascending. */
  removed: number[];
  /** Newer clause indices without a counterpart, ascending. */
  added: number[];
}

export interface AlignOptions {
  /** Least similarity for two different clauses to count as one edited clause. */
  minSimilarity?: number;
  /** How many of a clause's rarest words select its candidates. */
  candidateWords?: number;
}

/** Similarity bonus that makes a candidate under the same heading win a near-tie. */
const SAME_HEADING_BONUS = 0.05;
/** Similarity bonus, at most, for a candidate at the same relative position in the document. */
const SAME_POSITION_BONUS = 0.03;

/** Pairs the clauses of `older` and `newer`; see the module comment for the method. */
export function alignClauses(
  older: readonly AlignInput[],
  newer: readonly AlignInput[],
  options: AlignOptions = {},
): Alignment {
  const minSimilarity = options.minSimilarity ?? 0.5;
  const olderFeatures = older.map((clause) => clauseFeatures(clause.text));
  const newerFeatures = newer.map((clause) => clauseFeatures(clause.text));
  const olderPartner = new Array<number>(older.length).fill(-1);
  const newerPartner = new Array<number>(newer.length).fill(-1);
  const pairSimilarity = new Map<number, number>();

  // 1. Exact matches; repeated texts pair up in document order.
  const newerByKey = new Map<string, number[]>();
  newerFeatures.forEach((features, index) => {
    const queue = newerByKey.get(features.key);
    if (queue) queue.push(index);
    else newerByKey.set(features.key, [index]);
  });
  olderFeatures.forEach((features, index) => {
    const match = newerByKey.get(features.key)?.shift();
    if (match === undefined) return;
    olderPartner[index] = match;
    newerPartner[match] = index;
    pairSimilarity.set(index, 1);
  });

  // 2. Similar pairs among what is left.
  const candidates = similarCandidates(olderFeatures, newerFeatures, olderPartner, newerPartner, options);
  const scored: Array<{ older: number; newer: number; similarity: number; score: number }> = [];
  for (const [olderIndex, newerIndices] of candidates) {
    for (const newerIndex of newerIndices) {
      const value = similarity(olderFeatures[olderIndex]!, newerFeatures[newerIndex]!);
      if (value < minSimilarity) continue;
      const sameHeading = sameHeadingPath(older[olderIndex]!.headingPath, newer[newerIndex]!.headingPath);
      const positionGap = Math.abs(
        relativePosition(olderIndex, older.length) - relativePosition(newerIndex, newer.length),
      );
      const score =
        value + (sameHeading ? SAME_HEADING_BONUS : 0) + SAME_POSITION_BONUS * (1 - Math.min(1, positionGap));
      scored.push({ older: olderIndex, newer: newerIndex, similarity: value, score });
    }
  }
  scored.sort((x, y) => y.score - x.score || x.older - y.older || x.newer - y.newer);
  for (const pair of scored) {
    if (olderPartner[pair.older] !== -1 || newerPartner[pair.newer] !== -1) continue;
    olderPartner[pair.older] = pair.newer;
    newerPartner[pair.newer] = pair.older;
    pairSimilarity.set(pair.older, pair.similarity);
  }

  // 3. Pairs off the longest in-order run moved.
  const pairs: AlignedPair[] = [];
  olderPartner.forEach((newerIndex, olderIndex) => {
    if (newerIndex !== -1) {
      pairs.push({
        older: olderIndex,
        newer: newerIndex,
        similarity: pairSimilarity.get(olderIndex)!,
        inOrder: false,
      });
    }
  });
  for (const position of longestIncreasingSubsequence(pairs.map((pair) => pair.newer))) {
    pairs[position]!.inOrder = true;
  }
  pairs.sort((x, y) => x.newer - y.newer);
  return {
    pairs,
    removed: indicesWithout(olderPartner),
    added: indicesWithout(newerPartner),
  };
}

/**
 * For each unpaired older clause, the unpaired newer clauses that share one of its rarest words.
 * Two clauses with similarity ≥ 0.5 share most of their words, so they almost always share a rare
 * one; common words ("the", "services") would make every clause a candidate of every other.
 */
function similarCandidates(
  older: readonly ClauseFeatures[],
  newer: readonly ClauseFeatures[],
  olderPartner: readonly number[],
  newerPartner: readonly number[],
  options: AlignOptions,
): Map<number, Set<number>> {
  const candidateWords = options.candidateWords ?? 6;
  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const count = (features: ClauseFeatures) => {
    for (const word of features.unigrams) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  };
  older.forEach((features, index) => olderPartner[index] === -1 && count(features));
  newer.forEach((features, index) => {
    if (newerPartner[index] !== -1) return;
    count(features);
    for (const word of features.unigrams) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });

  const result = new Map<number, Set<number>>();
  older.forEach((features, index) => {
    if (olderPartner[index] !== -1 || features.unigrams.size === 0) return;
    const rarest = [...features.unigrams]
      .filter((word) => postings.has(word))
      .sort((x, y) => documentFrequency.get(x)! - documentFrequency.get(y)! || (x < y ? -1 : 1))
      .slice(0, candidateWords);
    const found = new Set<number>();
    for (const word of rarest) for (const newerIndex of postings.get(word)!) found.add(newerIndex);
    if (found.size > 0) result.set(index, found);
  });
  return result;
}

function sameHeadingPath(a: readonly string[], b: readonly string[]): boolean {
  const norm = (path: readonly string[]) =>
    path.map((heading) => clauseFeatures(heading).key.toLowerCase()).join("\n");
  return norm(a) === norm(b);
}

function relativePosition(index: number, length: number): number {
  return length <= 1 ? 0 : index / (length - 1);
}

function indicesWithout(partners: readonly number[]): number[] {
  const result: number[] = [];
  partners.forEach((partner, index) => partner === -1 && result.push(index));
  return result;
}
