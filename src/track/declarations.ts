/**
 * The declarations file of tracked sources: a JSON array of `{ service, documentType, url,
 * selector?, sector? }`. Validated with zod; every problem becomes one line naming the entry
 * (its position and service) and the field, so a long file is quick to fix.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { inputError } from "../core/index.ts";

export const declarationSchema = z
  .object({
    service: z.string().trim().min(1, "give the service's name").max(120),
    documentType: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, "use lower-case letters, digits and dashes, e.g. terms")
      .default("terms"),
    url: z.url({ protocol: /^https?$/, error: "give an http:// or https:// address" }).max(2000),
    /** CSS selector of the main content; only that part is compared and analysed. */
    selector: z
      .string()
      .trim()
      .min(1, "leave it out or give a CSS selector such as main")
      .max(500)
      .optional(),
    sector: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

/** One tracked source. */
export type Declaration = z.output<typeof declarationSchema>;

/**
 * Validates the parsed declarations (an array of entries).
 *
 * @throws CounterweightError (USAGE) naming the entry and field, e.g.
 *   `sources.json: entry 3 (Acme): url: give an http:// or https:// address`.
 */
export function parseDeclarations(value: unknown, name: string): Declaration[] {
  if (!Array.isArray(value)) {
    throw inputError(
      "USAGE",
      name,
      "the declarations must be a JSON array of { service, documentType, url }",
    );
  }
  if (value.length === 0) throw inputError("EMPTY_INPUT", name, "the declarations list no source; add one");
  const declarations = value.map((entry, index) => {
    const parsed = declarationSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw inputError("USAGE", name, `${entryName(entry, index)}: ${field}${issue.message}`);
  });
  // Two entries for one document would record each other's text as alternating versions.
  const seen = new Map<string, number>();
  declarations.forEach((declaration, index) => {
    const key = `${declaration.service.toLowerCase()}\u0000${declaration.documentType}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw inputError(
        "USAGE",
        name,
        `${entryName(declaration, index)}: the same service and document type as entry ${first + 1}; keep one`,
      );
    }
    seen.set(key, index);
  });
  return declarations;
}

/** Reads and validates a declarations file. */
export async function readDeclarations(path: string): Promise<Declaration[]> {
  const text = await readFile(path, "utf8").catch((error: unknown) => {
    throw inputError("NOT_FOUND", path, "cannot read the declarations file; check the path", error);
  });
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw inputError("USAGE", path, `not valid JSON (${detail}); the file must be a JSON array`, error);
  }
  return parseDeclarations(value, path);
}

function entryName(entry: unknown, index: number): string {
  const service = (entry as { service?: unknown } | null)?.service;
  return typeof service === "string" && service.trim()
    ? `entry ${index + 1} (${service.trim().slice(0, 60)})`
    : `entry ${index + 1}`;
}
