import { diffWordsWithSpace } from "diff";
import type { WordChange } from "./types.ts";

/**
 * Word-level changes from `older` to `newer` text, whitespace kept so that joining the `equal` and
 * `delete` runs gives the older text and joining `equal` and `insert` runs gives the newer one.
 */
export function wordChanges(older: string, newer: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffWordsWithSpace(older, newer)) {
    const op = part.added ? "insert" : part.removed ? "delete" : "equal";
    const last = changes[changes.length - 1];
    if (last && last.op === op) last.text += part.value;
    else changes.push({ op, text: part.value });
  }
  return changes;
}
