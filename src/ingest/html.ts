/**
 * Extracts the main content of an HTML page as text with structure. Our own rules rather than
 * Readability: a terms page is long, mostly text and has sections Readability may score away,
 * whereas what must go is well marked — scripts, styles, navigation, headers and footers
 * outside the article, forms, and cookie banners.
 */
import { parseHTML } from "linkedom";
import type { Block, Limits } from "../core/index.ts";
import { checkHtmlDepth } from "./html-depth.ts";
import { TextBuilder } from "./text-builder.ts";

export interface ExtractedText {
  text: string;
  /** Offsets into `text`. */
  blocks: Block[];
  title?: string;
}

const DROPPED_TAGS = new Set(
  (
    "script style noscript nav aside form svg template iframe button select object embed canvas dialog " +
    "input textarea head math audio video picture map"
  ).split(" "),
);
/** Dropped only outside `<main>`/`<article>`, where they are the site's chrome, not the document's. */
const CHROME_TAGS = new Set(["header", "footer"]);
const DROPPED_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "dialog",
  "alertdialog",
  "search",
]);
const BLOCK_TAGS = new Set(
  (
    "address article blockquote body center dd details dir div dl dt fieldset figcaption figure footer " +
    "h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu ol p pre section summary table tbody td tfoot th " +
    "thead tr ul caption legend"
  ).split(" "),
);
const COOKIE_BANNER = /cookie|consent|gdpr|onetrust|cookiebot/i;
/** A cookie banner is short; a long element named "cookie-policy" is the content itself. */
const COOKIE_BANNER_MAX_CHARS = 3_000;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
}

/**
 * Extracts the readable text of an HTML page. Headings become heading blocks with their level,
 * `<li>` list items, other text paragraphs.
 * @throws CounterweightError TOO_DEEP when the markup nests deeper than `limits.maxNestingDepth`.
 */
export function extractHtml(html: string, name: string, limits: Limits): ExtractedText {
  checkHtmlDepth(html, name, limits.maxNestingDepth);
  const source = /<(?:html|body)[\s>]/i.test(html.slice(0, 65_536))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const title = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  const body = document.body as unknown as DomNode | null;
  if (!body) return { text: "", blocks: [], title };
  const builder = new TextBuilder();
  walk(chooseRoot(document, body), builder);
  return { ...builder.finish(), title };
}

/** The page's `<main>` (or a lone `<article>`) when it holds most of the text; otherwise the body. */
function chooseRoot(document: { querySelectorAll(selector: string): ArrayLike<unknown> }, body: DomNode) {
  const mains = document.querySelectorAll("main, [role=main]");
  const articles = document.querySelectorAll("article");
  const candidate = (mains.length === 1 ? mains[0] : articles.length === 1 ? articles[0] : undefined) as
    DomNode | undefined;
  if (!candidate) return body;
  const bodyChars = (body.textContent ?? "").length;
  return (candidate.textContent ?? "").length >= bodyChars * 0.3 ? candidate : body;
}

/** Depth-first walk with an explicit stack, so even a deep tree cannot overflow the call stack. */
function walk(root: DomNode, builder: TextBuilder): void {
  const frames: Array<{ next: DomNode | null; leave: () => void }> = [];
  let inMainContent = 0;
  const open = (element: DomNode) => {
    const tag = element.nodeName.toLowerCase();
    if (shouldDrop(element, tag, inMainContent > 0)) return;
    const isMain = tag === "main" || tag === "article";
    const isBlock = BLOCK_TAGS.has(tag);
    const heading = /^h([1-6])$/.exec(tag);
    if (isMain) inMainContent++;
    if (tag === "br") builder.lineBreak();
    else if (isBlock) builder.paragraphBreak();
    if (heading) builder.pushContext({ kind: "heading", level: Number(heading[1]) });
    else if (tag === "li") builder.pushContext({ kind: "list-item" });
    if (tag === "pre") builder.preformatted++;
    if (tag === "td" || tag === "th") builder.space();
    frames.push({
      next: element.firstChild,
      leave: () => {
        if (isBlock) builder.paragraphBreak();
        if (heading || tag === "li") builder.popContext();
        if (tag === "pre") builder.preformatted--;
        if (isMain) inMainContent--;
      },
    });
  };
  open(root);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const node = frame.next;
    if (node === null) {
      frames.pop();
      frame.leave();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) builder.text(node.textContent ?? "");
    else if (node.nodeType === 1) open(node);
  }
}

function shouldDrop(element: DomNode, tag: string, inMainContent: boolean): boolean {
  if (DROPPED_TAGS.has(tag)) return true;
  if (CHROME_TAGS.has(tag) && !inMainContent) return true;
  const attribute = (attributeName: string) => element.getAttribute?.(attributeName) ?? null;
  if (attribute("hidden") !== null || attribute("aria-hidden") === "true") return true;
  const role = attribute("role");
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return true;
  if (/display\s*:\s*none/i.test(attribute("style") ?? "")) return true;
  const label = `${attribute("id") ?? ""} ${attribute("class") ?? ""}`;
  return COOKIE_BANNER.test(label) && (element.textContent ?? "").length <= COOKIE_BANNER_MAX_CHARS;
}
