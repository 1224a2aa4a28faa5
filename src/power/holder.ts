/**
 * Who holds a power in a sentence, for one topic: the decision the classifier's power rule and the
 * report's "who holds the power" both read.
 */
import type { PowerActor, PowerHolder, PowerStatement, PowerTopic } from "./types.ts";

const PROVIDER_SIDE: ReadonlySet<PowerActor> = new Set(["provider", "unnamed"]);

/** The statements of a sentence about one topic. */
export function statementsAbout(statements: readonly PowerStatement[], topic: PowerTopic): PowerStatement[] {
  return statements.filter((s) => s.topics.includes(topic));
}

/** Who holds the power over `topic` in a sentence, from its statements. */
export function powerHolder(statements: readonly PowerStatement[], topic: PowerTopic): PowerHolder {
  let both = false;
  let reader = false;
  let denied = false;
  for (const statement of statements) {
    if (!statement.topics.includes(topic)) continue;
    const grants = statement.modality === "permission" || statement.modality === "obligation";
    if (grants || statement.excepted) {
      if (PROVIDER_SIDE.has(statement.actor)) return "provider";
      if (statement.actor === "both") both = true;
      else if (statement.actor === "reader") reader = true;
    } else if (statement.modality === "negation") {
      // "Neither party shall be liable": a term for both sides, not a promise by the provider.
      if (statement.actor === "both") both = true;
      else denied = true;
    }
  }
  if (both) return "both";
  if (reader) return "reader";
  return denied ? "denied" : "none";
}
