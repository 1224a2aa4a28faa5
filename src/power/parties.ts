/**
 * Finds the parties of an agreement in its own text: the provider's name from the title and first
 * lines ("Acme Terms of Service", "Welcome to Acme", "between you and Acme Ltd"), and the terms it
 * defines for itself and for the reader (`Acme Ltd ("Acme", "we", "us")`, `("you", "Member")`).
 */
import { ENGLISH, type PowerLexicon } from "./lexicon-en.ts";
import type { Parties } from "./types.ts";

/** How far into the document the provider is looked for: agreements name their parties up front. */
const HEAD_CHARS = 6000;
/** Defined terms can come a little later ("… (the "Company")" in a definitions section). */
const DEFINITIONS_CHARS = 12000;
const MAX_NAME_WORDS = 5;
/** "Welcome to …", "provided by …" name the provider only near the top. */
const INTRODUCER_CHARS = 2000;
const TITLE_LINES = 6;

const QUOTED = /["“”„'‘’]([^"“”„'‘’]{1,40})["“”„'‘’]/g;
const PARENTHESIS = /\(([^()]{1,240})\)/g;
/** A run of capitalised words (with "&", "of", "and" between them), ending right before the match. */
const CAPITALISED_RUN =
  /((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*)(?:[ ,]+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*|of|and|&|de|du))*)[\s,]*$/u;
const NAME_AFTER =
  /^\s*((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*)(?:[ ]+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*|of|&))*)/u;

/**
 * The parties of a document, from its text (and title, when the source gave one).
 * @example findParties('Acme Terms\n\nThese terms are between you and Acme Ltd ("Acme", "we").').providerLabel // "Acme"
 */
