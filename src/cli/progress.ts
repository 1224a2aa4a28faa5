import cliProgress from "cli-progress";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr with items/s and ETA, shown only on a terminal so that
 * piped or CI output stays clean.
 */
export function startProgress(total: number, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled || total < 2) return { tick() {}, stop() {} };
  const startedAt = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "{bar} {value}/{total} documents | {rate}/s | ETA {eta_formatted} | {label}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: "", rate: "0.0" });
  return {
    tick(label: string) {
      const done = (bar.getProgress() * total || 0) + 1;
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      bar.increment(1, { label: label.slice(-40), rate: (done / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
