import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDeclarations, readDeclarations } from "./index.ts";

const dir = mkdtempSync(join(tmpdir(), "cw-declarations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("parseDeclarations", () => {
  it("accepts entries and defaults the document type to terms", () => {
    const parsed = parseDeclarations(
      [
        { service: "Acme", url: "https://acme.example/terms", selector: "main", sector: "Cloud" },
        { service: "Acme", documentType: "privacy", url: "http://acme.example/privacy" },
      ],
      "sources.json",
    );
    expect(parsed.map((d) => [d.service, d.documentType, d.selector])).toEqual([
      ["Acme", "terms", "main"],
      ["Acme", "privacy", undefined],
    ]);
  });

  it("names the entry and the field of the first problem, on one line", () => {
    const message = messageOf(() =>
      parseDeclarations(
        [
          { service: "Fine", url: "https://fine.example/" },
          { service: "Boxly", url: "ftp://boxly.example/terms" },
        ],
        "sources.json",
      ),
    );
    expect(message).toBe("sources.json: entry 2 (Boxly): url: give an http:// or https:// address");
    expect(messageOf(() => parseDeclarations([{ url: "https://x.example/" }], "s.json"))).toMatch(
      /^s\.json: entry 1: service: /,
    );
    expect(
      messageOf(() =>
        parseDeclarations([{ service: "X", url: "https://x.example/", documentType: "Terms!" }], "s.json"),
      ),
    ).toContain("entry 1 (X): documentType: use lower-case letters");
    expect(
      messageOf(() =>
        parseDeclarations([{ service: "X", url: "https://x.example/", colour: "red" }], "s.json"),
      ),
    ).toContain("entry 1 (X): ");
  });

  it("refuses two entries for one document, a non-array and an empty list", () => {
    expect(
      messageOf(() =>
        parseDeclarations(
          [
            { service: "Acme", url: "https://a.example/1" },
            { service: "acme", url: "https://a.example/2" },
          ],
          "s.json",
        ),
      ),
    ).toBe("s.json: entry 2 (acme): the same service and document type as entry 1; keep one");
    expect(messageOf(() => parseDeclarations({ service: "Acme" }, "s.json"))).toContain("JSON array");
    expect(messageOf(() => parseDeclarations([], "s.json"))).toContain("no source");
  });
});

describe("readDeclarations", () => {
  it("reads a file, and names it when it is missing or not JSON", async () => {
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify([{ service: "Acme", url: "https://acme.example/terms" }]));
    expect((await readDeclarations(good))[0]!.url).toBe("https://acme.example/terms");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "[{ service: Acme }]");
    await expect(readDeclarations(bad)).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(readDeclarations(join(dir, "nope.json"))).rejects.toThrow(/nope\.json: cannot read/);
  });
});

describe("examples/tracked-sources.json", () => {
  it("is a valid declarations file", async () => {
    const declarations = await readDeclarations(
      join(import.meta.dirname, "..", "..", "examples", "tracked-sources.json"),
    );
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.every((d) => d.url.startsWith("https://"))).toBe(true);
  });
});
