/**
 * The inference path of `vectorize`: the same vector, built without string keys for n-grams.
 * Only word tokens are looked up by string; bigrams and trigrams are looked up by the ids of
 * their parts (a bigram kept in the vocabulary implies both its words were kept, since their
 * document frequency is at least the bigram's). `vectorize` stays the reference; a test checks
 * that both agree on the whole corpus.
 */
import { CONJUNCTION_CUES, CONJUNCTION_TOPICS, conjunctionKey, topicMask } from "./features.ts";
import type { FeatureSpace, SparseVector } from "./vectorize.ts";

const ID_BITS = 2 ** 21;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const URL_STOP = /[\s<>"]/;

interface Cue {
  id: number;
  words: number[];
}

export type Vectorizer = (text: string) => SparseVector;

const nonAsciiWord = new Map<number, boolean>();

/** Whether a non-ASCII code point is a letter or digit, memoised (typographic quotes are frequent). */
function isWordPoint(point: number): boolean {
  let known = nonAsciiWord.get(point);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(point));
    nonAsciiWord.set(point, known);
  }
  return known;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Builds a fast vectoriser for a feature space (which must not use stems; those fall back). */
export function createVectorizer(space: FeatureSpace, slow: Vectorizer): Vectorizer {
  if (space.options.stemLength > 0) return slow;
  const vocabulary = space.vocabulary;
  const pairs = new Map<number, number>();
  const triples = new Map<number, number>();
  const cuesByFirst = new Map<number, Cue[]>();
  for (const [key, id] of vocabulary) {
    if (key.startsWith("#cue:")) {
      const words = key
        .slice(5)
        .split(" ")
        .map((w) => vocabulary.get(w) ?? -1);
      if (words.includes(-1)) continue;
      const list = cuesByFirst.get(words[0]!) ?? [];
      list.push({ id, words });
      cuesByFirst.set(words[0]!, list);
      continue;
    }
    if (key.startsWith("#")) continue;
    const parts = key.split(" ");
    if (parts.length === 1) continue;
    const ids = parts.map((w) => vocabulary.get(w));
    if (ids.includes(undefined)) continue;
    if (parts.length === 2) pairs.set(ids[0]! * ID_BITS + ids[1]!, id);
    else if (parts.length === 3) {
      const pair = pairs.get(ids[0]! * ID_BITS + ids[1]!) ?? vocabulary.get(`${parts[0]} ${parts[1]}`);
      if (pair !== undefined) triples.set(pair * ID_BITS + ids[2]!, id);
    }
  }
  const zero = vocabulary.get("0");
  const url = vocabulary.get("<url>");
  const caps = vocabulary.get("#caps");
  const lengthIds = ["#len:tiny", "#len:short", "#len:medium", "#len:long"].map((k) => vocabulary.get(k));
  const size = space.idf.length;
  const conjunctions = space.options.conjunctions === true;
  // Conjunction topics per word id; conjunction cue words missing from the vocabulary get
  // "synthetic" ids ≥ size so cues still match (such ids are never features themselves).
  const topicsOf = new Uint16Array(size);
  const synthetic = new Map<string, number>();
  const conjCuesByFirst = new Map<number, Array<{ index: number; words: number[] }>>();
  const conjIds = new Int32Array(CONJUNCTION_TOPICS.length * CONJUNCTION_CUES.length).fill(-1);
  if (conjunctions) {
    for (const [key, id] of vocabulary) if (!key.startsWith("#")) topicsOf[id] = topicMask(key);
    CONJUNCTION_CUES.forEach((words, index) => {
      const ids = words.map((w) => {
        let id = vocabulary.get(w) ?? synthetic.get(w);
        if (id === undefined) synthetic.set(w, (id = size + synthetic.size));
        return id;
      });
      const list = conjCuesByFirst.get(ids[0]!) ?? [];
      list.push({ index, words: ids });
      conjCuesByFirst.set(ids[0]!, list);
    });
    for (let t = 0; t < CONJUNCTION_TOPICS.length; t++) {
      for (let c = 0; c < CONJUNCTION_CUES.length; c++) {
        conjIds[t * CONJUNCTION_CUES.length + c] = vocabulary.get(conjunctionKey(t, c)) ?? -1;
      }
    }
  }
  const cuePresent = new Uint8Array(CONJUNCTION_CUES.length);
  const counts = new Float64Array(space.idf.length);
  const touched: number[] = [];
  const tokenIds: number[] = [];
  const trigrams = space.options.trigrams;

  const add = (id: number) => {
    if (counts[id] === 0) touched.push(id);
    counts[id] = counts[id]! + 1;
  };

  const addConjunctions = (topics: number, n: number) => {
    cuePresent.fill(0);
    for (let t = 0; t < n; t++) {
      const cues = conjCuesByFirst.get(tokenIds[t]!);
      if (!cues) continue;
      for (const cue of cues) {
        if (cuePresent[cue.index] === 1 || t + cue.words.length > n) continue;
        let k = 1;
        while (k < cue.words.length && tokenIds[t + k] === cue.words[k]) k++;
        if (k === cue.words.length) cuePresent[cue.index] = 1;
      }
    }
    const cueCount = CONJUNCTION_CUES.length;
    for (let t = 0; t < CONJUNCTION_TOPICS.length; t++) {
      if ((topics & (1 << t)) === 0) continue;
      for (let c = 0; c < cueCount; c++) {
        const id = conjIds[t * cueCount + c]!;
        if (cuePresent[c] === 1 && id >= 0) add(id);
      }
    }
  };

  return (text: string) => {
    tokenIds.length = 0;
    let topics = 0;
    const lowerText = text.toLowerCase();
    const sameLength = lowerText.length === text.length;
    let upper = 0;
    let lowerCount = 0;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lowerCount++;
      let width = 1;
      let word = isAsciiWordChar(code);
      if (!word && code >= 128) {
        const point = text.codePointAt(i)!;
        width = point > 0xffff ? 2 : 1;
        word = isWordPoint(point);
      }
      if (!word) {
        i += width;
        continue;
      }
      const start = i;
      const prefix =
        code !== 104 && code !== 119 // only "h…" or "w…" can start a URL
          ? 0
          : text.startsWith("http://", i)
            ? 7
            : text.startsWith("https://", i)
              ? 8
              : text.startsWith("www.", i)
                ? 4
                : 0;
      let end = i + prefix;
      if (prefix > 0) while (end < text.length && !URL_STOP.test(text[end]!)) end++;
      if (end > i + prefix) {
        for (let k = i + 1; k < end; k++) {
          const c = text.charCodeAt(k);
          if (c >= 65 && c <= 90) upper++;
          else if (c >= 97 && c <= 122) lowerCount++;
        }
        tokenIds.push(url ?? -1);
        i = end;
        continue;
      }
      let digitsOnly = true;
      i += width;
      if (!(code >= 48 && code <= 57)) digitsOnly = false;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        let w = 1;
        let isWord = isAsciiWordChar(c);
        if (!isWord && c >= 128) {
          const point = text.codePointAt(i)!;
          w = point > 0xffff ? 2 : 1;
          isWord = isWordPoint(point);
        }
        if (!isWord) break;
        if (c >= 65 && c <= 90) upper++;
        else if (c >= 97 && c <= 122) lowerCount++;
        if (!(c >= 48 && c <= 57)) digitsOnly = false;
        i += w;
      }
      if (digitsOnly) tokenIds.push(zero ?? -1);
      else {
        const norm = sameLength ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
        const id = vocabulary.get(norm);
        if (id !== undefined) {
          tokenIds.push(id);
          topics |= topicsOf[id]!;
        } else {
          tokenIds.push(synthetic.get(norm) ?? -1);
          if (conjunctions) topics |= topicMask(norm);
        }
      }
    }
    const n = tokenIds.length;
    for (let t = 0; t < n; t++) {
      const id = tokenIds[t]!;
      if (id < 0 || id >= size) continue;
      add(id);
      const next = tokenIds[t + 1];
      if (next !== undefined && next >= 0) {
        const pair = pairs.get(id * ID_BITS + next);
        if (pair !== undefined) {
          add(pair);
          const third = tokenIds[t + 2];
          if (trigrams && third !== undefined && third >= 0) {
            const triple = triples.get(pair * ID_BITS + third);
            if (triple !== undefined) add(triple);
          }
        }
      }
      const cues = cuesByFirst.get(id);
      if (cues) {
        for (const cue of cues) {
          if (t + cue.words.length > n) continue;
          let matches = true;
          for (let k = 1; k < cue.words.length; k++) {
            if (tokenIds[t + k] !== cue.words[k]) {
              matches = false;
              break;
            }
          }
          if (matches) add(cue.id);
        }
      }
    }
    if (topics !== 0) addConjunctions(topics, n);
    if (caps !== undefined && upper >= 12 && upper > 3 * lowerCount) add(caps);
    const bucket = n <= 3 ? 0 : n <= 10 ? 1 : n <= 40 ? 2 : 3;
    if (lengthIds[bucket] !== undefined) add(lengthIds[bucket]);
    const ids: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const id of touched) {
      const value = (1 + Math.log(counts[id]!)) * space.idf[id]!;
      ids.push(id);
      values.push(value);
      norm += value * value;
      counts[id] = 0;
    }
    touched.length = 0;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] = values[k]! * scale;
    }
    return { ids, values };
  };
}
