/**
 * The registry as its own process (`counterweight serve`), for the benchmarks that drive it over
 * loopback: the load generator then runs beside the server, as real clients do, instead of sharing
 * its event loop and heap (where the generator's garbage collection stalls the server's replies).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");

export interface ServeProcess {
  url: string;
  /** Resident memory of the server process (all its threads) in MB, from /proc. */
  rssMb(): number | undefined;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `counterweight serve --port 0 …` with `args` added and resolves once it listens. */
export async function startServeProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  const server = spawn(
    process.execPath,
    [join(ROOT, "bin", "counterweight.js"), "serve", "--port", "0", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = "";
    server.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /registry at (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  return {
    url,
    rssMb() {
      try {
        const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"));
        return match ? Number(match[1]) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    async stop() {
      server.kill("SIGTERM");
      return exited;
    },
  };
}
