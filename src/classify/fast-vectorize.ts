/**
 * The inference path of `vectorize`: the same vector, built without strings. Tokens are hashed
 * lower-case while they are scanned and looked up in a word table straight from the text;
 * bigrams, trigrams and cue phrases are looked up by the ids of their words (a bigram kept in the
 * vocabulary implies both its words were kept, since their document frequency is at least the
 * bigram's). Buffers are reused between calls. `vectorize` stays the reference; a test checks
 * that both agree on the whole corpus.
 */
import { isWordPoint } from "../core/index.ts";
import { CONJUNCTION_CUES, CONJUNCTION_TOPICS, conjunctionKey, topicMask } from "./features.ts";
import {
  HASH_SEED,
  PairTable,
  WordTable,
  hashStep,
  hashString,
  matchesAt,
  phraseIndex,
} from "./id-tables.ts";
import { ASCII_CLASS } from "./word-chars.ts";
import { vectorize } from "./vectorize.ts";
import type { FeatureSpace, SparseVector } from "./vectorize.ts";

const URL_STOP = /[\s<>"]/;

export type Vectorizer = (text: string) => SparseVector;

/**
 * A sparse vector in reused typed arrays: the first `length` entries are valid until the next
 * call. When asked for, `starts`/`ends` hold the span (relative to the text) of each feature's
 * first occurrence, as `featureKeys` gives it; they are empty when the vectoriser falls back to
 * the reference.
 */
export interface VectorBuffer {
  ids: Int32Array;
  values: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/**
 * Vectorises into a buffer owned by the vectoriser (overwritten by the next call), with spans if
 * `spans`; `extra` holds ids of keys the sentence has besides its words (the power keys), each
 * counted once per occurrence and spanning the whole text.
 */
export type BufferedVectorizer = (text: string, spans?: boolean, extra?: ArrayLike<number>) => VectorBuffer;

/** Builds a buffered fast vectoriser for a feature space (stems are not supported: `slow` is used). */
export function createBufferedVectorizer(space: FeatureSpace, slow: Vectorizer): BufferedVectorizer {
  if (space.options.stemLength > 0) return fromSlow(slow, space);
  const vocabulary = space.vocabulary;
  const size = space.idf.length;
  const idf = space.idf;
  const conjunctions = space.options.conjunctions === true;
  const trigrams = space.options.trigrams;

  // Conjunction cue words missing from the vocabulary get "synthetic" ids ≥ size so cues still
  // match (such ids are never features themselves).
  const synthetic = new Map<string, number>();
  if (conjunctions) {
    for (const words of CONJUNCTION_CUES) {
      for (const w of words)
        if (!vocabulary.has(w) && !synthetic.has(w)) synthetic.set(w, size + synthetic.size);
    }
  }
  const idSpace = size + synthetic.size;
  const keys = [...vocabulary.keys()].filter((key) => !key.startsWith("#"));
  const spaces = (key: string) => key.split(" ").length - 1;
  const words = new WordTable(keys.filter((key) => spaces(key) === 0).length + synthetic.size);
  const topicsOf = new Uint16Array(idSpace);
  const pairs = new PairTable(keys.filter((key) => spaces(key) === 1).length);
  const triples = new PairTable(trigrams ? keys.filter((key) => spaces(key) === 2).length : 0);
  const cuePhrases: Array<{ value: number; words: number[] }> = [];
  for (const [key, id] of vocabulary) {
    if (key.startsWith("#cue:")) {
      const ids = key
        .slice(5)
        .split(" ")
        .map((w) => vocabulary.get(w) ?? -1);
      if (!ids.includes(-1)) cuePhrases.push({ value: id, words: ids });
      continue;
    }
    if (key.startsWith("#")) continue;
    if (!key.includes(" ")) {
      words.set(key, id);
      if (conjunctions) topicsOf[id] = topicMask(key);
    }
  }
  for (const [word, id] of synthetic) {
    words.set(word, id);
    topicsOf[id] = topicMask(word);
  }
  for (const [key, id] of vocabulary) {
    if (key.startsWith("#") || !key.includes(" ")) continue;
    const parts = key.split(" ");
    const ids = parts.map((w) => vocabulary.get(w));
    if (ids.includes(undefined)) continue;
    if (parts.length === 2) pairs.set(ids[0]!, ids[1]!, id);
  }
  if (trigrams) {
    for (const [key, id] of vocabulary) {
      if (key.startsWith("#")) continue;
      const parts = key.split(" ");
      if (parts.length !== 3) continue;
      const ids = parts.map((w) => vocabulary.get(w));
      if (ids.includes(undefined)) continue;
      const pair = pairs.get(ids[0]!, ids[1]!);
      const pairId = pair >= 0 ? pair : vocabulary.get(`${parts[0]} ${parts[1]}`);
      if (pairId !== undefined) triples.set(pairId, ids[2]!, id);
    }
  }
  const cues = phraseIndex(idSpace, cuePhrases);
  const conjCues = phraseIndex(
    idSpace,
    conjunctions
      ? CONJUNCTION_CUES.map((cue, index) => ({
          value: index,
          words: cue.map((w) => words.get(w, hashString(w))),
        }))
      : [],
  );
  const conjIds = new Int32Array(CONJUNCTION_TOPICS.length * CONJUNCTION_CUES.length).fill(-1);
  if (conjunctions) {
    for (let t = 0; t < CONJUNCTION_TOPICS.length; t++) {
      for (let c = 0; c < CONJUNCTION_CUES.length; c++) {
        conjIds[t * CONJUNCTION_CUES.length + c] = vocabulary.get(conjunctionKey(t, c)) ?? -1;
      }
    }
  }
  // Per word id, all that the loops ask of a word in one number: one memory access per token
  // rather than three (the tables are too large for the nearer caches). Bits 0–15 hold its
  // conjunction topics, 16–23 its cue phrase list + 1, 24–30 its conjunction cue list + 1.
  if (CONJUNCTION_TOPICS.length > 16 || cues.lists.length > 255 || conjCues.lists.length > 127)
    throw new Error("fast vectoriser: too many topics or cue lists for the word table");
  const wordInfo = new Int32Array(idSpace);
  for (let id = 0; id < idSpace; id++)
    wordInfo[id] = topicsOf[id]! | ((cues.heads[id]! + 1) << 16) | ((conjCues.heads[id]! + 1) << 24);
  const zero = vocabulary.get("0") ?? -1;
  const url = vocabulary.get("<url>") ?? -1;
  const caps = vocabulary.get("#caps") ?? -1;
  const lengthIds = ["#len:tiny", "#len:short", "#len:medium", "#len:long"].map(
    (k) => vocabulary.get(k) ?? -1,
  );

  const cuePresent = new Uint8Array(CONJUNCTION_CUES.length);
  // Per feature, its count in the text being vectorised: a small array of its own (160 kB for
  // 40,000 features) stays in the nearer caches, where counts and idfs side by side did not; the
  // idf is read once per distinct feature, at the end.
  const counts = new Int32Array(size);
  // The start and end of each feature's first span, kept only when a caller asks for spans.
  const firstStart = new Int32Array(size);
  const firstEnd = new Int32Array(size);
  let recordSpans = false;
  let touched = new Int32Array(64);
  let touchedCount = 0;
  let tokens = new Int32Array(64);
  let tokenStarts = new Int32Array(64);
  let tokenEnds = new Int32Array(64);
  let pairIds = new Int32Array(64);
  const out: VectorBuffer = {
    ids: new Int32Array(64),
    values: new Float64Array(64),
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    length: 0,
  };

  const add = (id: number, start: number, end: number) => {
    if (counts[id] === 0) {
      if (touchedCount === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[touchedCount++] = id;
      if (recordSpans) {
        firstStart[id] = start;
        firstEnd[id] = end;
      }
    }
    counts[id] = counts[id]! + 1;
  };

  const addConjunctions = (topics: number, n: number, whole: number) => {
    cuePresent.fill(0);
    const lists = conjCues.lists;
    for (let t = 0; t < n; t++) {
      const id = tokens[t]!;
      const head = id < 0 ? -1 : (wordInfo[id]! >>> 24) - 1;
      if (head < 0) continue;
      for (const cue of lists[head]!) {
        if (cuePresent[cue.value] === 0 && matchesAt(tokens, n, t, cue.words)) cuePresent[cue.value] = 1;
      }
    }
    const cueCount = CONJUNCTION_CUES.length;
    for (let t = 0; t < CONJUNCTION_TOPICS.length; t++) {
      if ((topics & (1 << t)) === 0) continue;
      for (let c = 0; c < cueCount; c++) {
        const id = conjIds[t * cueCount + c]!;
        if (cuePresent[c] === 1 && id >= 0) add(id, 0, whole);
      }
    }
  };

  return (text: string, spans = false, extra?: ArrayLike<number>) => {
    recordSpans = spans;
    // At most one token per two code units (a word character and a separator), plus one.
    if (tokens.length <= text.length >> 1) {
      tokens = new Int32Array((text.length >> 1) + 64);
      tokenStarts = new Int32Array(tokens.length);
      tokenEnds = new Int32Array(tokens.length);
    }
    let n = 0;
    let topics = 0;
    let upper = 0;
    let lower = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_CLASS[code] === 0) {
          i++;
          continue;
        }
      } else {
        const point = text.codePointAt(i)!;
        if (!isWordPoint(point)) {
          i += point > 0xffff ? 2 : 1;
          continue;
        }
      }
      const start = i;
      // Only "h…" or "w…" can start a URL.
      const prefix =
        code !== 104 && code !== 119
          ? 0
          : text.startsWith("http://", i)
            ? 7
            : text.startsWith("https://", i)
              ? 8
              : text.startsWith("www.", i)
                ? 4
                : 0;
      if (prefix > 0) {
        let end = i + prefix;
        while (end < length && !URL_STOP.test(text[end]!)) end++;
        if (end > i + prefix) {
          for (let k = i; k < end; k++) {
            const c = text.charCodeAt(k);
            if (c < 128) {
              const kind = ASCII_CLASS[c];
              if (kind === 3) upper++;
              else if (kind === 2) lower++;
            }
          }
          tokenStarts[n] = start;
          tokenEnds[n] = end;
          tokens[n++] = url;
          i = end;
          continue;
        }
      }
      let hash = HASH_SEED;
      let digitsOnly = true;
      let ascii = true;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const kind = ASCII_CLASS[c]!;
          if (kind === 0) break;
          if (kind === 3) {
            upper++;
            hash = hashStep(hash, c | 32);
            digitsOnly = false;
          } else {
            if (kind === 2) {
              lower++;
              digitsOnly = false;
            }
            hash = hashStep(hash, c);
          }
          i++;
        } else {
          const point = text.codePointAt(i)!;
          if (!isWordPoint(point)) break;
          ascii = false;
          digitsOnly = false;
          i += point > 0xffff ? 2 : 1;
        }
      }
      let id: number;
      let norm: string | undefined;
      if (digitsOnly) id = zero;
      else if (ascii) id = words.getAscii(text, start, i, hash);
      else {
        norm = text.slice(start, i).toLowerCase();
        id = words.get(norm, hashString(norm));
      }
      if (id >= 0) topics |= wordInfo[id]! & 0xffff;
      else if (conjunctions && !digitsOnly) topics |= topicMask(norm ?? text.slice(start, i).toLowerCase());
      tokenStarts[n] = start;
      tokenEnds[n] = i;
      tokens[n++] = id;
    }

    // Bigram ids first, in a loop of independent lookups the processor can overlap (the table
    // is too large for the nearer caches), then the features in reference order.
    if (pairIds.length < n) pairIds = new Int32Array(tokens.length);
    for (let t = 0; t < n; t++) {
      const id = tokens[t]!;
      const next = t + 1 < n ? tokens[t + 1]! : -1;
      pairIds[t] = id >= 0 && id < size && next >= 0 ? pairs.get(id, next) : -1;
    }
    for (let t = 0; t < n; t++) {
      const id = tokens[t]!;
      if (id < 0 || id >= size) continue;
      const start = tokenStarts[t]!;
      add(id, start, tokenEnds[t]!);
      const pair = pairIds[t]!;
      if (pair >= 0) {
        add(pair, start, tokenEnds[t + 1]!);
        const third = t + 2 < n ? tokens[t + 2]! : -1;
        if (trigrams && third >= 0) {
          const triple = triples.get(pair, third);
          if (triple >= 0) add(triple, start, tokenEnds[t + 2]!);
        }
      }
      const head = ((wordInfo[id]! >>> 16) & 255) - 1;
      if (head >= 0) {
        for (const cue of cues.lists[head]!) {
          if (matchesAt(tokens, n, t, cue.words)) add(cue.value, start, tokenEnds[t + cue.words.length - 1]!);
        }
      }
    }
    if (topics !== 0) addConjunctions(topics, n, length);
    if (extra !== undefined) for (let k = 0; k < extra.length; k++) add(extra[k]!, 0, length);
    if (caps >= 0 && upper >= 12 && upper > 3 * lower) add(caps, 0, length);
    const bucket = lengthIds[n <= 3 ? 0 : n <= 10 ? 1 : n <= 40 ? 2 : 3]!;
    if (bucket >= 0) add(bucket, 0, length);

    if (out.ids.length < touchedCount) {
      out.ids = new Int32Array(touched.length);
      out.values = new Float64Array(touched.length);
      out.starts = new Int32Array(touched.length);
      out.ends = new Int32Array(touched.length);
    }
    const { ids, values, starts, ends } = out;
    let norm = 0;
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k]!;
      const count = counts[id]!;
      // (1 + ln 1) · idf is idf exactly: the logarithm only for repeated features.
      const value = count === 1 ? idf[id]! : (1 + Math.log(count)) * idf[id]!;
      ids[k] = id;
      values[k] = value;
      if (recordSpans) {
        starts[k] = firstStart[id]!;
        ends[k] = firstEnd[id]!;
      }
      norm += value * value;
      counts[id] = 0;
    }
    out.length = touchedCount;
    touchedCount = 0;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < out.length; k++) values[k] = values[k]! * scale;
    }
    return out;
  };
}