export function findParties(text: string, title?: string, lexicon: PowerLexicon = ENGLISH): Parties {
  const names = new Map<string, number>();
  /** Short names the document defines for itself (`("Acme")`): the name it uses throughout. */
  const defined = new Map<string, number>();
  const readerAliases = new Set<string>();
  const vote = (raw: string, weight: number) => {
    const name = cleanName(raw, lexicon);
    if (name) names.set(name, (names.get(name) ?? 0) + weight);
  };
  const head = text.slice(0, HEAD_CHARS);
  for (const line of [title ?? "", ...firstLines(head, TITLE_LINES)]) {
    const fromTitle = titleName(line, lexicon);
    if (fromTitle) vote(fromTitle, 2);
  }
  for (const pattern of introducerPatterns(lexicon)) {
    for (const match of head.slice(0, INTRODUCER_CHARS).matchAll(pattern)) {
      const after = NAME_AFTER.exec(head.slice(match.index + match[0].length));
      if (after) vote(after[1]!, 2);
    }
  }
  const defines = (name: string) => {
    const clean = cleanName(name, lexicon);
    if (clean) defined.set(clean, (defined.get(clean) ?? 0) + 1);
  };
  const found: Found = { vote, readerAliases, defines };
  definedTerms(text.slice(0, DEFINITIONS_CHARS), lexicon, found);
  definitionList(text.slice(0, DEFINITIONS_CHARS), lexicon, found);
  const ranked = [...names.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
  const providerNames = expandNames(
    ranked.map(([name]) => name),
    lexicon,
  );
  return {
    providerNames,
    providerLabel: bestDefined(defined, names) ?? labelOf(ranked, lexicon) ?? "the provider",
    providerAliases: providerNames.map((name) => name.toLowerCase().replace(/’/g, "'").split(/\s+/)),
    readerAliases: [...readerAliases],
  };
}

const introducers = new WeakMap<PowerLexicon, RegExp[]>();

function introducerPatterns(lexicon: PowerLexicon): RegExp[] {
  let patterns = introducers.get(lexicon);
  if (!patterns) {
    patterns = lexicon.nameIntroducers.map((phrase) => new RegExp(`\\b${phrase.join("\\s+")}\\s+`, "gi"));
    introducers.set(lexicon, patterns);
  }
  return patterns;
}

/** Where the readers of a document's parties put what they find. */
interface Found {
  /** A candidate name for the provider, with the weight of the evidence. */
  vote: (name: string, weight: number) => void;
  readerAliases: Set<string>;
  /** A short name the document defines for itself. */
  defines: (shortName: string) => void;
}

/** Reads `Name ("Alias", "we", "us")` and `("you", "Member")` parentheses. */
function definedTerms(text: string, lexicon: PowerLexicon, { vote, readerAliases, defines }: Found): void {
  for (const match of text.matchAll(PARENTHESIS)) {
    const inside = match[1]!;
    const quoted = [...inside.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((q) => q.length > 0);
    if (quoted.length === 0) continue;
    const lower = quoted.map((q) => q.toLowerCase());
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    const namedBefore = CAPITALISED_RUN.exec(before)?.[1];
    if (lower.some((q) => lexicon.readerWords.has(q) && (q === "you" || q === "your"))) {
      for (const q of lower)
        if (!lexicon.providerWords.has(q) && q.split(/\s+/).length <= 2) readerAliases.add(q);
      continue;
    }
    const pronoun = lower.some((q) => lexicon.providerWords.has(q));
    const company = lower.some((q) => lexicon.providerNouns.has(q.replace(/^the\s+/, "")));
    // The name being defined: the capitalised words right before, if they are a company's, or the
    // last company name a little earlier (`Flo Health, Inc., a Delaware corporation ("Company")`).
    const candidate =
      namedBefore !== undefined && hasCompanySuffix(namedBefore, lexicon)
        ? namedBefore
        : (companyNameIn(before, lexicon) ?? (pronoun ? namedBefore : undefined));
    const echoesName =
      candidate !== undefined &&
      lower.some((q) => q.length >= 2 && candidate.toLowerCase().startsWith(q.split(/\s+/)[0]!));
    // A company defining a short name near the top ("Acme Bank GmbH ("AB")") is most likely the provider.
    const definesShortName =
      candidate !== undefined && match.index < HEAD_CHARS && hasCompanySuffix(candidate, lexicon);
    if (!pronoun && !echoesName && !(company && candidate !== undefined) && !definesShortName) continue;
    if (candidate) vote(candidate, definesShortName && !pronoun && !echoesName ? 2 : 3);
    // The short name a document defines for itself is the one it uses throughout: the best label.
    for (const q of quoted) {
      if (!lexicon.providerWords.has(q.toLowerCase()) && /^\p{Lu}/u.test(q)) {
        vote(q, 4);
        defines(q);
      }
    }
  }
}

/** A definitions list: "**Google:** Google LLC, a Delaware …", "Developer or You: any person …". */
const DEFINITION_LINE =
  /^[ \t]*[*_]*[ \t]*([\p{Lu}][\p{L}\p{N} .&'’-]{0,40}?)[ \t]*[*_]*[ \t]*:[ \t]*[*_]*[ \t]*(.{0,200})/u;
/** The line terminators of a pattern's `^` and `.`: an entry never crosses one. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function definitionList(text: string, lexicon: PowerLexicon, { vote, readerAliases, defines }: Found): void {
  // Only lines with a colon can be a definitions list entry; most are not, and the pattern,
  // tried at every line start, cost more than the rest of the parties' reading.
  if (!text.includes(":")) return;
  for (const line of text.split(LINE_BREAK)) {
    if (!line.includes(":")) continue;
    const match = DEFINITION_LINE.exec(line);
    if (match === null) continue;
    const term = match[1]!.trim();
    const definition = match[2]!;
    const words = term.toLowerCase().split(/\s+/);
    if (words.includes("you")) {
      for (const word of words)
        if (word !== "you" && word !== "or" && word !== "and") readerAliases.add(word);
      continue;
    }
    const company =
      companyNameIn(definition.split(/[;,]\s+a\s/)[0] + " ", lexicon) ?? leadingCompany(definition, lexicon);
    if (!company || !company.toLowerCase().startsWith(words[0]!)) continue;
    vote(company, 3);
    vote(term, 4);
    defines(term);
  }
}

/** "Google LLC, a Delaware …": the company name at the start of a definition. */
function leadingCompany(definition: string, lexicon: PowerLexicon): string | undefined {
  const words = definition.split(/\s+/);
  const name: string[] = [];
  for (const word of words.slice(0, MAX_NAME_WORDS + 1)) {
    const bare = word.replace(/[,;]$/, "");
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) break;
    name.push(bare);
    if (lexicon.companySuffixes.has(bare.toLowerCase())) return name.join(" ");
    if (word.endsWith(",")) break;
  }
  return undefined;
}

/** The last company name with a corporate suffix in a stretch of text ("Flo Health, Inc."). */
function companyNameIn(text: string, lexicon: PowerLexicon): string | undefined {
  const words = text.split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    const word = words[i]!.toLowerCase().replace(/[,;()]/g, "");
    if (!lexicon.companySuffixes.has(word)) continue;
    const name: string[] = [];
    let k = i - 1;
    for (; k >= 0 && name.length < MAX_NAME_WORDS; k--) {
      const word = words[k]!;
      // A comma or another suffix ends the name: "Amazon Europe Core SARL, Amazon EU SARL".
      if (
        !/^[\p{Lu}\p{N}]/u.test(word) ||
        word.endsWith(",") ||
        lexicon.companySuffixes.has(word.toLowerCase())
      )
        break;
      name.unshift(word);
    }
    // "a Delaware corporation" describes the company; its name stands earlier.
    const article = words[k]?.toLowerCase();
    if (name.length > 0 && article !== "a" && article !== "an") return name.join(" ");
  }
  return undefined;
}

function hasCompanySuffix(name: string, lexicon: PowerLexicon): boolean {
  return name
    .toLowerCase()
    .split(/[\s,]+/)
    .some((word) => lexicon.companySuffixes.has(word));
}

/** "Acme Cloud — Terms of Service" → "Acme Cloud"; nothing when the line is not a title. */
function titleName(line: string, lexicon: PowerLexicon): string | undefined {
  const words = line
    .replace(/^#+\s*/, "")
    .trim()
    .split(/[\s—–|:-]+/)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return undefined;
  const stop = words.findIndex((w) => lexicon.titleStops.has(w.toLowerCase().replace(/[^\p{L}]/gu, "")));
  if (stop <= 0) return undefined;
  const name = words.slice(0, stop);
  if (name.length > MAX_NAME_WORDS || !name.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return undefined;
  return name.join(" ");
}

/**
 * Trims a candidate name to its capitalised words, without leading article, and stops it at the
 * first function word ("ZYNGA MUST BE RESOLVED" is "ZYNGA"). Generic words ("Services", "Site")
 * and addresses are not names.
 */
function cleanName(raw: string, lexicon: PowerLexicon): string | undefined {
  const words = raw
    .replace(/[’]/g, "'")
    .replace(/'s$/, "")
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  while (words.length > 0 && lexicon.notNames.has(words[0]!.toLowerCase())) words.shift();
  if (words.length > 0 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const cut = words.findIndex((w, i) => i > 0 && FUNCTION_WORDS.has(w.toLowerCase()));
  if (cut > 0) words.length = cut;
  while (words.length > 0 && /^(?:of|and|&|de|du)$/i.test(words[words.length - 1]!)) words.pop();
  const kept = words
    .slice(0, MAX_NAME_WORDS)
    .map((w) => w.replace(/[.]+$/, (dots) => (isSuffix(w, lexicon) ? dots : "")));
  const name = kept.join(" ").trim();
  if (name.length < 2 || !/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (kept.some((w) => /^\d+$/.test(w))) return undefined;
  const generic = (w: string) => {
    const lower = w.toLowerCase();
    return lexicon.notNames.has(lower) || lexicon.titleStops.has(lower) || lexicon.providerNouns.has(lower);
  };
  if (generic(kept[0]!) || kept.every(generic)) return undefined;
  return name;
}

/** Words that never stand inside a company's name. */
const FUNCTION_WORDS = new Set(
  "must be by to with who which that is are will shall may can not for in on at from as or if you we our your this these before using any please read carefully".split(
    " ",
  ),
);

function isSuffix(word: string, lexicon: PowerLexicon): boolean {
  return lexicon.companySuffixes.has(word.toLowerCase());
}

/**
 * Every name and its shorter forms: "Acme Online Ltd" also gives "Acme Online" and "Acme";
 * ALL-CAPS names also in title case. Longest first, so the longest match wins.
 */
function expandNames(names: readonly string[], lexicon: PowerLexicon): string[] {
  const all = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    while (words.length > 0 && isSuffix(words[words.length - 1]!, lexicon)) words.pop();
    for (let n = words.length; n >= 1; n--) {
      const prefix = words.slice(0, n);
      if (n === 1 && lexicon.notNames.has(prefix[0]!.toLowerCase())) continue;
      if (n === 1 && prefix[0]!.length < 2) continue;
      all.add(prefix.join(" "));
    }
    all.add(name);
  }
  return [...all].sort((x, y) => y.split(" ").length - x.split(" ").length || y.length - x.length);
}

/** The defined short name used most, weighed by its votes as a name. */
function bestDefined(
  defined: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, number>,
): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [name, count] of defined) {
    const score = count * 10 + (names.get(name) ?? 0);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best && best === best.toUpperCase() && best.length > 4 ? titleCase(best) : best;
}

/**
 * The name for the report: the best-voted name, or a one-word form of it that the document also
 * uses ("Acme" for "Acme Online Ltd"), without a corporate suffix; ALL CAPS in title case.
 */
function labelOf(ranked: ReadonlyArray<[string, number]>, lexicon: PowerLexicon): string | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  const words = top[0].split(/\s+/);
  while (words.length > 1 && isSuffix(words[words.length - 1]!, lexicon)) words.pop();
  const oneWord = ranked.find(
    ([name, votes]) => !name.includes(" ") && name === words[0] && votes >= top[1] / 3,
  );
  const label = oneWord ? oneWord[0] : words.join(" ");
  return label === label.toUpperCase() && label.length > 4 ? titleCase(label) : label;
}

function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

function firstLines(text: string, count: number): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, count);
}
