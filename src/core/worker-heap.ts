/**
 * The heap of a worker thread that analyses documents. Its young generation is 96 MB, two 32 MB
 * semi-spaces, twice V8's default: an analysis of 10,000 words allocates about 2.3 MB, much of it
 * still alive when a collection comes, so with the default a third more collections each copy
 * more. Measured over 260 fresh 10,000-word analyses per worker: 62 → 37 scavenges, 399 → 205 ms
 * of pauses; in the server, the garbage collector's helper threads went from about 2.8 to 0.4 ms
 * of CPU per analysis. It costs at most about 50 MB more memory per worker.
 */
export const ANALYSIS_WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 } as const;
