import { Worker } from "node:worker_threads";
import type { BatchJob } from "../batch/score-row.js";
import type { ScoredSlice, ScorerSetup } from "./batch-slice.js";

/** Scores slices of rows on worker threads, answering each slice by a promise. */
export interface Scorer {
  score(jobs: readonly BatchJob[]): Promise<ScoredSlice>;
  close(): Promise<void>;
}

// The rules run in workers with a bounded heap, and the reading thread never loads them: the peak
// memory stays flat, whatever the number of rows (bench P4).
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 24 };

/**
 * A scorer over `size` worker threads (dist/batch-worker.js): a slice goes to the least busy worker;
 * awaiting the promises in the order they were made keeps the rows in order.
 */
export function workerScorer(setup: ScorerSetup, size: number): Scorer {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./batch-worker.js", import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP });
    const waiting: { resolve: (slice: ScoredSlice) => void; reject: (error: Error) => void }[] = [];
    worker.on("message", (slice: ScoredSlice) => waiting.shift()?.resolve(slice));
    worker.on("error", (error) => {
      for (const promise of waiting.splice(0)) promise.reject(error);
    });
    return { worker, waiting };
  });
  return {
    score(jobs) {
      const target = workers.reduce((least, candidate) => (candidate.waiting.length < least.waiting.length ? candidate : least));
      return new Promise<ScoredSlice>((resolve, reject) => {
        target.waiting.push({ resolve, reject });
        target.worker.postMessage(jobs);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
