import { describe, expect, it } from "vitest";
import { openStore } from "../store/index.ts";
import { viewCounter } from "./view-counter.ts";

describe("viewCounter", () => {
  it("gathers views in memory and writes one row update per page on flush", async () => {
    const store = await openStore(":memory:");
    let writes = 0;
    const counting = {
      ...store,
      recordView: (...args: Parameters<typeof store.recordView>) => (writes++, store.recordView(...args)),
    };
    const views = viewCounter(counting, 60_000);
    for (let i = 0; i < 5; i++) views.count("/services/a");
    views.count("/services/b");
    expect(writes).toBe(0);
    await views.flush();
    expect(writes).toBe(2);
    expect(await store.mostViewed({ since: new Date(Date.now() - 3_600_000), limit: 5 })).toEqual([
      { path: "/services/a", views: 5 },
      { path: "/services/b", views: 1 },
    ]);
    await store.close();
  });
});
