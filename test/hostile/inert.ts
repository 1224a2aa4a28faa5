/** Checks that an HTML page can run nothing a payload brought in. Returns the problems found. */
import { parseHTML } from "linkedom";

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.includes("window.__pwned=1;alert(1)</script>"))
    problems.push("a raw <script> payload is in the HTML");
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "script" && (!element.getAttribute("src")?.startsWith("/") || element.textContent?.trim())) {
      problems.push(`inline or foreign <script>: ${element.outerHTML.slice(0, 80)}`);
    }
    if (tag === "style" && element.textContent?.includes("display:none"))
      problems.push("an injected <style>");
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (name.startsWith("on")) problems.push(`event handler ${name} on <${tag}>`);
      if (
        ["href", "src", "action", "formaction", "xlink:href"].includes(name) &&
        value.startsWith("javascript:")
      ) {
        problems.push(`javascript: URL in ${name} of <${tag}>`);
      }
    }
  }
  return problems;
}

/** The page's visible text (what a reader sees), to prove a payload was shown rather than dropped. */
export function visibleText(html: string): string {
  return parseHTML(html).document.body?.textContent ?? "";
}
