import type { Analysis } from "../assess/index.ts";
import { renderHtml, renderJson, renderMarkdown, renderText } from "../report/index.ts";
import type { ReportFormat } from "./options.ts";

/** Renders one analysis in the chosen format; `compact` puts JSON on one line (JSON Lines for folders). */
export function renderReport(
  analysis: Analysis,
  format: ReportFormat,
  options: { color: boolean; compact?: boolean },
): string {
  switch (format) {
    case "json":
      return JSON.stringify(renderJson(analysis), null, options.compact ? undefined : 2) + "\n";
    case "md":
      return renderMarkdown(analysis);
    case "html":
      return renderHtml(analysis);
    case "text":
      return renderText(analysis, { color: options.color });
  }
}
