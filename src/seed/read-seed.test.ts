/** The committed seed: its size, what it holds, its credit, and the errors a damaged one gets. */
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { slugify } from "../store/index.ts";
import { DEFAULT_SEED, parseSeed, readSeed, seedSourceUrl } from "./index.ts";

const sectors = JSON.parse(readFileSync(new URL("../../seed/sectors.json", import.meta.url), "utf8")) as {
  sectors: Record<string, string[]>;
};

describe("the bundled seed", async () => {
  const { seed } = await readSeed();

  it("is at most 15 MB and holds at least 150 services, each in the sector the reviewed mapping gives", () => {
    expect(statSync(DEFAULT_SEED).size).toBeLessThanOrEqual(15 * 1024 * 1024);
    expect(seed.services.length).toBeGreaterThanOrEqual(150);
    const sectorOf = new Map(
      Object.entries(sectors.sectors).flatMap(([s, names]) => names.map((n) => [n, s])),
    );
    for (const service of seed.services)
      expect(sectorOf.get(service.name), service.name).toBe(service.sector);
    expect(new Set(seed.services.map((s) => slugify(s.name))).size).toBe(seed.services.length);
    // Sectors are there to compare: every one has several services.
    const perSector = new Map<string, number>();
    for (const s of seed.services) perSector.set(s.sector, (perSector.get(s.sector) ?? 0) + 1);
    for (const [sector, count] of perSector) expect(count, sector).toBeGreaterThanOrEqual(5);
  });

  it("keeps every version oldest first with its capture date, source and the archive's own document type", () => {
    const types = new Set(seed.services.flatMap((s) => s.documents.map((d) => d.type)));
    expect(types).toContain("Terms of Service");
    expect(types).toContain("Developer Terms");
    for (const service of seed.services) {
      for (const document of service.documents) {
        const dates = document.versions.map((v) => v.capturedAt);
        expect([...dates].sort(), `${service.name} ${document.type}`).toEqual(dates);
      }
    }
    const reddit = seed.services.find((s) => s.name === "Reddit")!;
    const version = reddit.documents[0]!.versions[0]!;
    expect(seedSourceUrl(version)).toMatch(
      /^https:\/\/github\.com\/OpenTermsArchive\/[a-z-]+\/blob\/[0-9a-f]{40}\//,
    );
    expect(seed.source.licence).toBe("ODC-BY 1.0");
    expect(seed.source.repositories.map((r) => r.attribution)).toEqual(
      expect.arrayContaining([
        "Open Terms Archive contributors",
        expect.stringMatching(/^Platform Governance Archive/),
      ]),
    );
  });

  it("refuses a file that is not a seed, or a seed of another format, with a one-line error", () => {
    expect(() => parseSeed(new TextEncoder().encode("hello"), "x.gz")).toThrow(
      expect.objectContaining({ code: "CORRUPT_FILE", message: expect.stringMatching(/^x\.gz: not a gzip/) }),
    );
    const other = gzipSync(JSON.stringify({ format: "counterweight-seed", version: 99 }));
    expect(() => parseSeed(other, "y.gz")).toThrow(expect.objectContaining({ code: "MODEL_MISMATCH" }));
    const broken = gzipSync(JSON.stringify({ ...seed, services: [{ name: "" }] }));
    expect(() => parseSeed(broken, "z.gz")).toThrow(
      expect.objectContaining({ code: "CORRUPT_FILE", message: expect.stringContaining("services.0") }),
    );
  });
});
