/** Reads the committed seed file: gunzip, parse, check its format; one-line errors for a bad file. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { CounterweightError, inputError } from "../core/index.ts";
import { SEED_FORMAT, SEED_VERSION, seedSchema, type Seed } from "./format.ts";

/** The seed in the repository, built by `npm run build:seed`. */
export const DEFAULT_SEED = fileURLToPath(new URL("../../seed/open-terms-archive.json.gz", import.meta.url));

export interface LoadedSeed {
  seed: Seed;
  /** SHA-256 of the compressed file: the registry records it once the whole seed is imported. */
  digest: string;
}

/** Parses seed bytes (gzip-compressed JSON). `name` names the file in messages. */
export function parseSeed(bytes: Uint8Array, name: string): LoadedSeed {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(bytes).toString("utf8"));
  } catch (error) {
    throw inputError(
      "CORRUPT_FILE",
      name,
      "not a gzip-compressed JSON seed; rebuild it with npm run build:seed",
      error,
    );
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format !== SEED_FORMAT || head.version !== SEED_VERSION) {
    throw new CounterweightError(
      "MODEL_MISMATCH",
      `${name}: seed format ${String(head?.format)} version ${String(head?.version)}, expected ${SEED_FORMAT} version ${SEED_VERSION}; rebuild it with npm run build:seed`,
    );
  }
  const parsed = seedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw inputError(
      "CORRUPT_FILE",
      name,
      `seed field ${issue.path.join(".")} is not valid (${issue.message}); rebuild it with npm run build:seed`,
    );
  }
  return { seed: parsed.data, digest: createHash("sha256").update(bytes).digest("hex") };
}

export async function readSeed(path: string = DEFAULT_SEED): Promise<LoadedSeed> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw inputError(
      "NOT_FOUND",
      path,
      "seed file not found; check the path or rebuild it with npm run build:seed",
      error,
    );
  });
  return parseSeed(bytes, path);
}
