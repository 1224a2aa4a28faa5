import { describe, expect, it } from "vitest";
import { analysisCache } from "./analysis-cache.ts";
import type { Analyzer, ReportAnalyzer } from "./deps.ts";
import { reportJsonBytes } from "./report-bytes.ts";
import { fakeAnalyzer } from "./testing/fake-analyzer.ts";
import { RequestWithdrawn } from "./withdrawn.ts";

const encode = (text: string) => new TextEncoder().encode(text);

describe("analysisCache", () => {
  it("analyses identical input once, even when requests arrive together", async () => {
    let calls = 0;
    const counting: Analyzer = (bytes, name, options) => {
      calls += 1;
      return fakeAnalyzer(bytes, name, options);
    };
    const cache = analysisCache(counting);
    const [a, b] = await Promise.all([
      cache.analyze(encode("We may terminate your account."), "x", {}),
      cache.analyze(encode("We may terminate your account."), "x", {}),
    ]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    await cache.analyze(encode("We may terminate your account."), "x", { context: { party: "worker" } });
    expect(calls).toBe(2);
    expect(cache.reportJson(a)).toBe(cache.reportJson(b));
    expect(JSON.parse(new TextDecoder().decode(cache.reportJson(a))).findings).toHaveLength(1);
  });

  it("withdraws a shared job only when every client waiting for it has gone away", async () => {
    const jobs: AbortSignal[] = [];
    const report: ReportAnalyzer = (_bytes, _name, options) =>
      new Promise((resolve, reject) => {
        jobs.push(options.signal!);
        options.signal!.addEventListener("abort", () => reject(new RequestWithdrawn()));
        setTimeout(() => resolve(new Uint8Array([123, 125])), 50);
      });
    const cache = analysisCache(fakeAnalyzer, 8, report);
    const text = encode("We may terminate your account.");
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.report(text, "x", { signal: first.signal });
    const b = cache.report(text, "x", { signal: second.signal });
    expect(jobs).toHaveLength(1);
    first.abort();
    expect(jobs[0]!.aborted).toBe(false);
    second.abort();
    expect(jobs[0]!.aborted).toBe(true);
    await expect(a).rejects.toBeInstanceOf(RequestWithdrawn);
    await expect(b).rejects.toBeInstanceOf(RequestWithdrawn);
    // Withdrawn is not remembered: the next client gets a job of its own. One without a signal
    // waits for good, whoever else leaves.
    const c = cache.report(text, "x", {});
    const leaving = new AbortController();
    const d = cache.report(text, "x", { signal: leaving.signal });
    leaving.abort();
    expect(jobs).toHaveLength(2);
    expect(jobs[1]!.aborted).toBe(false);
    expect(await c).toEqual(new Uint8Array([123, 125]));
    expect(await d).toBe(await c);
  });

  it("does not remember failures", async () => {
    let calls = 0;
    const cache = analysisCache((bytes, name, options) => {
      calls += 1;
      return fakeAnalyzer(bytes, name, options);
    });
    await expect(cache.analyze(encode("  "), "empty", {})).rejects.toMatchObject({ code: "EMPTY_INPUT" });
    await expect(cache.analyze(encode("  "), "empty", {})).rejects.toMatchObject({ code: "EMPTY_INPUT" });
    expect(calls).toBe(2);
  });

  it("forgets the least recently used input beyond its capacity", async () => {
    let calls = 0;
    const cache = analysisCache((bytes, name, options) => {
      calls += 1;
      return fakeAnalyzer(bytes, name, options);
    }, 2);
    for (const text of ["one", "two", "three", "one"]) await cache.analyze(encode(text), "t", {});
    expect(calls).toBe(4);
  });

  it("answers reports from a cached analysis, else from the report analyser, sharing concurrent requests", async () => {
    let analyses = 0;
    let reports = 0;
    const cache = analysisCache(
      (bytes, name, options) => {
        analyses += 1;
        return fakeAnalyzer(bytes, name, options);
      },
      32,
      async (bytes, name, options) => {
        reports += 1;
        return reportJsonBytes(await fakeAnalyzer(bytes, name, options));
      },
    );
    const text = encode("We may terminate your account.");
    const analysis = await cache.analyze(text, "x", {});
    expect(await cache.report(text, "x", {})).toBe(cache.reportJson(analysis));
    const other = encode("Disputes go to binding arbitration.");
    const [a, b] = await Promise.all([cache.report(other, "y", {}), cache.report(other, "y", {})]);
    expect(a).toBe(b);
    expect([analyses, reports]).toEqual([1, 1]);
    expect(JSON.parse(new TextDecoder().decode(a)).findings).toHaveLength(1);
    // Without a report analyser, the report is rendered from a (cached) analysis.
    const plain = analysisCache(fakeAnalyzer);
    expect(await plain.report(other, "y", {})).toEqual(a);
  });
});
