/**
 * "Who holds the power", in words: the power analysis' statements of a finding as one sentence a
 * reader can check against the clause ("Acme may suspend or terminate your account, for any
 * reason, without notice; you may close your account at any time.").
 */
import type { Finding, PowerModality, PowerStatement } from "../core/index.ts";
import { ANY_REASON, NOTICE_PERIOD, STATED_BREACH, WITHOUT_NOTICE } from "../power/index.ts";

const MODAL: Record<PowerModality, string> = {
  permission: "may",
  obligation: "will",
  prohibition: "may not",
  negation: "will not",
};

/** How far past a statement its qualifiers are read ("… at any time, for any reason."). */
const QUALIFIER_REACH = 220;

/** The sentence for a finding, or undefined when the power analysis found no statement about it. */
export function powerSummary(text: string, finding: Finding): string | undefined {
  const statements = finding.power.statements;
  if (statements.length === 0) return undefined;
  const provider = finding.power.provider ?? "the provider";
  const shown =
    finding.category === "ltd"
      ? liabilityWords(statements, provider)
      : powerWords(text, statements, provider);
  if (shown.length === 0) return undefined;
  return `Who holds the power: ${capitalise(shown.join("; "))}.`;
}

/** At most this many statements of the clause's own, and of the other party's, are described. */
const MAX_OWN = 2;
const MAX_COUNTER = 1;

function powerWords(text: string, statements: readonly PowerStatement[], provider: string): string[] {
  const own: string[] = [];
  const counter: string[] = [];
  const seen = new Set<string>();
  // The most one-sided of the provider's statements first: that is the power the reader faces.
  const ordered = statements
    .map((statement, index) => ({ statement, index, weight: severity(qualifiersOf(text, statement)) }))
    .sort((x, y) => y.weight - x.weight || x.index - y.index)
    .map((entry) => entry.statement);
  for (const statement of ordered) {
    // "… will do so" repeats an action already described.
    if (/^do\b/i.test(statement.action)) continue;
    const key = `${statement.actor}:${statement.modality}:${statement.action.toLowerCase()}:${statement.object.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const side = statement.actor === "reader" || statement.actor === "both" ? counter : own;
    if (side.length < (side === own ? MAX_OWN : MAX_COUNTER)) side.push(describe(text, statement, provider));
  }
  return [...own, ...counter];
}

/** Liability is not a power to use but one to escape: say who escapes it. */
function liabilityWords(statements: readonly PowerStatement[], provider: string): string[] {
  const negated = statements.filter((s) => s.modality === "negation" || s.modality === "prohibition");
  if (negated.some((s) => s.actor === "both")) return ["the exclusion applies to both parties"];
  if (negated.some((s) => s.actor === "provider" || s.actor === "unnamed"))
    return [`${provider} excludes or limits its own liability; you carry the loss`];
  return [];
}

function describe(text: string, statement: PowerStatement, provider: string): string {
  const qualifiers = qualifiersOf(text, statement);
  const tail = qualifiers.length > 0 ? `, ${qualifiers.join(", ")}` : "";
  if (statement.actor === "unnamed") {
    const quoted = clean(text.slice(statement.start, statement.end));
    return `${lowerFirst(quoted)} (by ${provider}: the sentence names nobody else)${tail}`;
  }
  const who = { provider, reader: "you", both: "either party" }[statement.actor];
  const object = statement.object.length > 0 ? statement.object : objectAfter(text, statement.end);
  const what = [statement.action, thirdPerson(object, statement.actor)].filter((w) => w.length > 0).join(" ");
  return `${who} ${MODAL[statement.modality]} ${clean(what)}${tail}`;
}

function severity(qualifiers: readonly string[]): number {
  let weight = 0;
  for (const q of qualifiers)
    weight += q === "for any reason" || q === "without notice" ? 2 : q === "at any time" ? 1 : 0;
  return weight;
}

/** What the sentence says about how the power may be used. */
function qualifiersOf(text: string, statement: PowerStatement): string[] {
  const end = sentenceEnd(text, statement.end);
  const around = text.slice(statement.start, end);
  const found: string[] = [];
  if (ANY_REASON.test(around)) found.push("for any reason");
  if (WITHOUT_NOTICE.test(around)) found.push("without notice");
  else if (NOTICE_PERIOD.test(around)) found.push("with advance notice");
  if (!ANY_REASON.test(around) && STATED_BREACH.test(around)) found.push("for a stated reason");
  if (/\bat any time\b/i.test(around)) found.push("at any time");
  return found;
}

/** The words right after an action the analysis found no object for ("discontinue | the Service, …"). */
function objectAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 80);
  const words = /^\s+((?:the|your|our|its|any|all|this|these)\s+[\w-]+(?:\s+[\w-]+)?)/i.exec(rest)?.[1] ?? "";
  return words.replace(/\s+(?:at|for|with|without|if|in|on|to|and|or)$/i, "");
}

/** The provider's own words in the third person: "change our fees" → "change its fees". */
function thirdPerson(words: string, actor: PowerStatement["actor"]): string {
  if (actor !== "provider" && actor !== "unnamed") return words;
  return words
    .replace(/\bour\b/g, "its")
    .replace(/\bOur\b/g, "Its")
    .replace(/\bus\b/g, "it");
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + QUALIFIER_REACH);
  for (let i = from; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 46 /* . */ || ch === 59 /* ; */ || ch === 10 /* \n */) return i;
  }
  return limit;
}

function clean(words: string): string {
  return words.replace(/\s+/g, " ").trim();
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function lowerFirst(words: string): string {
  // "Your account may be suspended" reads on after a semicolon as "your account may be suspended".
  return /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
