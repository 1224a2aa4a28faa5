import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../index.ts";
import { runStoreSuite } from "../testing/store-suite.ts";

runStoreSuite("sqlite in memory", () => openStore(":memory:"));

describe("sqlite file store", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-store-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the folder, migrates once and keeps data across opens", async () => {
    const path = join(dir, "nested", "registry.db");
    const first = await openStore(`sqlite:${path}`);
    await first.recordView("/x");
    await first.close();
    const second = await openStore(path);
    expect(await second.mostViewed({ since: new Date(0), limit: 5 })).toEqual([{ path: "/x", views: 1 }]);
    await second.close();
  });
});
