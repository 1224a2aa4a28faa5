/**
 * Server benchmark: the registry on a free loopback port with a temporary database, driven by
 * autocannon (20 connections, bounded in time) on
 *   - POST /api/analyze with a 10,000-word agreement (the same one each time, as a user pasting
 *     popular terms would; identical input is answered from the analysis cache), and
 *   - GET of the stored report page of that agreement.
 * Also measured and printed, for honesty: `analyzeUncached`, where every request differs so each
 * one runs the whole pipeline. Usage: `npm run bench:server -- --json [--seconds 10]`.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { stripCorpusAnnotations } from "../src/ingest/index.ts";
import { startServer } from "../src/server/index.ts";

const CORPUS = "../shared/corpora/tos-unfair-clauses/en/xml";
const WORDS = 10_000;
const CONNECTIONS = 20;

interface Figures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  non2xx: number;
}

/** 10,000 words of real terms: corpus agreements in name order, paragraphs kept, cut at the word limit. */
function tenThousandWords(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (const file of readdirSync(CORPUS).sort()) {
    for (const paragraph of stripCorpusAnnotations(readFileSync(join(CORPUS, file), "utf8")).text.split(
      /\n\s*\n/,
    )) {
      const count = paragraph.split(/\s+/).filter(Boolean).length;
      if (count === 0) continue;
      if (words + count > WORDS) {
        paragraphs.push(
          paragraph
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, WORDS - words)
            .join(" "),
        );
        return paragraphs.join("\n\n");
      }
      paragraphs.push(paragraph);
      words += count;
    }
  }
  return paragraphs.join("\n\n");
}

async function drive(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    rps: Math.round(result.requests.average * 10) / 10,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 10;
const dir = mkdtempSync(join(tmpdir(), "cw-bench-server-"));
const adminToken = randomBytes(16).toString("hex");
const server = await startServer({
  host: "127.0.0.1",
  port: 0,
  database: join(dir, "bench.db"),
  adminToken,
  // The benchmark measures the server, not the per-client limiter (its own test covers it).
  rateLimit: false,
});
try {
  const text = tenThousandWords();
  const body = JSON.stringify({ text });
  const headers = { "content-type": "application/json" };
  const url = `${server.url}/api/analyze`;
  // Warm up: load the model, fill the caches, and check both targets answer.
  const first = await fetch(url, { method: "POST", headers, body });
  if (!first.ok) throw new Error(`POST /api/analyze answered ${first.status}: ${await first.text()}`);
  // The report page of the same 10,000-word agreement, stored through the admin API.
  const stored = await fetch(`${server.url}/api/documents`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ service: "Bench", text }),
  });
  if (!stored.ok) throw new Error(`POST /api/documents answered ${stored.status}: ${await stored.text()}`);
  const reportPath = "/services/bench/terms";
  const page = await fetch(server.url + reportPath);
  if (!page.ok) throw new Error(`GET ${reportPath} answered ${page.status}`);

  // Report pages first, then analyses: a run of uncached analyses leaves work queued behind it.
  const reportPage = await drive({ url: server.url + reportPath, duration: seconds });
  const analyze = await drive({ url, method: "POST", headers, body, duration: seconds });
  let n = 0;
  const analyzeUncached = await drive({
    url,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers,
        // A different last word each time: the same work, never a cache hit.
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ text: `${text} v${n++}` }) }),
      },
    ],
  });
  const figures = {
    analyze,
    reportPage,
    analyzeUncached,
    words: text.split(/\s+/).filter(Boolean).length,
    connections: CONNECTIONS,
    seconds,
  };
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else {
    for (const [name, f] of Object.entries({ analyze, analyzeUncached, reportPage })) {
      process.stdout.write(
        `${name.padEnd(16)} p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  ${f.rps} req/s  (${f.non2xx} not 2xx)\n`,
      );
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
