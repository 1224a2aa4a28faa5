/**
 * What a seed import says while it runs: a progress bar on a terminal, a line every tenth of the way
 * otherwise (CI logs, pipes), and one summary line at the end. All on stderr: stdout stays the
 * command's own output.
 */
import type { SeedImportSummary } from "../jobs/index.ts";
import { startProgress, type Progress } from "./progress.ts";

export interface SeedProgress {
  onStart(versions: number): void;
  onVersion(label: string, outcome: { error?: unknown }): void;
  /** Ends the bar and prints the summary; `failed` versions are reported by the caller. */
  finish(summary: SeedImportSummary | undefined): void;
}

export function seedProgress(onError: (error: unknown) => void): SeedProgress {
  const tty = Boolean(process.stderr.isTTY);
  const startedAt = Date.now();
  let bar: Progress | undefined;
  let total = 0;
  let done = 0;
  return {
    onStart(versions) {
      total = versions;
      process.stderr.write(
        `Filling the registry: analysing ${versions} versions of real agreements from Open Terms Archive (once; later starts skip this)\n`,
      );
      bar = startProgress(versions, tty);
    },
    onVersion(label, outcome) {
      if (outcome.error !== undefined) onError(outcome.error);
      done += 1;
      bar?.tick(label);
      const step = Math.max(1, Math.ceil(total / 10));
      if (!tty && (done % step === 0 || done === total))
        process.stderr.write(`  ${done}/${total} versions\n`);
    },
    finish(summary) {
      bar?.stop();
      if (!summary) return;
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      process.stderr.write(
        `Registry filled in ${seconds} s: ${summary.created} agreements, ${summary.changed} later versions, ${summary.unchanged} unchanged (stored before, or the same text as the capture before), ${summary.failed} failed\n`,
      );
    },
  };
}
