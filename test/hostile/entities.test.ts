/** Entity expansion: refused in XML and DOCX, inert in HTML; nothing is ever expanded or fetched. */
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../src/ingest/index.ts";
import { hostileCases } from "./corpus.ts";

const byId = (id: string) => hostileCases().find((hostile) => hostile.id === id)!;

describe("XML entities", () => {
  it("leave a billion-laughs DTD in HTML as inert, unexpanded text", async () => {
    const laughs = byId("html-billion-laughs");
    const doc = await ingestBytes(laughs.bytes(), { name: laughs.fileName });
    expect(doc.format).toBe("html");
    expect(doc.text).toContain("We may end it.");
    expect(doc.text).not.toContain("lollol");
    expect(doc.text.length).toBeLessThan(2_000);
  });

  for (const id of ["xml-billion-laughs", "xml-external-entity", "docx-billion-laughs"]) {
    it(`refuses ${id} with ENTITY_EXPANSION before parsing`, async () => {
      const hostile = byId(id);
      await expect(ingestBytes(hostile.bytes(), { name: hostile.fileName })).rejects.toMatchObject({
        code: "ENTITY_EXPANSION",
        message: expect.stringMatching(/^(laughs|xxe)\.(xml|docx): .*entities/),
      });
    });
  }
});
