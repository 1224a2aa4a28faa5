import { describe, expect, it } from "vitest";
import { openStore, versionFromAnalysis } from "../index.ts";
import { ONE_SIDED_TEXT, fakeAnalysis, oneSidedAnalysis } from "../testing/fake-analysis.ts";
import { runStoreSuite } from "../testing/store-suite.ts";
import { openTestPostgresStore, reachableTestDatabase } from "./test-database.ts";

const url = await reachableTestDatabase();

if (url) {
  runStoreSuite("postgresql", () => openTestPostgresStore(url));

  describe("postgresql under concurrent writers", () => {
    it("adds versions of new services from many connections without losing or doubling any", async () => {
      const store = await openTestPostgresStore(url);
      try {
        // Open every pooled connection first, so the writers below really run side by side.
        await Promise.all(Array.from({ length: 4 }, () => store.countDocuments()));
        const services = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
        const versions = services.flatMap((service) =>
          Array.from({ length: 6 }, (_, i) =>
            versionFromAnalysis(fakeAnalysis(`${ONE_SIDED_TEXT}\nRevision ${i}.`), {
              service,
              documentType: i % 2 ? "terms" : "privacy",
            }),
          ),
        );
        // Every writer of a new service finds it missing and would create it.
        const results = await Promise.all(versions.map((v) => store.addVersion(v)));
        expect(results.filter((r) => r.status === "created")).toHaveLength(12);
        expect(results.filter((r) => r.status === "changed")).toHaveLength(24);
        // The same text from six writers at once is written once.
        const same = versionFromAnalysis(oneSidedAnalysis(), { service: "Alpha", documentType: "sla" });
        const repeats = await Promise.all(Array.from({ length: 6 }, () => store.addVersion(same)));
        expect(repeats.filter((r) => r.status === "created")).toHaveLength(1);
        const alpha = await store.getService("alpha");
        expect(alpha?.documents.map((d) => d.versionCount)).toEqual([3, 1, 3]);
        // Only the latest version of each document stays searchable.
        expect((await store.search("revision")).passages).toHaveLength(12);
      } finally {
        await store.close();
      }
    });
  });
}

describe("openStore with a PostgreSQL URL", () => {
  it("fails with a one-line error that hides the password when the server is unreachable", async () => {
    const attempt = openStore("postgres://user:secret@127.0.0.1:1/registry");
    await expect(attempt).rejects.toMatchObject({ code: "UNREADABLE", mayBeTransient: true });
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
