import { parentPort, workerData } from "node:worker_threads";
import type { BatchJob } from "../batch/score-row.js";
import { type ScorerSetup, sliceScorer } from "./batch-slice.js";

// A batch worker thread: scores the slices of rows it is sent, and answers each in turn.
const score = sliceScorer(workerData as ScorerSetup);
parentPort?.on("message", (jobs: readonly BatchJob[]) => {
  parentPort?.postMessage(score(jobs));
});
