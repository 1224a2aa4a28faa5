/**
 * The OpenAPI 3.1 description of the JSON API. Request bodies come from the same zod schemas the
 * routes validate with (OpenAPI 3.1 uses JSON Schema 2020-12, which `z.toJSONSchema` emits).
 */
import { z } from "zod";
import { FINDING_CATEGORIES } from "../core/index.ts";
import { analyzeJsonSchema, importDocumentSchema, servicePatchSchema } from "./api/schemas.ts";

function bodySchema(schema: z.ZodType) {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return json;
}

const error = { $ref: "#/components/schemas/Error" };
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: error } },
});
const json = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});
const param = (
  name: string,
  where: "path" | "query",
  schema: object,
  description: string,
  required = where === "path",
) => ({
  name,
  in: where,
  required,
  description,
  schema,
});
const slug = param("slug", "path", { type: "string" }, "The service's slug, e.g. uber");
const contextParams = [
  param(
    "party",
    "query",
    { type: "string", enum: ["consumer", "worker", "business"] },
    "Who reads the agreement",
  ),
  param("negotiable", "query", { type: "string", enum: ["yes", "no"] }, "Can the reader negotiate"),
  param(
    "alternatives",
    "query",
    { type: "string", enum: ["none", "few", "many"] },
    "Real alternatives the reader has",
  ),
];
const paging = [
  param("limit", "query", { type: "integer", minimum: 1, maximum: 500, default: 50 }, "Page size"),
  param("offset", "query", { type: "integer", minimum: 0, default: 0 }, "Rows to skip"),
];
const admin = [{ adminToken: [] }];

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Counterweight registry API",
      version: "1.0.0",
      description:
        'Analyse agreements and read the registry of analysed services. Reads are public; writes need the admin token. Errors are `{"error":{"code","message"}}` with a stable code.',
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/analyze": {
        post: {
          operationId: "analyze",
          summary: "Analyse a text or an uploaded file and return the report JSON (nothing is stored)",
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: bodySchema(analyzeJsonSchema) },
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file"],
                  properties: {
                    file: {
                      type: "string",
                      format: "binary",
                      description: "PDF, DOCX, HTML, Markdown, text or corpus XML",
                    },
                    party: { type: "string", enum: ["consumer", "worker", "business"] },
                    negotiable: { type: "string", enum: ["yes", "no"] },
                    alternatives: { type: "string", enum: ["none", "few", "many"] },
                  },
                },
              },
            },
          },
          responses: {
            "200": json("The report (schema: docs/report.schema.json)", {
              $ref: "#/components/schemas/Report",
            }),
            "400": errorResponse("Invalid JSON or a field that does not match the schema"),
            "413": errorResponse("Body or text over the size limit"),
            "415": errorResponse("Content type or file format not supported"),
            "422": errorResponse("A file that cannot be read (damaged, empty, undecodable)"),
          },
        },
      },
      "/api/services": {
        get: { operationId: "listServices", summary: "Services A–Z", responses: { "200": json("Services") } },
      },
      "/api/services/{slug}": {
        get: {
          operationId: "getService",
          summary: "A service with its documents, grade history and related services",
          parameters: [slug],
          responses: { "200": json("The service"), "404": errorResponse("No such service") },
        },
        patch: {
          operationId: "updateService",
          summary: "Change a service's name, sector or URL",
          security: admin,
          parameters: [slug],
          requestBody: {
            required: true,
            content: { "application/json": { schema: bodySchema(servicePatchSchema) } },
          },
          responses: {
            "200": json("The updated service"),
            "400": errorResponse("Invalid body"),
            "401": errorResponse("Missing or wrong admin token"),
            "404": errorResponse("No such service"),
          },
        },
        delete: {
          operationId: "deleteService",
          summary: "Delete a service with all its documents and versions",
          security: admin,
          parameters: [slug],
          responses: {
            "204": { description: "Deleted" },
            "401": errorResponse("Missing or wrong admin token"),
            "404": errorResponse("No such service"),
          },
        },
      },
      "/api/services/{slug}/documents/{type}": {
        get: {
          operationId: "getReport",
          summary: "The report JSON of a service's document (latest version), for a reader context",
          parameters: [
            slug,
            param("type", "path", { type: "string" }, "Document type, e.g. terms"),
            ...contextParams,
          ],
          responses: {
            "200": json("The report", { $ref: "#/components/schemas/Report" }),
            "400": errorResponse("Invalid context"),
            "404": errorResponse("No such document"),
          },
        },
      },
      "/api/services/{slug}/documents/{type}/versions": {
        get: {
          operationId: "listVersions",
          summary: "A document's versions, newest first, with links to each report and to what changed",
          parameters: [slug, param("type", "path", { type: "string" }, "Document type, e.g. terms")],
          responses: { "200": json("The versions"), "404": errorResponse("No such document") },
        },
      },
      "/api/services/{slug}/documents/{type}/diff": {
        get: {
          operationId: "diffVersions",
          summary:
            "What changed between two versions: aligned clauses, word changes, finding deltas, grade change (docs/diff-schema.md)",
          parameters: [
            slug,
            param("type", "path", { type: "string" }, "Document type, e.g. terms"),
            param(
              "from",
              "query",
              { type: "integer", minimum: 1 },
              "The older version's id (default: the version before `to`)",
            ),
            param(
              "to",
              "query",
              { type: "integer", minimum: 1 },
              "The newer version's id (default: the latest)",
            ),
          ],
          responses: {
            "200": json("The diff", { $ref: "#/components/schemas/Diff" }),
            "400": errorResponse("Invalid version ids"),
            "404": errorResponse("No such document or version, or no earlier version to compare with"),
          },
        },
      },
      "/api/documents": {
        get: {
          operationId: "listDocuments",
          summary: "Documents, newest capture first",
          parameters: paging,
          responses: { "200": json("Documents"), "400": errorResponse("Invalid paging") },
        },
        post: {
          operationId: "importDocument",
          summary: "Analyse a text and add it to the registry (identical text is a no-op)",
          security: admin,
          requestBody: {
            required: true,
            content: { "application/json": { schema: bodySchema(importDocumentSchema) } },
          },
          responses: {
            "200": json("Unchanged: identical to the latest version"),
            "201": json("Created or changed"),
            "400": errorResponse("Invalid body"),
            "401": errorResponse("Missing or wrong admin token"),
          },
        },
      },
      "/api/findings": {
        get: {
          operationId: "listFindings",
          summary: "One-sided clauses in the current versions, optionally of one category",
          parameters: [
            param("category", "query", { type: "string", enum: [...FINDING_CATEGORIES] }, "Category code"),
            ...paging,
          ],
          responses: { "200": json("Findings"), "400": errorResponse("Invalid category or paging") },
        },
      },
      "/api/search": {
        get: {
          operationId: "search",
          summary: "Services and clauses holding every word of the query, with match offsets",
          parameters: [
            param("q", "query", { type: "string", minLength: 1, maxLength: 200 }, "Words to find", true),
            param(
              "limit",
              "query",
              { type: "integer", minimum: 1, maximum: 200, default: 50 },
              "Most clauses to return",
            ),
          ],
          responses: { "200": json("Matching services and passages"), "400": errorResponse("Empty query") },
        },
      },
    },
    components: {
      securitySchemes: {
        adminToken: { type: "http", scheme: "bearer", description: "COUNTERWEIGHT_ADMIN_TOKEN" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", description: "Stable code, e.g. TOO_LARGE" },
                message: { type: "string" },
              },
            },
          },
        },
        Diff: {
          type: "object",
          required: ["schemaVersion", "older", "newer", "grade", "clauses", "findingDeltas", "summary"],
          properties: {
            schemaVersion: { type: "string" },
            older: { type: "object" },
            newer: { type: "object" },
            grade: { type: "object" },
            counts: { type: "object" },
            clauses: { type: "array", items: { type: "object" } },
            moves: { type: "array", items: { type: "object" } },
            findingDeltas: { type: "array", items: { type: "object" } },
            summary: { type: "array", items: { type: "string" } },
          },
        },
        Report: {
          type: "object",
          required: ["schemaVersion", "document", "findings", "assessment"],
          properties: {
            schemaVersion: { type: "string" },
            document: { type: "object" },
            findings: { type: "array", items: { type: "object" } },
            assessment: { type: "object" },
          },
        },
      },
    },
  };
}
