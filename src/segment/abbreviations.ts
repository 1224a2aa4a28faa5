/**
 * Words that end in a full stop without ending the sentence. Kept as data so that the rules in
 * sentences.ts read as rules. Entries are lower-case, without the final full stop.
 */

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Abbreviations that are always followed by more of the same sentence: titles before a name and
 * Latin or other connectives. A full stop after them never breaks the sentence.
 */
export const JOINING_ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof st sr messrs hon rev gen capt lt sgt
  approx ca cf v vs viz e.g i.e eg ie incl excl esp resp op ibid
`);

/**
 * Abbreviations that refer to a number: "No. 5", "Art. 6", "Sec. 4.2", "Tel. +44", "Jan. 5",
 * "max. 10". They join the sentence only when a number follows, so "The answer is no. We …" and
 * "within 5 min. Please …" still break.
 */
export const NUMBER_ABBREVIATIONS = wordSet(`
  no nos nr art arts sec secs para paras pp p cl fig figs ch chap vol vols ref pt reg regs
  tel ph fax min max
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Abbreviations that often end a sentence ("… provided by Uber USA, Inc.") as well as sit inside
 * one ("Uber B.V. may …"). After them a full stop breaks only when the next word is a typical
 * sentence opener (SENTENCE_OPENERS).
 */
export const AMBIGUOUS_ABBREVIATIONS = wordSet(`
  inc ltd corp co plc llc l.l.c llp l.p lp b.v n.v s.a s.a.r.l s.r.l s.p.a a.g pty bros
  u.s u.s.a u.k e.u u.n a.m p.m al jr esq dept univ assn intl
`);

/**
 * Words that commonly open a sentence in agreements. After an ambiguous abbreviation, a
 * capitalised next word from this list signals a new sentence; any other capitalised word (a
 * name, "Services", "Terms") is taken to continue the current one.
 */
export const SENTENCE_OPENERS = wordSet(`
  a all an and any as at by each either for from however i if in it its no nothing notwithstanding
  of on our please such that the their there these they this those to unless upon we when where
  whether which while with without you your
`);
