/**
 * `CODES=hold,excl npx tsx scripts/annotation/scan-development.ts`: what the wordings beyond the
 * nine find in the latest English consumer-listed agreements of the development half of the
 * Open Terms Archive services (ODC-BY 1.0), one line per sentence, to read for false alarms.
 * Measurement services are never scanned.
 */
import { readFileSync } from "node:fs";
import { ingestFile } from "../../src/ingest/index.ts";
import { segment } from "../../src/segment/index.ts";
import { beyondWordings } from "../../src/classify/beyond/index.ts";
import { splitOf } from "../../src/classify/beyond/tosdr-cases.ts";
const root = "/work/shared/corpora/open-terms-archive";
const codes = (process.env.CODES ?? "hold").split(",");
const rows = readFileSync(`${root}/manifest.csv`, "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(","));
const latest = new Map<string, string[]>();
for (const r of rows) {
  const k = `${r[0]}|${r[1]}`;
  const p = latest.get(k);
  if (!p || p[3]! < r[3]!) latest.set(k, r);
}
let n = 0;
for (const r of latest.values()) {
  if (splitOf(r[0]!) !== "development" || r[r.length - 1] !== "en" || r[2] !== "consumer") continue;
  const file = `${root}/${r[r.length - 2]}`;
  let d;
  try {
    d = await ingestFile(file);
  } catch (error) {
    console.error("skip", file, String(error).slice(0, 80));
    continue;
  }
  const { sentences } = segment(d);
  for (const s of sentences) {
    const t = d.text.slice(s.start, s.end).replace(/\s+/g, " ");
    for (const w of beyondWordings(t))
      if (codes.includes(w.code)) {
        n++;
        console.log(`${r[0]} ${w.code}: ${t.slice(0, 250)} <<${t.slice(w.start, w.end).slice(0, 60)}>>`);
      }
  }
}
console.error("fires", n);
