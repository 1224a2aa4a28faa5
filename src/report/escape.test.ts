import { describe, expect, test } from "vitest";
import { escapeHtml, escapeMarkdown } from "./index.ts";

describe("escaping", () => {
  test("escapeHtml neutralises every character that could open markup or leave an attribute", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;",
    );
  });

  test("escapeMarkdown keeps links, HTML, emphasis and leading list markers literal", () => {
    expect(escapeMarkdown("[click](javascript:alert(1)) <b>*x*</b>")).toBe(
      "\\[click\\](javascript:alert(1)) \\<b\\>\\*x\\*\\</b\\>",
    );
    expect(escapeMarkdown("1. First")).toBe("1\\. First");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("A & B")).toBe("A &amp; B");
  });
});
