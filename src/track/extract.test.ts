import { describe, expect, it } from "vitest";
import { extractBySelector } from "./index.ts";

const page = `<!doctype html><html><head><title>Terms &amp; Conditions</title></head><body>
<nav>Home · Pricing</nav><div id="cookie">We use cookies</div>
<main><article class="terms"><h1>Terms</h1><p>We may end your account.</p></article></main>
<aside class="terms">Extra terms</aside>
</body></html>`;

describe("extractBySelector", () => {
  it("keeps only the matching elements, in order, and the title", () => {
    const html = extractBySelector(page, ".terms");
    expect(html).toContain("<title>Terms &amp; Conditions</title>");
    expect(html).toContain("<p>We may end your account.</p>");
    expect(html).toContain("Extra terms");
    expect(html.indexOf("We may end")).toBeLessThan(html.indexOf("Extra terms"));
    expect(html).not.toContain("cookies");
    expect(html).not.toContain("Pricing");
  });

  it("keeps an element once when the selector also matches its descendant", () => {
    const html = extractBySelector(page, "main, article");
    expect(html.match(/We may end/g)).toHaveLength(1);
  });

  it("says so when the selector matches nothing or is invalid", () => {
    expect(() => extractBySelector(page, "#gone", "uber.html")).toThrow(/uber\.html: .*matches nothing/);
    expect(() => extractBySelector(page, "main[[", "uber.html")).toThrow(/not valid/);
  });
});
