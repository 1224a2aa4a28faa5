import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { inputError } from "../core/index.ts";

/**
 * Writes a report file atomically: a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written report where a complete one is expected.
 */
export async function writeOutputFile(path: string, content: string): Promise<void> {
  const folder = dirname(path);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw inputError("UNREADABLE", path, "cannot create the output folder; choose another --out path", error);
  }
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw inputError(
      "UNREADABLE",
      path,
      "cannot write the output file; check the --out path and its permissions",
      error,
    );
  }
}
