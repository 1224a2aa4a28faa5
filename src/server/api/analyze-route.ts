/** POST /api/analyze: a JSON body `{ text, context? }` or a multipart upload → the report JSON. Never stored. */
import { Hono } from "hono";
import { CounterweightError, utf8Bytes } from "../../core/index.ts";
import type { AppDeps } from "../deps.ts";
import { apiError, errorBody } from "../http-errors.ts";
import { parseContext } from "../power-context.ts";
import { analyzeJsonSchema } from "./schemas.ts";
import { readJson, validate } from "./validate.ts";

export function apiAnalyzeRoute(deps: AppDeps): Hono {
  const app = new Hono();
  app.post("/analyze", async (c) => {
    const type = (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type === "application/json") {
      const input = validate(analyzeJsonSchema, await readJson(c.req.raw, "request"), "request");
      const json = await deps.analyses.report(utf8Bytes(input.text), input.name ?? "request text", {
        context: parseContext(input.context ?? {}),
        limits: deps.limits,
        extensionHint: "txt",
        signal: c.req.raw.signal,
      });
      return c.body(json, 200, { "Content-Type": "application/json" });
    }
    if (type === "multipart/form-data") {
      const form = await c.req.parseBody().catch((error: unknown) => {
        throw new CounterweightError(
          "USAGE",
          "request: the multipart body cannot be read; send a file field named file",
          {
            cause: error,
          },
        );
      });
      const file = form.file;
      if (!(file instanceof File)) {
        throw new CounterweightError(
          "USAGE",
          "request: no file field; send the agreement as a multipart field named file",
        );
      }
      const json = await deps.analyses.report(
        new Uint8Array(await file.arrayBuffer()),
        file.name || "upload",
        {
          context: parseContext(form),
          limits: deps.limits,
          signal: c.req.raw.signal,
        },
      );
      return c.body(json, 200, { "Content-Type": "application/json" });
    }
    throw new CounterweightError(
      "UNSUPPORTED_TYPE",
      `request: Content-Type ${type || "(none)"} is not accepted; send application/json or multipart/form-data`,
    );
  });
  app.all("/analyze", (c) =>
    c.json(
      errorBody(
        apiError(
          405,
          "METHOD_NOT_ALLOWED",
          "/api/analyze only accepts POST; send the text or file in the body",
        ),
      ),
      405,
      { Allow: "POST" },
    ),
  );
  return app;
}
