import { describe, expect, it } from "vitest";
import { spanText, toOriginalOffset, type AgreementDocument, type ErrorCode } from "../core/index.ts";
import { detectFormat, ingestBytes } from "./index.ts";
import { docxEntries, encodeText, makeDocx, makePdf, makeZip } from "./testing/index.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const blockTexts = (doc: AgreementDocument) => doc.blocks.map((block) => [block.kind, spanText(doc, block)]);

async function expectError(promise: Promise<unknown>, code: ErrorCode, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ name: "CounterweightError", code });
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain("\n");
}

describe("ingestBytes: formats", () => {
  it("reads plain text, normalising whitespace and mapping offsets back", async () => {
    const doc = await ingestBytes(utf8("Terms\r\n\r\n\r\nWe  may\u00a0end it."), { name: "t.txt" });
    expect(doc).toMatchObject({
      format: "text",
      text: "Terms\n\nWe may end it.",
      metadata: { encoding: "utf-8" },
    });
    const endAt = doc.text.indexOf("end");
    expect(doc.original.text.slice(toOriginalOffset(doc.original.map, endAt))).toMatch(/^end it\./);
  });

  it("reads Markdown into readable text with heading, list and paragraph blocks", async () => {
    const markdown =
      "# Terms of Service\n\nBy using **Acme** you agree to [these terms](https://acme.test/terms).\n\n" +
      "## Termination\n\n- We may *suspend* your account.\n- We may delete `content`.\n\n1. First clause\n2) Second clause\n";
    const doc = await ingestBytes(utf8(markdown), { name: "terms.md" });
    expect(doc.format).toBe("markdown");
    expect(doc.metadata.title).toBe("Terms of Service");
    expect(blockTexts(doc)).toEqual([
      ["heading", "Terms of Service"],
      ["paragraph", "By using Acme you agree to these terms."],
      ["heading", "Termination"],
      ["list-item", "We may suspend your account."],
      ["list-item", "We may delete content."],
      ["list-item", "1. First clause"],
      ["list-item", "2. Second clause"],
    ]);
    expect(doc.blocks.filter((block) => block.kind === "heading").map((block) => block.level)).toEqual([
      1, 2,
    ]);
  });

  it("keeps only the main content of an HTML page, with structure and entities decoded", async () => {
    const html = `<!DOCTYPE html><html><head><title>Acme &amp; Co — Terms</title><style>p{color:red}</style>
      <script>var tracking = "Terms";</script></head><body>
      <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav></header>
      <div class="cookie-banner" id="consent">We use cookies. <button>Accept all</button></div>
      <main><article><h1>Terms of Service</h1>
        <p>These terms govern your use of Acme&rsquo;s services &mdash; please read them.</p>
        <h2>1. Termination</h2>
        <p>We may terminate your account<br>at any time.</p>
        <ol><li>For breach.</li><li>For any reason.</li></ol>
        <noscript>Enable JavaScript</noscript>
      </article></main>
      <aside>Related links</aside><footer>© 2024 Acme · <a href="/privacy">Privacy</a></footer>
      <svg><text>logo</text></svg><form><input value="search"></form>
      </body></html>`;
    const doc = await ingestBytes(utf8(html), { name: "terms.html" });
    expect(doc.format).toBe("html");
    expect(doc.metadata.title).toBe("Acme & Co — Terms");
    expect(blockTexts(doc)).toEqual([
      ["heading", "Terms of Service"],
      ["paragraph", "These terms govern your use of Acme’s services — please read them."],
      ["heading", "1. Termination"],
      ["paragraph", "We may terminate your account\nat any time."],
      ["list-item", "For breach."],
      ["list-item", "For any reason."],
    ]);
    const policy = `<html><body><div class="cookie-policy"><h1>Cookie Policy</h1>${"<p>We set cookies to run the service.</p>".repeat(100)}</div></body></html>`;
    const policyDoc = await ingestBytes(utf8(policy), { name: "cookies.html" });
    expect(policyDoc.blocks).toHaveLength(101); // a long element named "cookie…" is content, not a banner
    for (const chrome of [
      "Home",
      "cookies",
      "tracking",
      "Enable JavaScript",
      "Related",
      "©",
      "logo",
      "color",
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it("reads a PDF, joining pages, rejoining hyphenated words and unwrapping lines", async () => {
    const pdf = makePdf(
      [
        [
          "1. Termination",
          "We may termi-",
          "nate your account at any",
          "time without notice.",
          "",
          "2. Fees",
        ],
        ["Fees are non-refundable."],
      ],
      { title: "Acme Terms" },
    );
    const doc = await ingestBytes(pdf, { name: "terms.pdf" });
    expect(doc).toMatchObject({ format: "pdf", metadata: { title: "Acme Terms", encoding: "binary" } });
    expect(doc.text).toBe(
      "1. Termination\nWe may terminate your account at any time without notice.\n\n2. Fees\n\nFees are non-refundable.",
    );
  });

  it("reads a DOCX with Word heading styles and lists as blocks", async () => {
    const docx = makeDocx(
      [
        { text: "Terms of Service", heading: 1 },
        "By using Acme you agree to these terms.",
        { text: "Termination", heading: 2 },
        { text: "We may suspend your account.", list: "bullet" },
        { text: "We may delete your content.", list: "number", bold: true },
      ],
      { title: "Acme Terms" },
    );
    const doc = await ingestBytes(docx, { name: "terms.docx" });
    expect(doc).toMatchObject({ format: "docx", metadata: { title: "Acme Terms" } });
    expect(blockTexts(doc)).toEqual([
      ["heading", "Terms of Service"],
      ["paragraph", "By using Acme you agree to these terms."],
      ["heading", "Termination"],
      ["list-item", "We may suspend your account."],
      ["list-item", "We may delete your content."],
    ]);
  });

  it("reads corpus annotation files as text with the tags removed and the URL in metadata", async () => {
    const source =
      "Available at: https://acme.test/terms\n\nIntro.\n<ltd2>We are <j3>not</j3> liable.</ltd2> <a>x</a>";
    const doc = await ingestBytes(utf8(source), { name: "Acme.xml", extensionHint: ".xml" });
    expect(doc.format).toBe("corpus-xml");
    expect(doc.text).toBe("Available at: https://acme.test/terms\n\nIntro.\nWe are not liable. <a>x</a>");
    expect(doc.metadata.url).toBe("https://acme.test/terms");
  });
});

describe("ingestBytes: encodings", () => {
  const sample = "“Terms” — café, naïve… €5";
  it.each([
    "utf-8",
    "utf-8-bom",
    "utf-16le",
    "utf-16le-bom",
    "utf-16be",
    "utf-16be-bom",
    "windows-1252",
  ] as const)("decodes %s without mojibake", async (encoding) => {
    const doc = await ingestBytes(encodeText(`${sample}\nWe may end it.`, encoding), { name: "t.txt" });
    expect(doc.text).toBe(`${sample}\nWe may end it.`);
    expect(doc.metadata.encoding).toBe(encoding.replace(/-bom$/, encoding === "utf-8-bom" ? "-bom" : ""));
  });

  it("refuses invalid UTF-16 after a byte-order mark", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate
    await expectError(ingestBytes(bytes, { name: "bad.txt" }), "UNDECODABLE", /^bad\.txt: .*UTF-16/);
  });
});

describe("ingestBytes: bad input", () => {
  it("refuses empty and whitespace-only input", async () => {
    await expectError(ingestBytes(new Uint8Array(), { name: "e.txt" }), "EMPTY_INPUT", /^e\.txt: /);
    await expectError(ingestBytes(utf8(" \n\t\u200b\n"), { name: "e.txt" }), "EMPTY_INPUT", /no text/);
    await expectError(
      ingestBytes(utf8("<html><script>x()</script></html>"), { name: "e.html" }),
      "EMPTY_INPUT",
      /./,
    );
  });

  it("refuses input over the byte and text limits", async () => {
    await expectError(
      ingestBytes(utf8("x".repeat(2048)), { name: "big.txt", limits: { maxBytes: 1024 } }),
      "TOO_LARGE",
      /^big\.txt: the file is 2 KB; the limit is 1 KB, raise it with --max-bytes$/,
    );
    await expectError(
      ingestBytes(utf8("word ".repeat(100)), { name: "long.txt", limits: { maxTextChars: 100 } }),
      "TEXT_TOO_LONG",
      /limit is 100/,
    );
  });

  it("names binary formats it does not read", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectError(ingestBytes(png, { name: "shot.pdf" }), "UNSUPPORTED_TYPE", /PNG image.*PDF or DOCX/);
    const zip = makeZip([{ name: "a.txt", data: "hello" }]);
    await expectError(ingestBytes(zip, { name: "a.docx" }), "UNSUPPORTED_TYPE", /ZIP archive/);
    await expectError(ingestBytes(utf8("{\\rtf1 hello}"), { name: "a.rtf" }), "UNSUPPORTED_TYPE", /RTF/);
  });

  it("refuses damaged PDFs, PDFs over the page limit and PDFs without text", async () => {
    const pdf = makePdf([["Page one."], ["Page two."], ["Page three."]]);
    await expectError(
      ingestBytes(pdf.subarray(0, 200), { name: "cut.pdf" }),
      "CORRUPT_FILE",
      /^cut\.pdf: the PDF is damaged or incomplete; export it again or paste the text$/,
    );
    await expectError(
      ingestBytes(pdf, { name: "long.pdf", limits: { maxPdfPages: 2 } }),
      "TOO_MANY_PAGES",
      /3 pages; the limit is 2/,
    );
    await expectError(ingestBytes(makePdf([[]]), { name: "scan.pdf" }), "EMPTY_INPUT", /no text layer/);
    await expectError(
      ingestBytes(makePdf([["Secret."]], { passwordProtected: true }), { name: "locked.pdf" }),
      "UNSUPPORTED_TYPE",
      /^locked\.pdf: the PDF is password-protected; /,
    );
  });

  it("refuses zip bombs and broken Word documents before unpacking them", async () => {
    const lying = docxEntries(["Hello"]).concat({
      name: "word/bomb.xml",
      data: "0".repeat(1 << 20),
      declaredSize: 100,
    });
    await expectError(
      ingestBytes(makeZip(lying), { name: "lie.docx" }),
      "ARCHIVE_TOO_LARGE",
      /unpacks to more/,
    );
    const honest = docxEntries(["Hello"]).concat({ name: "word/big.xml", data: "0".repeat(2 << 20) });
    await expectError(
      ingestBytes(makeZip(honest), { name: "big.docx", limits: { maxArchiveBytes: 1 << 20 } }),
      "ARCHIVE_TOO_LARGE",
      /limit is 1 MB/,
    );
    const many = docxEntries(["Hello"]).concat(
      Array.from({ length: 30 }, (_, index) => ({ name: `word/media/${index}.bin`, data: "x" })),
    );
    await expectError(
      ingestBytes(makeZip(many), { name: "many.docx", limits: { maxArchiveEntries: 20 } }),
      "ARCHIVE_TOO_MANY_ENTRIES",
      /37 entries; the limit is 20/,
    );
    const laughs = docxEntries(["Hello"]).map((entry) =>
      entry.name === "word/document.xml"
        ? {
            ...entry,
            data: `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>${entry.data}`,
          }
        : entry,
    );
    await expectError(ingestBytes(makeZip(laughs), { name: "laughs.docx" }), "ENTITY_EXPANSION", /entities/);
    const docx = makeDocx(["Hello"]);
    await expectError(
      ingestBytes(docx.subarray(0, docx.length - 30), { name: "cut.docx" }),
      "CORRUPT_FILE",
      /damaged/,
    );
  });
});

describe("detectFormat", () => {
  it("trusts content over the extension", () => {
    expect(detectFormat(makePdf([["x"]]), ".txt")).toBe("pdf");
    expect(detectFormat(makeDocx(["x"]), ".pdf")).toBe("docx");
    expect(detectFormat(utf8("<!doctype html><p>x</p>"), ".md")).toBe("html");
    expect(detectFormat(utf8("# Terms\n\n- one\n- two\n\n[link](https://x.test)"), ".txt")).toBe("markdown");
    expect(detectFormat(utf8("Plain terms.\n\n1. We may end it."))).toBe("text");
    expect(detectFormat(utf8("Plain terms, maybe *emphasised*."), "terms.md")).toBe("markdown");
    expect(detectFormat(utf8("<p>Hello</p>"), ".html")).toBe("html");
  });
});
