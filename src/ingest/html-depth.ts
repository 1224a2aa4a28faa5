/**
 * A cheap, linear scan of HTML tag nesting, run before the DOM parser so that a document
 * nested 100,000 deep is refused in milliseconds instead of reaching code that walks the tree.
 * It follows enough of HTML's implied end tags (`<p>`, `<li>`, table cells) that an ordinary page
 * that omits them is not mistaken for a deep one.
 */
import { inputError } from "../core/index.ts";

const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
  "frame",
]);
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]);
const CLOSES_PARAGRAPH = new Set(
  (
    "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 " +
    "header hgroup hr main menu nav ol p pre section table ul li dd dt"
  ).split(" "),
);
/** Opening the key closes an open element of these names at the top of the stack. */
const IMPLIED_CLOSE: Record<string, Set<string>> = {
  li: new Set(["li"]),
  dt: new Set(["dt", "dd"]),
  dd: new Set(["dt", "dd"]),
  tr: new Set(["tr", "td", "th"]),
  td: new Set(["td", "th"]),
  th: new Set(["td", "th"]),
  option: new Set(["option"]),
  thead: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
  tbody: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
  tfoot: new Set(["thead", "tbody", "tfoot", "tr", "td", "th"]),
};
/** How far down the stack a closing tag looks for its element; unmatched ones are ignored. */
const CLOSE_SEARCH_DEPTH = 64;

/**
 * Throws TOO_DEEP when elements nest deeper than `maxDepth`.
 * @example checkHtmlDepth("<div><p>ok</div>", "page.html", 512) // returns quietly
 */
export function checkHtmlDepth(html: string, name: string, maxDepth: number): void {
  const stack: string[] = [];
  const length = html.length;
  let i = html.indexOf("<");
  while (i >= 0 && i < length) {
    const next = html.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      const end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
      i = end < 0 ? -1 : html.indexOf("<", end + 1);
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = html.indexOf(">", i + 2);
      i = end < 0 ? -1 : html.indexOf("<", end + 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || !isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const tag = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd);
    if (closing) {
      closeElement(stack, tag);
    } else {
      if (CLOSES_PARAGRAPH.has(tag) && stack[stack.length - 1] === "p") stack.pop();
      const implied = IMPLIED_CLOSE[tag];
      while (implied && stack.length > 0 && implied.has(stack[stack.length - 1]!)) stack.pop();
      const selfClosing = html.charCodeAt(tagEnd - 1) === 0x2f;
      if (!VOID_TAGS.has(tag) && !selfClosing) {
        stack.push(tag);
        if (stack.length > maxDepth) {
          throw inputError(
            "TOO_DEEP",
            name,
            `the HTML nests elements more than ${maxDepth} deep; this is not a real page (raise the limit with --max-depth if it is)`,
          );
        }
      }
      if (RAW_TEXT_TAGS.has(tag)) {
        stack.pop();
        const close = indexOfIgnoreCase(html, `</${tag}`, tagEnd);
        i = close < 0 ? -1 : close + 2 + tag.length;
        if (i >= 0) i = html.indexOf("<", i);
        continue;
      }
    }
    i = html.indexOf("<", tagEnd);
  }
}

function closeElement(stack: string[], tag: string): void {
  const lowest = Math.max(0, stack.length - CLOSE_SEARCH_DEPTH);
  for (let k = stack.length - 1; k >= lowest; k--) {
    if (stack[k] === tag) {
      stack.length = k;
      return;
    }
  }
}

/** Index just past the `>` that ends a tag, skipping quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  let previous = 0; // last non-space character: a quote opens a value only right after `=`
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if ((code === 0x22 || code === 0x27) && previous === 0x3d) quote = code;
    else if (code === 0x3e) return i + 1;
    if (code > 0x20) previous = code;
  }
  return html.length;
}

function indexOfIgnoreCase(text: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.replace(/[/]/g, "\\/"), "gi");
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
}
