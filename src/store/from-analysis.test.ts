import { describe, expect, it } from "vitest";
import { contentHash, serviceNameFromFile, versionFromAnalysis } from "./index.ts";
import { oneSidedAnalysis } from "./testing/fake-analysis.ts";

describe("serviceNameFromFile", () => {
  it("names a service after its file", () => {
    expect(serviceNameFromFile("Uber.xml")).toBe("Uber");
    expect(serviceNameFromFile("Electronic_Arts.xml")).toBe("Electronic Arts");
    expect(serviceNameFromFile("driftwood-terms.md")).toBe("Driftwood");
    expect(serviceNameFromFile("harbour-coop-terms.md")).toBe("Harbour Coop");
    expect(serviceNameFromFile("TikTok.xml")).toBe("TikTok");
    expect(serviceNameFromFile("terms.pdf")).toBe("Terms");
  });
});

describe("versionFromAnalysis", () => {
  it("keeps what the pages need and nothing of the original bytes", () => {
    const analysis = oneSidedAnalysis();
    const version = versionFromAnalysis(analysis, {
      service: "Example",
      capturedAt: new Date("2026-01-01T00:00:00Z"),
    });
    expect(version.contentHash).toBe(contentHash(analysis.document.text));
    expect(version.capturedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(version.categories).toEqual({
      a: { count: 1, clearlyUnfair: 1 },
      ter: { count: 1, clearlyUnfair: 1 },
      ltd: { count: 1, clearlyUnfair: 0 },
    });
    expect(version.passages).toHaveLength(analysis.segmentation.sentences.length);
    expect(JSON.parse(version.analysisJson).document.original.text).toBe("");
    expect(version.documentType).toBe("terms");
  });
});
