import { parseHTML } from "linkedom";
import { inputError } from "../core/index.ts";

/** The few element features used here (the project compiles without the DOM library). */
interface PageElement {
  outerHTML: string;
  contains(other: PageElement): boolean;
}

/**
 * Keeps only the main content of a page: the elements matching a CSS selector, in document
 * order, inside a minimal HTML page that keeps the title. Tracking compares this part only, so a
 * changed navigation bar or cookie banner does not count as a new version of the terms.
 *
 * @throws CounterweightError (USAGE) when the selector is invalid, (EMPTY_INPUT) when it matches nothing.
 * @example
 * const html = extractBySelector(page, "main article.terms");
 */
export function extractBySelector(html: string, selector: string, name = "page"): string {
  const { document } = parseHTML(html);
  let matches: PageElement[];
  try {
    matches = [...document.querySelectorAll(selector)] as unknown as PageElement[];
  } catch (error) {
    throw inputError(
      "USAGE",
      name,
      `the CSS selector ${JSON.stringify(selector)} is not valid; fix it in the declarations file`,
      error,
    );
  }
  // A selector like "main, article" can match an element and its descendant: keep the outermost only.
  const outermost = matches.filter(
    (element) => !matches.some((other) => other !== element && other.contains(element)),
  );
  if (outermost.length === 0) {
    throw inputError(
      "EMPTY_INPUT",
      name,
      `the CSS selector ${JSON.stringify(selector)} matches nothing; the page layout may have changed, update the selector`,
    );
  }
  const title = document.querySelector("title")?.textContent ?? "";
  const titleElement = title ? `<title>${escapeText(title)}</title>` : "";
  return `<!doctype html><html><head><meta charset="utf-8">${titleElement}</head><body>${outermost.map((element) => element.outerHTML).join("\n")}</body></html>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
