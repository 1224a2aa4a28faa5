/** Every English corpus document ingests as text with the annotation tags gone. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile, normaliseText, stripCorpusAnnotations } from "./index.ts";

const CORPUS = join("..", "shared", "corpora", "tos-unfair-clauses", "en", "xml");
const files = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".xml"))
  .sort();
const withoutSpace = (text: string) => text.replace(/\s+/g, "");
const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };
/** What normalisation may change besides whitespace: invisible characters go, ligatures are spelled out. */
const visible = (text: string) =>
  withoutSpace(text)
    .replace(/[\u200b\u00ad\ufeff\u2060\x00-\x1f\x7f-\x9f]/g, "")
    .replace(/[\ufb00-\ufb06]/g, (ch) => LIGATURES[ch]!);

describe("corpus documents", () => {
  it("finds the 50 English documents", () => {
    expect(files).toHaveLength(50);
  });

  it.each(files)("ingests %s without annotation tags", async (file) => {
    const path = join(CORPUS, file);
    const doc = await ingestFile(path);
    expect(doc.format).toBe("corpus-xml");
    expect(doc.text).not.toMatch(/<\/?(?:a|ch|cr|j|law|ltd|ter|use|pinc)[123]>|<\/?countrym>/i);
    const stripped = stripCorpusAnnotations(readFileSync(path, "utf8")).text;
    expect(doc.text).toBe(normaliseText(stripped).text);
    expect(withoutSpace(doc.text)).toBe(visible(stripped));
  });

  it("ingests the largest document (PayPal, 136 KB) in a few milliseconds", async () => {
    const path = join(CORPUS, "PayPal.xml");
    await ingestFile(path); // warm-up
    const timings: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await ingestFile(path);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    expect(timings[2]).toBeLessThan(100); // a few ms on an idle core; generous for a loaded CI machine
  });
});
