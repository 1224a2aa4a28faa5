/** Request shapes of the HTTP API, validated with zod; the OpenAPI document is built from the same schemas. */
import { z } from "zod";
import { FINDING_CATEGORIES } from "../../core/index.ts";
import { contextSchema } from "../power-context.ts";

export const analyzeJsonSchema = z
  .object({
    text: z.string().min(1, "text is empty; send the agreement's text"),
    /** A name for the input, used in messages and the report. */
    name: z.string().max(200).optional(),
    context: contextSchema.optional(),
  })
  .strict();

export const importDocumentSchema = z
  .object({
    service: z.string().trim().min(1).max(120),
    text: z.string().min(1),
    sector: z.string().trim().min(1).max(80).optional(),
    url: z.url().max(2000).optional(),
    documentType: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, "documentType: use lower-case letters, digits and dashes, e.g. terms")
      .optional(),
    name: z.string().max(200).optional(),
  })
  .strict();

export const servicePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    sector: z.string().trim().min(1).max(80).nullable().optional(),
    url: z.url().max(2000).nullable().optional(),
  })
  .strict();

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const findingsQuerySchema = pageQuerySchema.extend({
  category: z.enum(FINDING_CATEGORIES).optional(),
});

export const searchQuerySchema = z.object({
  q: z.string().min(1, "q is empty; give words to search for").max(200),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