function fromSlow(slow: Vectorizer, space: FeatureSpace): BufferedVectorizer {
  const keyOf = [...space.vocabulary.keys()];
  const empty = new Int32Array(0);
  const out: VectorBuffer = {
    ids: empty,
    values: new Float64Array(0),
    starts: empty,
    ends: empty,
    length: 0,
  };
  return (text, _spans, extra) => {
    const vector =
      extra === undefined || extra.length === 0
        ? slow(text)
        : vectorize(
            space,
            text,
            Array.from(extra, (id) => keyOf[id]!),
          );
    out.ids = Int32Array.from(vector.ids);
    out.values = Float64Array.from(vector.values);
    out.length = vector.ids.length;
    return out;
  };
}

/** The plain-array form of a buffered vectoriser (tests, callers that keep the vector). */
export function plainVectorizer(buffered: BufferedVectorizer): Vectorizer {
  return (text) => {
    const { ids, values, length } = buffered(text);
    return { ids: Array.from(ids.subarray(0, length)), values: Array.from(values.subarray(0, length)) };
  };
}

/** Builds a fast vectoriser returning plain arrays. */
export function createVectorizer(space: FeatureSpace, slow: Vectorizer): Vectorizer {
  return space.options.stemLength > 0 ? slow : plainVectorizer(createBufferedVectorizer(space, slow));
}
