/**
 * `npm run eval:language [-- --json]`: language detection on the 200 corpus documents (50 × English,
 * German, Italian, Polish) and the archive's French agreements, whole documents and two-sentence
 * snippets, five folds by document: the profiles of each fold are built without its documents.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot } from "../../classify/corpus/index.ts";
import { isCounterweightError } from "../../core/index.ts";
import { detectLanguage } from "../detect.ts";
import { DETECTED_LANGUAGES, type DetectedLanguage } from "../languages.ts";
import { buildProfiles } from "../profiles.ts";
import { readLanguageDocuments, type LanguageDocument } from "../training-texts.ts";

const FOLDS = 5;

/** The corpus' own folds for its documents; a hash of the service name for the archive's. */
function foldOf(document: LanguageDocument, testLists: Map<string, number>): number {
  if (document.language !== "fr") return testLists.get(document.name) ?? 0;
  const service = document.name.split("/")[0]!;
  let hash = 0x811c9dc5;
  for (let i = 0; i < service.length; i++) hash = Math.imul(hash ^ service.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FOLDS;
}

function main(): void {
  const json = process.argv.includes("--json");
  const root = corpusRoot();
  const testLists = new Map<string, number>();
  for (let k = 0; k < FOLDS; k++) {
    const list = readFileSync(join(root, "tos-unfair-clauses", "folds", `LIST_TEST_${k}.txt`), "utf8");
    for (const name of list.split(/\r?\n/).filter((n) => n.trim())) testLists.set(name.trim(), k);
  }
  const documents = readLanguageDocuments(root);
  const tally = () =>
    Object.fromEntries(DETECTED_LANGUAGES.map((l) => [l, { right: 0, total: 0 }])) as Record<
      DetectedLanguage,
      { right: number; total: number }
    >;
  const docs = tally();
  const snippets = tally();
  const wrongDocuments: string[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const training = Object.fromEntries(DETECTED_LANGUAGES.map((l) => [l, [] as string[]])) as Record<
      DetectedLanguage,
      string[]
    >;
    for (const d of documents)
      if (foldOf(d, testLists) !== k) training[d.language].push(d.sentences.join("\n"));
    const profiles = buildProfiles(training);
    for (const d of documents) {
      if (foldOf(d, testLists) !== k) continue;
      const guess = detectLanguage(d.sentences.join("\n"), profiles);
      docs[d.language].total++;
      if (guess?.language === d.language) docs[d.language].right++;
      else wrongDocuments.push(`${d.language} ${d.name}: ${guess?.language ?? "none"}`);
      for (let i = 0; i + 1 < d.sentences.length; i += 2) {
        const snippet = `${d.sentences[i]} ${d.sentences[i + 1]}`;
        // A snippet without words of its own (numbers, a URL) says nothing of its language.
        if ((snippet.match(/\p{L}{2,}/gu) ?? []).length < 4) continue;
        snippets[d.language].total++;
        if (detectLanguage(snippet, profiles)?.language === d.language) snippets[d.language].right++;
      }
    }
  }
  const share = (
    t: Record<DetectedLanguage, { right: number; total: number }>,
    langs: readonly DetectedLanguage[],
  ) => {
    const right = langs.reduce((s, l) => s + t[l].right, 0);
    const total = langs.reduce((s, l) => s + t[l].total, 0);
    return { right, total, accuracy: total === 0 ? null : Math.round((right / total) * 1e4) / 1e4 };
  };
  const corpus = ["en", "de", "it", "pl"] as const;
  const result = {
    corpusDocuments: share(docs, corpus),
    corpusSnippets: share(snippets, corpus),
    frenchDocuments: share(docs, ["fr"]),
    frenchSnippets: share(snippets, ["fr"]),
    byLanguage: Object.fromEntries(
      DETECTED_LANGUAGES.map((l) => [l, { documents: share(docs, [l]), snippets: share(snippets, [l]) }]),
    ),
    wrongDocuments,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(
    "Language detection, five folds by document (tos-unfair-clauses CC BY 4.0; Open Terms Archive ODC-BY 1.0)\n",
  );
  for (const l of DETECTED_LANGUAGES) {
    const b = result.byLanguage[l]!;
    process.stdout.write(
      `${l}  documents ${b.documents.right}/${b.documents.total}  two-sentence snippets ${b.snippets.right}/${b.snippets.total} (${String(b.snippets.accuracy)})\n`,
    );
  }
  for (const w of wrongDocuments) process.stdout.write(`wrong: ${w}\n`);
}

try {
  main();
} catch (error) {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:language: ${error.message}\n`);
  process.exitCode = 1;
}
