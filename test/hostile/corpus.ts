/**
 * The hostile corpus: every kind of bad input issue 7 names, generated on demand so that nothing
 * large is committed. Bytes are deterministic (a seeded generator), so a failure reproduces.
 * The CLI test, the API test and `measure.ts` all run these same cases.
 */
import { docxEntries, encodeText, makePdf, makeZip } from "../../src/ingest/testing/index.ts";

/** An error code of the library, or "ok" for a report. */
export type Outcome = "ok" | string;

export interface HostileCase {
  /** Stable id, used as the file stem and in the table of docs/security.md. */
  id: string;
  /** The file name it is written and uploaded under (the extension is part of the attack). */
  fileName: string;
  /** One line for the table: what the input is. */
  what: string;
  /** Generates the bytes (deterministic). */
  bytes(): Uint8Array;
  /** Extra CLI flags (limits raised to prove a bounded result rather than a refusal). */
  cliFlags?: string[];
  /** Outcomes that are correct for this input; anything else is a bug. */
  expected: readonly Outcome[];
}

const MB = 1024 * 1024;
const AGREEMENT =
  "1. Your account\nWe may terminate your account at any time without notice. " +
  "You agree to binding arbitration and waive any class action.\n2. Changes\n" +
  "We may change these terms whenever we like.\n";

/** xorshift32: the same "random" bytes on every run. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "utf8"));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** Nine levels of ten references each: 10^9 "lol"s if a parser expands them. */
export function billionLaughsDtd(root: string): string {
  const levels = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
  ).join("");
  return `<!DOCTYPE ${root} [<!ENTITY lol "lol">${levels}]>`;
}

/** A DOCX with one extra part of 150 MB of zeros (about 150 KB deflated), its size declared truly or as 1,000 bytes. */
function zerosDocxBomb(declared: "honest" | "lying"): Uint8Array {
  const entries = docxEntries(["Hello"]);
  const size = 150 * MB;
  const zeros = new Uint8Array(size);
  return makeZip([
    ...entries,
    { name: "word/bomb.xml", data: zeros, declaredSize: declared === "honest" ? size : 1000 },
  ]);
}

const RANDOM_EXTENSIONS = ["txt", "md", "html", "htm", "pdf", "docx", "xml", "bin"] as const;
const EMPTY_EXTENSIONS = ["txt", "md", "html", "pdf", "docx", "xml"] as const;
const REFUSED_RANDOM = ["UNSUPPORTED_TYPE", "UNDECODABLE"] as const;

