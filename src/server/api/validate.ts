/** Turns a zod failure into the API's 400 error, naming the field and what to send instead. */
import type { z } from "zod";
import { CounterweightError } from "../../core/index.ts";

export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new CounterweightError("USAGE", `${what}: ${field}${issue.message}`);
}

/** Parses a JSON request body, refusing anything that is not JSON with a 400 rather than a crash. */
export async function readJson(request: Request, what: string): Promise<unknown> {
  const body = await request.text();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new CounterweightError("USAGE", `${what}: the body is not valid JSON; send a JSON object`);
  }
}
