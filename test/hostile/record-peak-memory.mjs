// Preloaded with `node --import` into a CLI child: on exit, writes the process's peak resident
// memory in KB and its CPU time in ms (all threads, user + system) as JSON to the file named by
// CW_PEAK_MEMORY_FILE. VmHWM (Linux) counts this program alone; resourceUsage().maxRSS, the
// fallback, also counts the parent's memory at the fork.
import { readFileSync, writeFileSync } from "node:fs";

function peakKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.CW_PEAK_MEMORY_FILE;
if (file) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ peakKb: peakKb(), cpuMs: (user + system) / 1000 }));
  });
}
