/**
 * A plausible later version of a real corpus agreement (Uber's terms) for version tests and the
 * browser journey: the notice clause moves up into section 3, the governing law changes, the
 * Vienna Convention sentence goes, and a clearly unfair termination clause is added.
 */
import { readFileSync } from "node:fs";

/** The English corpus, relative to the repository root (tests run from there). */
export const CORPUS_XML = "../shared/corpora/tos-unfair-clauses/en/xml";

const NOTICE_HEADING = "\n\nNotice.\n\n";
const ADDED_TERMINATION =
  "Termination.\n\nUber may terminate your account and these Terms at any time, for any reason, without notice to you.\n\n";

/** Uber's terms as corpus XML, edited as described above. Throws if the corpus text is not what it expects. */
export function editedUberTerms(corpus = CORPUS_XML): string {
  let xml = readFileSync(`${corpus}/Uber.xml`, "utf8");
  const replace = (from: string, to: string) => {
    if (!xml.includes(from)) throw new Error(`editedUberTerms: "${from.slice(0, 40)}" is not in Uber.xml`);
    xml = xml.replace(from, to);
  };
  // Move the "Notice." heading and its paragraph from section 7 to the start of section 3.
  const start = xml.indexOf(NOTICE_HEADING);
  const end = xml.indexOf("\n\n", start + NOTICE_HEADING.length);
  if (start < 0 || end < 0) throw new Error("editedUberTerms: no Notice clause in Uber.xml");
  const notice = xml.slice(start + 2, end + 2);
  xml = xml.slice(0, start + 2) + xml.slice(end + 2);
  replace("3. Your Use of the Services\n\n", `3. Your Use of the Services\n\n${notice}`);
  replace("the laws of The Netherlands", "the laws of the State of California");
  replace(" The Vienna Convention on the International Sale of Goods of 1980 (CISG) shall not apply.", "");
  replace("7. Other Provisions\n\n", `7. Other Provisions\n\n${ADDED_TERMINATION}`);
  return xml;
}
