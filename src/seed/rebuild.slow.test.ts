/**
 * The committed seed is what `npm run build:seed` makes of ../shared/corpora/open-terms-archive,
 * byte for byte. Skipped when the corpus folder is absent (a clone without ../shared).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CORPUS = new URL("../../../shared/corpora/open-terms-archive/manifest.csv", import.meta.url);
const ROOT = new URL("../../", import.meta.url);

describe.skipIf(!existsSync(CORPUS))("npm run build:seed", () => {
  it("rebuilds the committed seed byte for byte", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/build-seed.ts", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toMatch(/^seed is current: \d+ services, \d+ versions/);
  }, 120_000);
});
