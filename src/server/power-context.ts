/** The power context as it arrives in a query string, a form or JSON: validated once, here. */
import { z } from "zod";
import { DEFAULT_POWER_CONTEXT, type PowerContext } from "../assess/index.ts";
import { CounterweightError } from "../core/index.ts";

const yesNo = z.union([
  z.boolean(),
  z.enum(["yes", "no", "true", "false"]).transform((v) => v === "yes" || v === "true"),
]);

export const contextSchema = z
  .object({
    party: z.enum(["consumer", "worker", "business"]).optional(),
    negotiable: yesNo.optional(),
    alternatives: z.enum(["none", "few", "many"]).optional(),
  })
  .strict();

/** Reads the context fields from a flat record (query, form); empty values mean "default". */
export function parseContext(fields: Record<string, unknown>): PowerContext {
  const present = Object.fromEntries(
    ["party", "negotiable", "alternatives"]
      .map((key) => [key, fields[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = contextSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CounterweightError(
      "USAGE",
      `context: ${issue.path.join(".")} is not valid; use party=consumer|worker|business, negotiable=yes|no, alternatives=none|few|many`,
    );
  }
  return { ...DEFAULT_POWER_CONTEXT, ...stripUndefined(parsed.data) };
}

/**
 * The reader a stored document is written for, from its type: developer, partner, seller,
 * advertiser or business terms are read by a business, so the report checks the safeguards a
 * platform owes it; a driver's, courier's or creator's by a worker. "Commercial Terms" stay a
 * consumer's: in the archive they are mostly a shop's terms of sale.
 */
export function partyForDocumentType(documentType: string): PowerContext["party"] {
  if (/\b(driver|courier|rider|creator|host|freelanc\w*|tasker|worker)s?\b/i.test(documentType))
    return "worker";
  if (
    /\b(developer|partner|seller|merchant|advertis\w*|publisher|business|vendor|supplier|api)s?\b/i.test(
      documentType,
    )
  )
    return "business";
  return "consumer";
}

/** The context of a stored document's page: the query's, with the document type's reader as the default party. */
export function storedDocumentContext(query: Record<string, unknown>, documentType: string): PowerContext {
  return parseContext({ party: partyForDocumentType(documentType), ...query });
}

export function isDefaultContext(context: PowerContext): boolean {
  return (
    context.party === DEFAULT_POWER_CONTEXT.party &&
    context.negotiable === DEFAULT_POWER_CONTEXT.negotiable &&
    context.alternatives === DEFAULT_POWER_CONTEXT.alternatives
  );
}

export function contextKey(context: PowerContext): string {
  return `${context.party}|${context.negotiable ? "yes" : "no"}|${context.alternatives}`;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
