const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of document text
 * and every generated string goes through this before it reaches the HTML report.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Escapes text so Markdown shows it literally: no emphasis, links, raw HTML, tables, or a list
 * started by a leading "1." or "-". (`(` needs no escape once `[` is escaped: no link can form.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~&]/g, (char) => (char === "&" ? "&amp;" : `\\${char}`))
    .replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3")
    .replace(/^(\s*)([-+])/, "$1\\$2");
}
