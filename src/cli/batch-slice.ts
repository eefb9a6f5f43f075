import { type BatchHeader, readHeader } from "../batch/record-to-quarter.js";
import { type BatchFormat, type BatchJob, scoreJob, summaryLine } from "../batch/score-row.js";
import type { Language } from "../messages/bilingual.js";

/** What scoring a slice of rows gives: the output lines in row order, and the failed rows' reports. */
export interface ScoredSlice {
  readonly lines: readonly string[];
  readonly failures: readonly { readonly row: number; readonly error: string }[];
}

/** How a scorer (inline or a worker) is set up: the CSV header cells, the language and the output format. */
export interface ScorerSetup {
  readonly headerCells: readonly string[] | undefined;
  readonly lang: Language;
  readonly format: BatchFormat;
}

/** The scoring of one thread: the header read once, then slices of rows. The batch workers run this. */
export function sliceScorer(setup: ScorerSetup): (jobs: readonly BatchJob[]) => ScoredSlice {
  const header: BatchHeader | undefined = setup.headerCells === undefined ? undefined : readHeader(setup.headerCells).header;
  return (jobs) => {
    const lines: string[] = [];
    const failures: { row: number; error: string }[] = [];
    for (const job of jobs) {
      const summary = scoreJob(job, header, setup.lang);
      if (summary.error !== null) failures.push({ row: job.row, error: String(summary.error) });
      lines.push(summaryLine(summary, setup.format));
    }
    return { lines, failures };
  };
}
