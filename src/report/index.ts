/** The report stage: the same analysis as terminal text, JSON, Markdown, or one self-contained HTML page. */
export { renderText, type TextOptions } from "./text.ts";
export { renderJson, REPORT_SCHEMA_VERSION, type JsonReport, type JsonFinding } from "./json.ts";
export { renderMarkdown } from "./markdown.ts";
export { renderHtml } from "./html.ts";
export { escapeHtml, escapeMarkdown } from "./escape.ts";
export {
  findingText,
  fragmentsOf,
  locateFinding,
  lineAndColumn,
  severityOrder,
  type Location,
} from "./locate.ts";
export { SAFEGUARDS_NOTE, reasonTarget, safeguardViews, type SafeguardView } from "./safeguards.ts";
