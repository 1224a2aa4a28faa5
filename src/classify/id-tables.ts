/**
 * Lookup tables for the fast vectoriser: open-addressing hash tables from lower-cased words to
 * ids, looked up straight from the characters of the text (no lower-cased copy, no slice), and
 * from id pairs to ids, both verifying the full key on a hash hit (a lookup is exact whatever
 * the hash); and phrases as word-id sequences indexed by their first word.
 */

/** FNV-1a over UTF-16 code units: `hashStep` folds in one (already lower-cased) unit. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashString(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** A power of two at least 1.5 times `entries`: probes stay short, the table small. */
function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity < entries * 1.5) capacity *= 2;
  return capacity;
}

/**
 * Words (already lower-case) → non-negative ids; -1 when absent. A slot is `[hash, id, offset,
 * length]` in one array (one cache line per probe), the characters sit in one pool.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private chars: Uint16Array;
  private used = 0;
  private readonly mask: number;

  constructor(entries: number) {
    const capacity = capacityFor(entries);
    this.slots = new Int32Array(capacity * 4);
    for (let slot = 0; slot < capacity; slot++) this.slots[slot * 4 + 1] = -1;
    this.chars = new Uint16Array(Math.max(64, entries * 8));
    this.mask = capacity - 1;
  }

  set(word: string, id: number): void {
    const hash = hashString(word);
    let slot = hash & this.mask;
    while (this.slots[slot * 4 + 1]! >= 0) {
      if (this.slots[slot * 4] === hash && this.equals(slot, word)) break;
      slot = (slot + 1) & this.mask;
    }
    if (this.used + word.length > this.chars.length) {
      const grown = new Uint16Array((this.used + word.length) * 2);
      grown.set(this.chars);
      this.chars = grown;
    }
    for (let k = 0; k < word.length; k++) this.chars[this.used + k] = word.charCodeAt(k);
    this.slots.set([hash, id, this.used, word.length], slot * 4);
    this.used += word.length;
  }

  private equals(slot: number, word: string): boolean {
    const offset = this.slots[slot * 4 + 2]!;
    if (this.slots[slot * 4 + 3] !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.chars[offset + k] !== word.charCodeAt(k)) return false;
    return true;
  }

  /** The id of `word`, whose hash is `hash`. */
  get(word: string, hash: number): number {
    let slot = hash & this.mask;
    for (let id = this.slots[slot * 4 + 1]!; id >= 0; id = this.slots[slot * 4 + 1]!) {
      if (this.slots[slot * 4] === hash && this.equals(slot, word)) return id;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /**
   * The id of `text[start, end)` lower-cased, for an ASCII-only run of letters and digits
   * whose lower-cased hash is `hash`.
   */
  getAscii(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const length = end - start;
    let slot = hash & this.mask;
    for (let id = slots[slot * 4 + 1]!; id >= 0; id = slots[slot * 4 + 1]!) {
      if (slots[slot * 4] === hash && slots[slot * 4 + 3] === length) {
        const chars = this.chars;
        const offset = slots[slot * 4 + 2]! - start;
        let k = start;
        while (k < end) {
          const code = text.charCodeAt(k);
          // ASCII letters and digits only: A–Z lower-case by setting bit 5, the rest stay.
          if ((code <= 90 && code >= 65 ? code | 32 : code) !== chars[offset + k]) break;
          k++;
        }
        if (k === end) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

function hashPair(a: number, b: number): number {
  const hash = Math.imul(a, 0x9e3779b1) ^ b;
  return Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) ^ (hash >>> 13);
}

/** Bits in a pair table's filter: 128 kB, which stays in the nearer caches. */
const FILTER_BITS = 1 << 20;

/**
 * Pairs of non-negative ids → non-negative ids; -1 when absent. A slot is `[first, second, id]`.
 * Most pairs of a text are not in the table (a sentence's bigrams are mostly unknown): a bit per
 * hash value (one bit set per entry) says "absent" for nearly all of them without probing slots,
 * whose table is too large for the nearer caches. A set bit only means "probe".
 */
export class PairTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly filter = new Int32Array(FILTER_BITS >>> 5);

  constructor(entries: number) {
    const capacity = capacityFor(entries);
    this.slots = new Int32Array(capacity * 3);
    for (let slot = 0; slot < capacity; slot++) this.slots[slot * 3 + 2] = -1;
    this.mask = capacity - 1;
  }

  set(first: number, second: number, id: number): void {
    const hash = hashPair(first, second);
    const bit = hash & (FILTER_BITS - 1);
    this.filter[bit >>> 5] = this.filter[bit >>> 5]! | (1 << (bit & 31));
    let slot = hash & this.mask;
    while (this.slots[slot * 3 + 2]! >= 0) {
      if (this.slots[slot * 3] === first && this.slots[slot * 3 + 1] === second) break;
      slot = (slot + 1) & this.mask;
    }
    this.slots.set([first, second, id], slot * 3);
  }

  get(first: number, second: number): number {
    const hash = hashPair(first, second);
    const bit = hash & (FILTER_BITS - 1);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = hash & this.mask;
    for (let id = slots[slot * 3 + 2]!; id >= 0; id = slots[slot * 3 + 2]!) {
      if (slots[slot * 3] === first && slots[slot * 3 + 1] === second) return id;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

/** Phrases (as word-id sequences) grouped by first word: `heads[id]` indexes `lists`, or is -1. */
export interface PhraseIndex<T> {
  heads: Int32Array;
  lists: Array<Array<{ value: T; words: Int32Array }>>;
}

export function phraseIndex<T>(size: number, phrases: Array<{ value: T; words: number[] }>): PhraseIndex<T> {
  const heads = new Int32Array(size).fill(-1);
  const lists: PhraseIndex<T>["lists"] = [];
  for (const { value, words } of phrases) {
    const first = words[0]!;
    if (heads[first] === -1) heads[first] = lists.push([]) - 1;
    lists[heads[first]!]!.push({ value, words: Int32Array.from(words) });
  }
  return { heads, lists };
}

/** Whether `words` occur in `tokens` (of length `n`) from position `t`. */
export function matchesAt(tokens: Int32Array, n: number, t: number, words: Int32Array): boolean {
  if (t + words.length > n) return false;
  for (let k = 1; k < words.length; k++) if (tokens[t + k] !== words[k]) return false;
  return true;
}
