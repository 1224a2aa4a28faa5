/**
 * `npm run build:seed [-- --corpus DIR] [--out FILE] [--check]`: builds the bundled seed of real
 * agreements from `../shared/corpora/open-terms-archive` (read here only, never at run time) into
 * `seed/open-terms-archive.json.gz`. Every English agreement of every service that
 * `seed/sectors.json` places in a sector, with every version the folder holds, its capture date,
 * the repository, commit and path it came from, and the licence credit. Everything is sorted and
 * gzip is deterministic (no file name, no time in the header), so the same folder gives the same
 * bytes; `--check` rebuilds in memory and fails when the committed file differs.
 *
 * Non-English agreements (27 French, 2 German) are left out: the registry reads English.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { detectLanguage } from "../src/language/index.ts";
import { SEED_FORMAT, SEED_VERSION, parseSeed, type Seed, type SeedService } from "../src/seed/index.ts";
import { slugify } from "../src/store/index.ts";

const ROOT = join(import.meta.dirname, "..");

interface SectorMapping {
  aliases: Record<string, string>;
  excluded: Record<string, string>;
  sectors: Record<string, string[]>;
}

const REPOSITORY_ATTRIBUTION: Record<string, string> = {
  "OpenTermsArchive/contrib-versions": "Open Terms Archive contributors",
  "OpenTermsArchive/pga-versions":
    "Platform Governance Archive (PGA) v2, Katzenbach et al. 2023, doi:10.26092/elib/2373",
};

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks; lines end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function fail(message: string): never {
  process.stderr.write(`build:seed: ${message}\n`);
  process.exit(2);
}

/** Code-unit order: the same on every machine and locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function buildSeed(corpus: string, mapping: SectorMapping): Seed {
  let manifest: string;
  try {
    manifest = readFileSync(join(corpus, "manifest.csv"), "utf8");
  } catch {
    fail(`${corpus}/manifest.csv not found; give the Open Terms Archive folder with --corpus`);
  }
  const [header, ...lines] = parseCsv(manifest).filter((r) => r.length > 1);
  const col = (name: string) => {
    const at = header!.indexOf(name);
    if (at < 0) fail(`manifest.csv has no ${name} column`);
    return at;
  };
  const [SERVICE, DOCUMENT, PARTY, DATE, REPO, HEAD, PATH, COMMIT, SHA, FILE, LANGUAGE] = [
    "service",
    "document",
    "party",
    "date",
    "repo",
    "repo_head",
    "path",
    "commit",
    "sha256",
    "file",
    "language",
  ].map(col) as number[];
  const sectorOf = new Map<string, string>();
  for (const [sector, names] of Object.entries(mapping.sectors))
    for (const n of names) sectorOf.set(n, sector);
  const services = new Map<string, SeedService>();
  const heads = new Map<string, string>();
  const unmapped = new Set<string>();
  const notEnglish: string[] = [];
  for (const row of lines) {
    if (row[LANGUAGE!] !== "en") continue;
    const archived = row[SERVICE!]!;
    if (archived in mapping.excluded) continue;
    const name = mapping.aliases[archived] ?? archived;
    const sector = sectorOf.get(name);
    if (!sector) {
      unmapped.add(archived);
      continue;
    }
    const bytes = readFileSync(join(corpus, row[FILE!]!));
    if (createHash("sha256").update(bytes).digest("hex") !== row[SHA!])
      fail(`${row[FILE!]}: sha256 differs from manifest.csv`);
    // The archive labels a few pages English that are not (a French Gofile page, a Tamil YouTube
    // page): the analysis would refuse them, so they stay out of the seed.
    if (detectLanguage(bytes.toString("utf8").replace(/\(data:[^)]*\)/g, ""))?.language !== "en") {
      notEnglish.push(row[FILE!]!);
      continue;
    }
    heads.set(row[REPO!]!, row[HEAD!]!);
    const service = services.get(name) ?? { name, sector, documents: [] };
    services.set(name, service);
    let document = service.documents.find((d) => d.type === row[DOCUMENT!]);
    if (!document)
      service.documents.push((document = { type: row[DOCUMENT!]!, party: row[PARTY!]!, versions: [] }));
    document.versions.push({
      capturedAt: row[DATE!]!,
      repo: row[REPO!]!,
      commit: row[COMMIT!]!,
      path: row[PATH!]!,
      text: bytes.toString("utf8"),
    });
  }
  if (notEnglish.length > 0)
    process.stderr.write(`left out, not in English whatever the archive says: ${notEnglish.join(", ")}\n`);
  if (unmapped.size > 0) fail(`no sector in seed/sectors.json for: ${[...unmapped].sort(byCode).join(", ")}`);
  const slugs = new Map<string, string>();
  for (const name of services.keys()) {
    const other = slugs.get(slugify(name));
    if (other) fail(`"${name}" and "${other}" share a page address; add an alias to seed/sectors.json`);
    slugs.set(slugify(name), name);
  }
  const sorted = [...services.values()].sort((a, b) => byCode(a.name, b.name));
  for (const service of sorted) {
    service.documents.sort((a, b) => byCode(a.type, b.type));
    for (const d of service.documents)
      d.versions.sort(
        (a, b) => byCode(a.capturedAt, b.capturedAt) || byCode(a.repo, b.repo) || byCode(a.commit, b.commit),
      );
  }
  return {
    format: SEED_FORMAT,
    version: SEED_VERSION,
    source: {
      name: "Open Terms Archive",
      url: "https://opentermsarchive.org",
      licence: "ODC-BY 1.0",
      licenceUrl: "https://opendatacommons.org/licenses/by/1-0/",
      repositories: [...heads]
        .sort(([a], [b]) => byCode(a, b))
        .map(([repo, head]) => ({ repo, head, attribution: REPOSITORY_ATTRIBUTION[repo] ?? repo })),
    },
    services: sorted,
  };
}

/** gzip at level 9; Node writes no file name and a zero time into the header, so bytes are stable. */
function compressSeed(seed: Seed): Buffer {
  return gzipSync(JSON.stringify(seed), { level: 9 });
}

{
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: join(ROOT, "../shared/corpora/open-terms-archive") },
      out: { type: "string", default: join(ROOT, "seed/open-terms-archive.json.gz") },
      check: { type: "boolean", default: false },
    },
  });
  const mapping = JSON.parse(readFileSync(join(ROOT, "seed/sectors.json"), "utf8")) as SectorMapping;
  const seed = buildSeed(values.corpus!, mapping);
  const bytes = compressSeed(seed);
  parseSeed(bytes, values.out!); // the file the registry will read must pass its own check
  const versions = seed.services.reduce(
    (n, s) => n + s.documents.reduce((m, d) => m + d.versions.length, 0),
    0,
  );
  const summary = `${seed.services.length} services, ${versions} versions, ${(bytes.length / 1e6).toFixed(1)} MB`;
  if (values.check) {
    let committed: Buffer | undefined;
    try {
      committed = readFileSync(values.out!);
    } catch {
      committed = undefined;
    }
    if (!committed?.equals(bytes))
      fail(`${values.out} differs from a rebuild (${summary}); run npm run build:seed`);
    process.stdout.write(`seed is current: ${summary}\n`);
  } else {
    writeFileSync(values.out!, bytes);
    process.stdout.write(`wrote ${values.out}: ${summary}\n`);
  }
}
