/**
 * "Your alternatives" on real seeded services: every service of the sector is listed with its grade,
 * and the "no real choice" numbers match a count made here from the stored analyses themselves.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../assess/index.ts";
import { seedSubset, SMALL_SECTOR, type SeededSubset } from "./testing/seed-subset.ts";

let dir: string;
let registry: SeededSubset;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cw-alternatives-"));
  registry = await seedSubset(join(dir, "registry.db"));
});
afterAll(async () => {
  await registry?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Clause types of each service's current agreements, read from the stored analyses, not the profiles. */
async function currentCategories(): Promise<Map<string, Set<string>>> {
  const bySlug = new Map<string, Set<string>>();
  for (const summary of await registry.store.listServices()) {
    const service = (await registry.store.getService(summary.slug))!;
    const categories = new Set<string>();
    for (const document of service.documents) {
      const latest = await registry.store.getVersion(document.latest.id);
      const analysis = JSON.parse(latest!.analysisJson) as Analysis;
      for (const finding of analysis.findings) categories.add(finding.category);
    }
    bySlug.set(summary.slug, categories);
  }
  return bySlug;
}

describe("alternatives of a seeded service", () => {
  it("lists the sector's other services with grades and the no-real-choice numbers, counted independently", async () => {
    const categories = await currentCategories();
    const services = await registry.store.listServices();
    expect(services.length).toBeGreaterThanOrEqual(5);
    for (const service of services) {
      expect(service.sector).toBe(SMALL_SECTOR);
      const response = await registry.app.request(`/services/${service.slug}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      const section = html.slice(html.indexOf('id="alternatives"'), html.indexOf('id="related"'));
      expect(section).toContain("Your alternatives");
      for (const other of services.filter((s) => s.slug !== service.slug)) {
        // Each alternative by name, with its grade beside it.
        expect(section).toMatch(
          new RegExp(
            `href="/services/${other.slug}">[^<]+</a></th><td><span class="grade grade-${other.latestGrade}`,
          ),
        );
      }
      const own = categories.get(service.slug)!;
      const rows = [...section.matchAll(/data-category="(\w+)" data-carrying="(\d+)" data-total="(\d+)"/g)];
      expect(rows.map((r) => r[1]).sort()).toEqual([...own].sort());
      for (const [, category, carrying, total] of rows) {
        const counted = [...categories.values()].filter((set) => set.has(category!)).length;
        expect(Number(carrying), `${service.slug} ${category}`).toBe(counted);
        expect(Number(total)).toBe(services.length);
        const noChoice = counted / services.length >= 0.75;
        const line = section.slice(section.indexOf(`data-category="${category}"`)).split("</li>")[0]!;
        expect(line.includes("no real choice</strong>"), `${service.slug} ${category}`).toBe(noChoice);
      }
    }
  });

  it("credits the archive on a seeded service's page and compares the sector clause type by clause type", async () => {
    const [service] = await registry.store.listServices();
    const html = await (await registry.app.request(`/services/${service!.slug}`)).text();
    expect(html).toContain("Open Terms Archive");
    expect(html).toContain("ODC-BY 1.0");
    expect(html).toMatch(/href="https:\/\/github\.com\/OpenTermsArchive\/[a-z-]+\/blob\/[0-9a-f]{40}\//);
    const sector = await (await registry.app.request("/sectors/privacy-and-security")).text();
    expect(sector).toContain("Services carrying it");
    for (const s of await registry.store.listServices())
      expect(sector).toContain(`href="/services/${s.slug}"`);
  });
});