/** Every case, cheap ones first. */
export function hostileCases(): HostileCase[] {
  return [
    ...RANDOM_EXTENSIONS.map((extension, index): HostileCase => ({
      id: `random-${extension}`,
      fileName: `random.${extension}`,
      what: `64 KB of random bytes named .${extension}`,
      bytes: () => seededBytes(64 * 1024, 7 + index),
      expected: REFUSED_RANDOM,
    })),
    ...EMPTY_EXTENSIONS.map((extension): HostileCase => ({
      id: `empty-${extension}`,
      fileName: `empty.${extension}`,
      what: `an empty .${extension} file`,
      bytes: () => new Uint8Array(0),
      expected: ["EMPTY_INPUT"],
    })),
    {
      id: "blank-txt",
      fileName: "blank.txt",
      what: "only spaces, tabs and line breaks",
      bytes: () => utf8(" \t\n\r\n\u00a0\u2003\n".repeat(1000)),
      expected: ["EMPTY_INPUT"],
    },
    {
      id: "pdf-truncated",
      fileName: "truncated.pdf",
      what: "a valid PDF cut in half",
      bytes: () => {
        const pdf = makePdf([AGREEMENT.split("\n"), ["3. Fees", "We may raise fees."]]);
        return pdf.subarray(0, Math.floor(pdf.length / 2));
      },
      expected: ["ok", "CORRUPT_FILE", "EMPTY_INPUT"],
    },
    {
      id: "pdf-malformed",
      fileName: "malformed.pdf",
      what: "a PDF header followed by random bytes",
      bytes: () => concat(utf8("%PDF-1.7\n%\u00e2\u00e3\n"), seededBytes(32 * 1024, 99)),
      expected: ["CORRUPT_FILE", "EMPTY_INPUT"],
    },
    {
      id: "pdf-page-count-lie",
      fileName: "page-count-lie.pdf",
      what: "a PDF whose page tree claims 9,999,999 pages",
      bytes: () =>
        utf8(
          Buffer.from(makePdf([["Hello."]]))
            .toString("latin1")
            .replace("/Count 1", "/Count 9999999"),
        ),
      expected: ["TOO_MANY_PAGES", "CORRUPT_FILE", "ok"],
    },
    {
      id: "pdf-1001-pages",
      fileName: "pages.pdf",
      what: "a real PDF of 1,001 pages (the limit is 1,000)",
      bytes: () => makePdf(Array.from({ length: 1001 }, (_, i) => [`Page ${i + 1}.`])),
      expected: ["TOO_MANY_PAGES"],
    },
    {
      id: "text-too-long",
      fileName: "long.txt",
      what: "6 million characters of text in 6 MB (the limit is 5 million)",
      bytes: () => new Uint8Array(Buffer.alloc(6_000_000, "We may end it. ")),
      expected: ["TEXT_TOO_LONG"],
    },
    {
      id: "docx-bomb-honest",
      fileName: "bomb-honest.docx",
      what: "a DOCX with a part that unpacks to 150 MB (declared)",
      bytes: () => zerosDocxBomb("honest"),
      expected: ["ARCHIVE_TOO_LARGE"],
    },
    {
      id: "docx-bomb-lying",
      fileName: "bomb-lying.docx",
      what: "a DOCX with a part that unpacks to 150 MB but declares 1 KB",
      bytes: () => zerosDocxBomb("lying"),
      expected: ["ARCHIVE_TOO_LARGE"],
    },
    {
      id: "docx-many-entries",
      fileName: "many.docx",
      what: "a DOCX with 5,000 entries",
      bytes: () =>
        makeZip([
          ...docxEntries(["Hello"]),
          ...Array.from({ length: 5_000 }, (_, i) => ({ name: `word/media/${i}.bin`, data: "x" })),
        ]),
      expected: ["ARCHIVE_TOO_MANY_ENTRIES", "ARCHIVE_TOO_LARGE"],
    },
    {
      id: "docx-no-document",
      fileName: "no-document.docx",
      what: "a ZIP named .docx without word/document.xml",
      bytes: () => makeZip(docxEntries(["Hello"]).filter((entry) => entry.name !== "word/document.xml")),
      expected: ["UNSUPPORTED_TYPE", "CORRUPT_FILE"],
    },
    {
      id: "docx-billion-laughs",
      fileName: "laughs.docx",
      what: "a DOCX whose document part declares billion-laughs entities",
      bytes: () =>
        makeZip(
          docxEntries(["Hello"]).map((entry) =>
            entry.name === "word/document.xml"
              ? {
                  ...entry,
                  data: String(entry.data)
                    .replace(/^(<\?xml[^>]*\?>)/, `$1${billionLaughsDtd("w:document")}`)
                    .replace("Hello", "&lol9;"),
                }
              : entry,
          ),
        ),
      expected: ["ENTITY_EXPANSION"],
    },
    {
      id: "docx-truncated",
      fileName: "truncated.docx",
      what: "a valid DOCX cut in half",
      bytes: () => {
        const zip = makeZip(docxEntries(AGREEMENT.split("\n")));
        return zip.subarray(0, Math.floor(zip.length / 2));
      },
      expected: ["CORRUPT_FILE", "UNSUPPORTED_TYPE"],
    },
    {
      id: "html-deep",
      fileName: "deep.html",
      what: "HTML nested 100,000 elements deep",
      bytes: () => utf8(`<html><body>${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}</body></html>`),
      expected: ["TOO_DEEP"],
    },
    {
      id: "html-deep-unclosed",
      fileName: "unclosed.html",
      what: "100,000 unclosed <b><span> tags",
      bytes: () => utf8(`<!doctype html><p>${"<b><span>".repeat(50_000)}text`),
      expected: ["TOO_DEEP"],
    },
    {
      id: "html-billion-laughs",
      fileName: "laughs.html",
      what: "HTML with a billion-laughs internal DTD",
      bytes: () => utf8(`${billionLaughsDtd("html")}<html><body><p>We may end it. &lol9;</p></body></html>`),
      expected: ["ok", "ENTITY_EXPANSION"],
    },
    {
      id: "xml-billion-laughs",
      fileName: "laughs.xml",
      what: 'XML "billion laughs" entity expansion',
      bytes: () => utf8(`<?xml version="1.0"?>${billionLaughsDtd("lolz")}<lolz>&lol9;</lolz>`),
      expected: ["ENTITY_EXPANSION"],
    },
    {
      id: "xml-external-entity",
      fileName: "xxe.xml",
      what: "XML with an external entity (file:///etc/passwd)",
      bytes: () =>
        utf8('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><t>&xxe;</t>'),
      expected: ["ENTITY_EXPANSION"],
    },
    {
      id: "utf8-invalid",
      fileName: "invalid-utf8.txt",
      what: "text with invalid UTF-8 sequences",
      bytes: () =>
        concat(
          utf8(AGREEMENT),
          new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff]),
          utf8(AGREEMENT),
        ),
      expected: ["ok", "UNDECODABLE"],
    },
    ...(["utf-16le-bom", "utf-16le", "utf-16be-bom", "utf-16be"] as const).map((encoding): HostileCase => ({
      id: encoding,
      fileName: `${encoding}.txt`,
      what: `an agreement in ${encoding.replace("-bom", " with BOM").replace(/(\d)$/, "$1 without BOM")}`,
      bytes: () => encodeText(AGREEMENT.repeat(5), encoding),
      expected: ["ok"],
    })),
    {
      id: "utf-16-invalid",
      fileName: "invalid-utf16.txt",
      what: "UTF-16LE with BOM, lone surrogates and an odd length",
      bytes: () =>
        concat(
          new Uint8Array([0xff, 0xfe]),
          encodeText(AGREEMENT, "utf-16le"),
          new Uint8Array([0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc, 0x42]),
        ),
      expected: ["UNDECODABLE", "ok"],
    },
    {
      id: "control-characters",
      fileName: "ansi.txt",
      what: "an agreement laced with terminal escapes and bidi overrides",
      bytes: () => utf8(AGREEMENT.replace(/ /g, " \u001b[2J\u202e\u0007 ")),
      expected: ["ok", "UNDECODABLE", "UNSUPPORTED_TYPE"],
    },
    {
      id: "line-40mb",
      fileName: "line-40mb.txt",
      what: "a 40 MB single line without a sentence break (default limits)",
      bytes: () => new Uint8Array(Buffer.alloc(40 * MB, "agreement ")),
      expected: ["TOO_LARGE"],
    },
    {
      id: "line-40mb-raised",
      fileName: "line-40mb-raised.txt",
      what: "the same 40 MB line with --max-bytes 50MB --max-text 50000000",
      bytes: () => new Uint8Array(Buffer.alloc(40 * MB, "agreement ")),
      cliFlags: ["--max-bytes", "50MB", "--max-text", "50000000"],
      expected: ["ok", "TIME_BUDGET"],
    },
    {
      id: "file-100mb",
      fileName: "big-100mb.txt",
      what: "a 100 MB text file",
      bytes: () => new Uint8Array(Buffer.alloc(100 * MB, "We may end it. ")),
      expected: ["TOO_LARGE"],
    },
  ];
}
