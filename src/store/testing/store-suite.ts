/**
 * The one test suite every store backend must pass. A backend's test file calls
 * `runStoreSuite(() => openItsStore())`; each test gets a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../interface.ts";
import { versionFromAnalysis } from "../from-analysis.ts";
import { FAIR_TEXT, fakeAnalysis, oneSidedAnalysis } from "./fake-analysis.ts";

export function runStoreSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const oneSided = (service = "Example Cloud", sector?: string) =>
      versionFromAnalysis(oneSidedAnalysis(), {
        service,
        sector,
        capturedAt: new Date("2026-01-01T00:00:00Z"),
      });
    const fair = (service = "Harbour Co-op") =>
      versionFromAnalysis(fakeAnalysis(FAIR_TEXT), { service, capturedAt: new Date("2026-01-02T00:00:00Z") });

    it("starts empty", async () => {
      expect(await store.countDocuments()).toBe(0);
      expect(await store.listServices()).toEqual([]);
    });

    it("adds a document and reads it back by service and type", async () => {
      const result = await store.addVersion(oneSided());
      expect(result).toMatchObject({
        status: "created",
        serviceSlug: "example-cloud",
        documentType: "terms",
      });
      const version = await store.getLatestVersion("example-cloud", "terms");
      expect(version?.serviceName).toBe("Example Cloud");
      expect(version?.findingsCount).toBe(3);
      expect(JSON.parse(version!.analysisJson).findings).toHaveLength(3);
      expect(JSON.parse(version!.reportJson).schemaVersion).toBeDefined();
      expect(await store.getVersion(result.versionId)).toEqual(version);
      expect(await store.latestVersionId("example-cloud", "terms")).toBe(result.versionId);
      expect(await store.latestVersionId("example-cloud", "privacy")).toBeUndefined();
      expect(await store.hasContent("example-cloud", "terms", version!.contentHash)).toBe(true);
      expect(await store.hasContent("example-cloud", "terms", "0".repeat(64))).toBe(false);
      expect(await store.hasContent("example-cloud", "privacy", version!.contentHash)).toBe(false);
    });

    it("lists every version's content hash, keeps registry facts and changes its revision on writes", async () => {
      expect(await store.versionHashes("example-cloud", "terms")).toEqual([]);
      const before = await store.revision();
      const first = await store.addVersion(oneSided());
      const afterAdd = await store.revision();
      expect(afterAdd).not.toBe(before);
      const changed = versionFromAnalysis(fakeAnalysis(FAIR_TEXT), { service: "Example Cloud" });
      await store.addVersion(changed);
      const older = await store.getVersion(first.versionId);
      expect(await store.versionHashes("example-cloud", "terms")).toEqual([
        older!.contentHash,
        changed.contentHash,
      ]);
      const afterChange = await store.revision();
      expect(afterChange).not.toBe(afterAdd);
      // Revisions of service metadata are timestamps in milliseconds: let one pass.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await store.updateService("example-cloud", { sector: "Cloud storage" });
      expect(await store.revision()).not.toBe(afterChange);
      expect(await store.getMeta("seed")).toBeUndefined();
      await store.setMeta("seed", "abc");
      await store.setMeta("seed", "def");
      expect(await store.getMeta("seed")).toBe("def");
    });

    it("treats identical content as a no-op and changed content as a new version", async () => {
      const first = await store.addVersion(oneSided());
      expect((await store.addVersion(oneSided())).status).toBe("unchanged");
      const changed = versionFromAnalysis(fakeAnalysis(FAIR_TEXT), { service: "Example Cloud" });
      const second = await store.addVersion(changed);
      expect(second.status).toBe("changed");
      expect(second.versionId).not.toBe(first.versionId);
      const service = await store.getService("example-cloud");
      expect(service?.documents).toHaveLength(1);
      expect(service?.documents[0]!.versions.map((v) => v.id)).toEqual([second.versionId, first.versionId]);
      expect((await store.recentlyChanged(10)).map((d) => d.serviceSlug)).toEqual(["example-cloud"]);
      expect(await store.countDocuments()).toBe(1);
    });

    it("lists services A–Z with their worst latest grade", async () => {
      const zeta = oneSided("zeta");
      await store.addVersion(zeta);
      await store.addVersion(fair("Alpha"));
      const services = await store.listServices();
      expect(services.map((s) => s.name)).toEqual(["Alpha", "zeta"]);
      expect(services[0]!.latestGrade).toBe("A");
      expect(services[1]!.latestGrade).toBe(zeta.grade);
      expect(services[1]!.documentCount).toBe(1);
    });

    it("builds category profiles over latest versions", async () => {
      await store.addVersion(oneSided("Example Cloud", "Storage"));
      await store.addVersion(fair());
      const profiles = await store.categoryProfiles();
      const example = profiles.find((p) => p.serviceSlug === "example-cloud");
      expect(example).toMatchObject({ sector: "Storage", counts: { a: 1, ter: 1, ltd: 1 } });
      expect(example?.clearlyUnfair.ltd ?? 0).toBe(0);
      expect(profiles.find((p) => p.serviceSlug === "harbour-co-op")?.counts).toEqual({});
    });

    it("lists findings with their text, filtered by category", async () => {
      await store.addVersion(oneSided());
      const arbitration = await store.findings({ category: "a" });
      expect(arbitration).toHaveLength(1);
      expect(arbitration[0]!.text).toBe(
        "All disputes shall be resolved by binding arbitration and you waive any class action.",
      );
      expect(await store.findings()).toHaveLength(3);
    });

    it("searches clause text by word prefix and reports match offsets", async () => {
      await store.addVersion(oneSided());
      const result = await store.search("ARBITRAT");
      expect(result.passages).toHaveLength(1);
      const hit = result.passages[0]!;
      expect(hit.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual(["arbitration"]);
      expect(hit.serviceSlug).toBe("example-cloud");
      expect((await store.search("example")).services.map((s) => s.slug)).toEqual(["example-cloud"]);
    });

    it("never lets a query become search syntax", async () => {
      await store.addVersion(oneSided());
      for (const hostile of ['"', "NEAR(", "a OR b*", "'; DROP TABLE services; --", "^*:-", ""]) {
        await expect(store.search(hostile)).resolves.toBeDefined();
      }
      expect(await store.countDocuments()).toBe(1);
    });

    it("searches only the current text of a document", async () => {
      await store.addVersion(oneSided());
      await store.addVersion(versionFromAnalysis(fakeAnalysis(FAIR_TEXT), { service: "Example Cloud" }));
      expect((await store.search("arbitration")).passages).toEqual([]);
      expect((await store.search("thirty days")).passages).toHaveLength(1);
    });

    it("updates service metadata and keeps the slug", async () => {
      await store.addVersion(oneSided());
      const updated = await store.updateService("example-cloud", {
        name: "Example",
        sector: "Cloud storage",
      });
      expect(updated).toMatchObject({ slug: "example-cloud", name: "Example", sector: "Cloud storage" });
      expect(await store.updateService("missing", { name: "x" })).toBeUndefined();
    });

    it("deletes a service with everything under it", async () => {
      await store.addVersion(oneSided());
      await store.addVersion(fair());
      expect(await store.deleteService("example-cloud")).toBe(true);
      expect(await store.deleteService("example-cloud")).toBe(false);
      expect(await store.getLatestVersion("example-cloud", "terms")).toBeUndefined();
      expect((await store.search("arbitration")).passages).toEqual([]);
      expect(await store.findings()).toEqual([]);
      expect(await store.countDocuments()).toBe(1);
    });

    it("counts views per page per hour and ranks the past day", async () => {
      const now = new Date("2026-03-01T12:30:00Z");
      const earlier = new Date("2026-03-01T11:10:00Z");
      const lastWeek = new Date("2026-02-20T12:00:00Z");
      await store.recordView("/services/a", now);
      await store.recordView("/services/a", earlier);
      await store.recordView("/services/b", now);
      await store.recordView("/services/d", earlier, 3);
      for (let i = 0; i < 5; i++) await store.recordView("/services/c", lastWeek);
      await store.recordView("/search", now);
      const since = new Date(now.getTime() - 24 * 3_600_000);
      expect(await store.mostViewed({ since, limit: 10, prefix: "/services/" })).toEqual([
        { path: "/services/d", views: 3 },
        { path: "/services/a", views: 2 },
        { path: "/services/b", views: 1 },
      ]);
      expect(await store.mostViewed({ since, limit: 1 })).toEqual([{ path: "/services/d", views: 3 }]);
    });

    it("lists documents newest first", async () => {
      await store.addVersion(oneSided());
      await store.addVersion(fair());
      const documents = await store.listDocuments();
      expect(documents.map((d) => d.serviceSlug)).toEqual(["harbour-co-op", "example-cloud"]);
      expect(await store.listDocuments({ limit: 1, offset: 1 })).toHaveLength(1);
    });
  });
}
