/**
 * The accuracy table for the method page, read from `docs/model.md` (written by the training code),
 * so the page never shows figures that differ from the measured ones.
 */
import { readFile } from "node:fs/promises";

export interface FiguresTable {
  heading: string;
  header: string[];
  rows: string[][];
}

const MODEL_DOC = new URL("../../docs/model.md", import.meta.url);

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim().replace(/\*\*/g, "").replace(/`/g, ""));
}

/** The first Markdown table whose header row mentions F1, with the heading above it; undefined when none. */
export function firstF1Table(markdown: string): FiguresTable | undefined {
  const lines = markdown.split(/\r?\n/);
  let heading = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6}\s/.test(line)) heading = line.replace(/^#+\s*/, "");
    const separator = lines[i + 1] ?? "";
    if (line.trim().startsWith("|") && /^\s*\|?\s*:?-{3,}/.test(separator) && /f1/i.test(line)) {
      const rows: string[][] = [];
      for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith("|"); j++)
        rows.push(cells(lines[j]!));
      return { heading, header: cells(line), rows };
    }
  }
  return undefined;
}

export async function loadModelFigures(): Promise<FiguresTable | undefined> {
  try {
    return firstF1Table(await readFile(MODEL_DOC, "utf8"));
  } catch {
    return undefined;
  }
}
