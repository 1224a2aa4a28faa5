/**
 * Loopback load test (issue 7): the real `counterweight serve` process under autocannon for at
 * least 60 s, half the connections sending valid analyses and pages, half hostile bodies
 * (oversized, malformed JSON, binary upload, HTML nested 100,000 deep). Meanwhile the server's resident memory
 * is sampled from /proc and a probe sends one valid analysis every 2 s on its own connection.
 * Prints JSON: requests, status counts and latency p50/p99 per class, peak RSS, probe successes;
 * exits 1 if any request was a 5xx or any valid request failed.
 *
 * Run: `npm run bench:load` (options: --duration 60 --connections 8 --rate-limit 100000).
 * The server keeps its rate limiter on (both buckets), set high enough that one loopback client is
 * not refused (all load comes from one address); the limiter still runs on every request.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startServeProcess } from "./serve-process.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "8" },
    "rate-limit": { type: "string", default: "100000" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const ROOT = join(import.meta.dirname, "..");

const agreement = readFileSync(join(ROOT, "examples", "driftwood-terms.md"), "utf8");
const json = { "Content-Type": "application/json" };
const boundary = "----counterweight-load";
const binaryUpload = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="terms.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  ),
  randomBytes(64 * 1024),
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);

const validAnalysis: autocannon.Request = {
  method: "POST",
  path: "/api/analyze",
  headers: json,
  body: JSON.stringify({ text: agreement }),
};

/** What the valid clients send, in turn: everything must succeed. */
const VALID: autocannon.Request[] = [
  validAnalysis,
  { method: "GET", path: "/services" },
  { method: "GET", path: "/" },
];

/** What the hostile clients send, in turn: everything must be refused with a 4xx, never a 5xx. */
const HOSTILE: Array<{ name: string } & autocannon.Request> = [
  { name: "malformed JSON", method: "POST", path: "/api/analyze", headers: json, body: '{"text": "We may' },
  {
    name: "binary upload named .pdf",
    method: "POST",
    path: "/api/analyze",
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: binaryUpload,
  },
  {
    name: "HTML nested 100,000 deep",
    method: "POST",
    path: "/api/analyze",
    headers: json,
    body: JSON.stringify({ text: `${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}` }),
  },
  {
    name: "oversized body (21 MB)",
    method: "POST",
    path: "/api/analyze",
    headers: json,
    body: JSON.stringify({ text: "a".repeat(21 * 1024 * 1024) }),
  },
];

const dir = mkdtempSync(join(tmpdir(), "cw-load-"));
const server = await startServeProcess([
  "--db",
  join(dir, "load.sqlite"),
  "--rate-limit",
  values["rate-limit"]!,
  "--page-rate-limit",
  values["rate-limit"]!,
]);
const { url } = server;
const serverRssMb = () => server.rssMb();

const startRss = serverRssMb();
let peakRss = startRss ?? 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb() ?? 0)), 250);

const probes = { sent: 0, ok: 0, statuses: {} as Record<string, number> };
const probe = async () => {
  probes.sent++;
  const response = await fetch(`${url}/api/analyze`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ text: agreement }),
  }).catch(() => undefined);
  const status = String(response?.status ?? "error");
  probes.statuses[status] = (probes.statuses[status] ?? 0) + 1;
  if (response?.status === 200) probes.ok++;
  await response?.arrayBuffer();
};
const prober = setInterval(() => void probe(), 2000);

// Valid and hostile clients on separate connections, so a connection the server drops after
// refusing an oversized body never takes a valid request down with it.
const half = Math.max(1, Math.floor(connections / 2));
const [valid, hostile] = await Promise.all([
  autocannon({ url, connections: half, duration, timeout: 30, requests: VALID }),
  autocannon({
    url,
    connections: Math.max(1, connections - half),
    duration,
    timeout: 30,
    requests: HOSTILE.map(({ name: _name, ...request }) => request),
  }),
]);
clearInterval(prober);
clearInterval(sampler);

const aliveAfter = (await fetch(`${url}/`).catch(() => undefined))?.status === 200;
const endRss = serverRssMb();
const exitCode = await server.stop();
rmSync(dir, { recursive: true, force: true });

function summary(result: autocannon.Result) {
  const stats = (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats;
  return {
    requests: result.requests.total,
    statusCounts: Object.fromEntries(Object.entries(stats).map(([code, { count }]) => [code, count])),
    fiveHundreds: result["5xx"],
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}

const report = {
  command: `npm run -s bench:load -- --duration ${duration} --connections ${connections} --rate-limit ${values["rate-limit"]}`,
  durationSeconds: duration,
  valid: { mix: ["analysis (driftwood-terms.md)", "GET /services", "GET /"], ...summary(valid) },
  hostile: { mix: HOSTILE.map((request) => request.name), ...summary(hostile) },
  serverRssMb: {
    start: Math.round(startRss ?? 0),
    peak: Math.round(peakRss),
    end: Math.round(endRss ?? 0),
  },
  validProbes: probes,
  serverAnsweredAfter: aliveAfter,
  serverExitCodeOnSigterm: exitCode,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const validFailed = valid.requests.total - ((report.valid.statusCounts["200"] as number | undefined) ?? 0);
process.exitCode =
  valid["5xx"] + hostile["5xx"] === 0 && validFailed === 0 && aliveAfter && probes.ok === probes.sent ? 0 : 1;
