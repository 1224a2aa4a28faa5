/**
 * `npm run build:languages`: rebuilds `src/language/profiles.json` from every corpus document and
 * the archive's French agreements (deterministic: the same data gives the same file).
 */
import { writeFileSync } from "node:fs";
import { DETECTED_LANGUAGES, type DetectedLanguage } from "../src/language/languages.ts";
import { buildProfiles } from "../src/language/profiles.ts";
import { readLanguageDocuments } from "../src/language/training-texts.ts";

const documents = readLanguageDocuments();
const texts = Object.fromEntries(DETECTED_LANGUAGES.map((l) => [l, [] as string[]])) as Record<
  DetectedLanguage,
  string[]
>;
for (const d of documents) texts[d.language].push(d.sentences.join("\n"));
const out = new URL("../src/language/profiles.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(buildProfiles(texts))}\n`);
process.stdout.write(
  `wrote src/language/profiles.json from ${documents.length} documents (${DETECTED_LANGUAGES.map((l) => `${l} ${texts[l].length}`).join(", ")})\n`,
);
