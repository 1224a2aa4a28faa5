/**
 * Counterweight's public library API: read an agreement, find the one-sided terms,
 * judge the whole, and render a report. Every shell (CLI, web app, workers) uses only this.
 *
 * @example
 * import { analyzeFile, renderText } from "counterweight";
 * const analysis = await analyzeFile("terms.pdf", { context: { party: "worker" } });
 * console.log(renderText(analysis, { color: false }));
 */
export * from "./core/index.ts";
export { analyzeBytes, analyzeDocument, analyzeFile, analyzeText, type AnalyzeOptions } from "./analyze.ts";
export { ingestBytes, ingestFile, listInputFiles } from "./ingest/index.ts";
export { segment } from "./segment/index.ts";
export { classify, loadModel, type Model } from "./classify/index.ts";
export { assess, failOnExitCode, type Analysis, type Assessment, type PowerContext } from "./assess/index.ts";
export { renderHtml, renderJson, renderMarkdown, renderText } from "./report/index.ts";
export {
  diffAnalyses,
  renderDiffHtml,
  renderDiffJson,
  renderDiffText,
  type AnalysisDiff,
} from "./diff/index.ts";
export { extractBySelector, fetchSource, fetchWithRetry } from "./track/index.ts";
