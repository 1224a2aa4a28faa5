/**
 * Hostile input: every case must end, quickly, in a document or a CounterweightError — never a
 * raw exception, a hang, or output on the console.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isCounterweightError } from "../core/index.ts";
import { ingestBytes } from "./index.ts";
import { makePdf } from "./testing/index.ts";

async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const doc = await ingestBytes(bytes, { name });
    return `ok:${doc.format}`;
  } catch (error) {
    if (!isCounterweightError(error)) throw error;
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.message).not.toContain("\n");
    return error.code;
  }
}

describe("hostile input", () => {
  it("turns random bytes under every extension into a typed error", async () => {
    for (const extension of ["txt", "md", "html", "pdf", "docx", "xml", ""]) {
      for (let round = 0; round < 5; round++) {
        const code = await outcome(new Uint8Array(randomBytes(4096)), `random.${extension}`);
        expect(["UNSUPPORTED_TYPE", "UNDECODABLE"]).toContain(code);
      }
    }
  });

  it("refuses HTML nested 100,000 deep in well under a second", async () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}</body></html>`;
    const started = performance.now();
    expect(await outcome(new TextEncoder().encode(deep), "deep.html")).toBe("TOO_DEEP");
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("accepts a long page that omits optional end tags", async () => {
    const page = `<html><body><ul>${"<li><p>Item".repeat(2_000)}</ul></body></html>`;
    expect(await outcome(new TextEncoder().encode(page), "lazy.html")).toBe("ok:html");
  });

  it("refuses XML with entity declarations (billion laughs)", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join(
        "",
      ) +
      "]><lolz>&lol9;</lolz>";
    expect(await outcome(new TextEncoder().encode(laughs), "laughs.xml")).toBe("ENTITY_EXPANSION");
  });

  it("reads a 40 MB single line within the budget", async () => {
    const line = new Uint8Array(Buffer.alloc(40 * 1024 * 1024, "word "));
    const started = performance.now();
    const error = await ingestBytes(line, { name: "line.txt", limits: { maxBytes: 50 * 1024 * 1024 } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "TEXT_TOO_LONG" });
    const doc = await ingestBytes(line, {
      name: "line.txt",
      limits: { maxBytes: 50 * 1024 * 1024, maxTextChars: 50_000_000 },
    });
    expect(doc.text.length).toBe(40 * 1024 * 1024 - 1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("turns every truncation of a PDF into a document or a typed error", async () => {
    const pdf = makePdf([["1. Terms", "We may end it."], ["2. Fees"]]);
    for (let cut = 0; cut < pdf.length; cut += 97) {
      const code = await outcome(pdf.subarray(0, cut), "cut.pdf");
      expect(code).toMatch(/^(ok:pdf|CORRUPT_FILE|EMPTY_INPUT|UNDECODABLE|UNSUPPORTED_TYPE)$/);
    }
  });

  it("handles a Markdown-looking line full of emphasis and brackets in linear time", async () => {
    const nasty = `# Title\n\n${"**[_`(".repeat(400_000)}`;
    const started = performance.now();
    expect(await outcome(new TextEncoder().encode(nasty), "nasty.md")).toBe("ok:markdown");
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
