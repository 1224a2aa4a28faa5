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
  const parts = dedupe(statements.map((s) => describe(text, s, provider)));
  const joined = parts.join("; ");
  return `Who holds the power: ${capitalise(joined)}.`;
}

function describe(text: string, statement: PowerStatement, provider: string): string {
  const qualifiers = qualifiersOf(text, statement);
  const tail = qualifiers.length > 0 ? `, ${qualifiers.join(", ")}` : "";
  if (statement.actor === "unnamed") {
    const quoted = clean(text.slice(statement.start, statement.end));
    return `${lowerFirst(quoted)} (by ${provider}: the sentence names nobody else)${tail}`;
  }
  const who = { provider, reader: "you", both: "either party" }[statement.actor];
  const what = [statement.action, statement.object].filter((w) => w.length > 0).join(" ");
  return `${who} ${MODAL[statement.modality]} ${clean(what)}${tail}`;
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

function dedupe(parts: readonly string[]): string[] {
  return [...new Set(parts)];
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function lowerFirst(words: string): string {
  // "Your account may be suspended" reads on after a semicolon as "your account may be suspended".
  return /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
