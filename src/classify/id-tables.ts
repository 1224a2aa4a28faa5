/**
 * Open-addressing hash tables for the fast vectoriser: lower-cased words → ids, looked up
 * straight from the characters of the text (no lower-cased copy, no slice), and id pairs → ids.
 * Both verify the full key on a hash hit, so a lookup is exact whatever the hash.
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

/** A power of two at least twice `entries`: probes stay short. */
function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  return capacity;
}

/** Words (already lower-case) → non-negative ids; -1 when absent. */
export class WordTable {
  private readonly hashes: Int32Array;
  private readonly ids: Int32Array;
  private readonly words: string[];
  private readonly mask: number;

  constructor(entries: number) {
    const capacity = capacityFor(entries);
    this.hashes = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.words = new Array<string>(capacity).fill("");
    this.mask = capacity - 1;
  }

  set(word: string, id: number): void {
    const hash = hashString(word);
    let slot = hash & this.mask;
    while (this.ids[slot]! >= 0) {
      if (this.hashes[slot] === hash && this.words[slot] === word) break;
      slot = (slot + 1) & this.mask;
    }
    this.hashes[slot] = hash;
    this.ids[slot] = id;
    this.words[slot] = word;
  }

  /** The id of `word`, whose hash is `hash`. */
  get(word: string, hash: number): number {
    let slot = hash & this.mask;
    for (let id = this.ids[slot]!; id >= 0; id = this.ids[slot]!) {
      if (this.hashes[slot] === hash && this.words[slot] === word) return id;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /**
   * The id of `text[start, end)` lower-cased, for an ASCII-only run of letters and digits
   * whose lower-cased hash is `hash`.
   */
  getAscii(text: string, start: number, end: number, hash: number): number {
    let slot = hash & this.mask;
    const length = end - start;
    for (let id = this.ids[slot]!; id >= 0; id = this.ids[slot]!) {
      if (this.hashes[slot] === hash) {
        const word = this.words[slot]!;
        if (word.length === length) {
          let k = 0;
          while (k < length) {
            const code = text.charCodeAt(start + k);
            // ASCII letters and digits only: A–Z lower-case by setting bit 5, the rest stay.
            if ((code <= 90 && code >= 65 ? code | 32 : code) !== word.charCodeAt(k)) break;
            k++;
          }
          if (k === length) return id;
        }
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

/** Pairs of non-negative ids → non-negative ids; -1 when absent. */
export class PairTable {
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(entries: number) {
    const capacity = capacityFor(entries);
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  set(first: number, second: number, id: number): void {
    let slot = hashPair(first, second) & this.mask;
    while (this.ids[slot]! >= 0) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) break;
      slot = (slot + 1) & this.mask;
    }
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.ids[slot] = id;
  }

  get(first: number, second: number): number {
    let slot = hashPair(first, second) & this.mask;
    for (let id = this.ids[slot]!; id >= 0; id = this.ids[slot]!) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) return id;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
