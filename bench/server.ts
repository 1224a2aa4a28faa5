/**
 * Server benchmark: the registry (`counterweight serve`, its own process) on a free loopback port
 * with a temporary database, filled from the bundled seed of real agreements by its first start
 * (timed, like the second start on the same database), driven by autocannon from this process
 * (20 connections, bounded in time) on
 *   - the registry's pages with the seeded data: home, A–Z, a sector, a service, a report and a
 *     search (`pages`),
 *   - POST /api/analyze with a 10,000-word agreement (the same one each time, as a user pasting
 *     popular terms would; identical input is answered from the analysis cache), and
 *   - GET of the stored report page of that agreement.
 * Also measured and printed, for honesty: `analyzeUncached`, where every request differs so each
 * one runs the whole pipeline. Each measurement follows a warm-up of the same traffic (a server in
 * use has its code compiled and its caches filled).
 * Usage: `npm run -s bench:server -- --json [--seconds 10] [--db postgres://…/empty-database]`.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startServeProcess } from "./serve-process.ts";
import { tenThousandWords } from "./ten-thousand-words.ts";

const CONNECTIONS = 20;
const WARM_UP_SECONDS = 3;

interface Figures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  non2xx: number;
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
// The benchmark measures the server, not the per-client limiter (its own test covers it).
// `--db postgres://…` measures PostgreSQL instead; give an empty database, the first start fills it.
const database = args.includes("--db") ? args[args.indexOf("--db") + 1]! : join(dir, "bench.db");
const serveArgs = ["--db", database, "--rate-limit", "0", "--page-rate-limit", "0"];
const timedStart = async () => {
  const startedAt = performance.now();
  const running = await startServeProcess(serveArgs, { COUNTERWEIGHT_ADMIN_TOKEN: adminToken });
  return { running, seconds: Math.round((performance.now() - startedAt) / 100) / 10 };
};
// The first start imports the seed (every core); the second finds it imported and only serves.
const first = await timedStart();
await first.running.stop();
const second = await timedStart();
const server = second.running;
/** One of each kind of registry page, with the seeded data. */
const PAGES: Record<string, string> = {
  home: "/",
  services: "/services",
  sector: "/sectors/social-networks",
  service: "/services/reddit",
  report: "/services/reddit/Terms%20of%20Service",
  search: "/search?q=arbitration",
};
try {
  const text = tenThousandWords();
  const body = JSON.stringify({ text });
  const headers = { "content-type": "application/json" };
  const url = `${server.url}/api/analyze`;
  // Check both targets answer (and fill the caches).
  const answer = await fetch(url, { method: "POST", headers, body });
  if (!answer.ok) throw new Error(`POST /api/analyze answered ${answer.status}: ${await answer.text()}`);
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
  const measured = async (options: autocannon.Options) => {
    await drive({ ...options, duration: WARM_UP_SECONDS });
    return drive({ ...options, duration: seconds });
  };
  const pages: Record<string, Figures> = {};
  for (const [name, path] of Object.entries(PAGES)) {
    const response = await fetch(server.url + path);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    await response.arrayBuffer();
    pages[name] = await measured({ url: server.url + path });
  }
  const reportPage = await measured({ url: server.url + reportPath });
  const analyze = await measured({ url, method: "POST", headers, body });
  // `{"text":"…` once; each request only appends its own last word, so the load generator does
  // not re-serialise 60 KB of text per request on the cores it shares with the server.
  const bodyStart = Buffer.from(body.slice(0, -2));
  let n = 0;
  const analyzeUncached = await measured({
    url,
    requests: [
      {
        method: "POST",
        headers,
        // A different last word each time: the same work, never a cache hit.
        setupRequest: (request) => ({
          ...request,
          body: Buffer.concat([bodyStart, Buffer.from(` v${n++}"}`)]),
        }),
      },
    ],
  });
  const figures = {
    firstStartSeconds: first.seconds,
    secondStartSeconds: second.seconds,
    pages,
    analyze,
    reportPage,
    analyzeUncached,
    words: text.split(/\s+/).filter(Boolean).length,
    connections: CONNECTIONS,
    seconds,
  };
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else {
    process.stdout.write(
      `first start ${first.seconds} s (imports the seed), second start ${second.seconds} s\n`,
    );
    for (const [name, f] of Object.entries({ ...pages, analyze, analyzeUncached, reportPage })) {
      process.stdout.write(
        `${name.padEnd(16)} p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  ${f.rps} req/s  (${f.non2xx} not 2xx)\n`,
      );
    }
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
