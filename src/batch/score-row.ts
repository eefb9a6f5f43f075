import { safeAssessQuarter } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { enFiles } from "../messages/en/files.js";
import { zhFiles } from "../messages/zh/files.js";
import { readJsonText } from "./json-text.js";
import { type BatchHeader, recordToQuarter } from "./record-to-quarter.js";
import { errorSummary, type Summary, summaryCsv, summaryOf } from "./summary.js";

/** One input row of a batch: a CSV record, a JSONL line, or a record the CSV parser already refused. */
export type BatchJob =
  | { readonly row: number; readonly cells: readonly string[] }
  | { readonly row: number; readonly line: string }
  | { readonly row: number; readonly failure: string };

/** The output format of a batch. */
export type BatchFormat = "csv" | "jsonl";

/**
 * Scores one batch row: a CSV record (under its file's header), or a JSONL line. A row that cannot be
 * scored gives a summary with its problems, each naming the column (CSV) and the JSON path.
 *
 * @example scoreJob({ row: 1, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en").total; // 100
 */
export function scoreJob(job: BatchJob, header: BatchHeader | undefined, lang: Language): Summary {
  if ("failure" in job) return errorSummary(job.row, undefined, [job.failure]);
  if ("line" in job) {
    const read = readJsonText(job.line);
    if ("problem" in read) return errorSummary(job.row, undefined, [read.problem[lang]]);
    const data = read.value;
    const result = safeAssessQuarter(data);
    if (result.success) return summaryOf(job.row, result.data, lang);
    return errorSummary(job.row, data, result.error.issues.map((issue) => `${issue.pointer || "/"}: ${issue.message[lang]}`));
  }
  const files = lang === "zh" ? zhFiles : enFiles;
  if (header === undefined) return errorSummary(job.row, undefined, [files.NO_HEADER()]);
  if (job.cells.some((cell) => cell.includes("\uFFFD"))) return errorSummary(job.row, undefined, [files.UNREADABLE_CHARACTERS()]);
  const { quarter, columnOf, problems } = recordToQuarter(header, job.cells);
  if (problems.length > 0) return errorSummary(job.row, quarter, problems.map((problem) => (problem.column === null ? problem.message[lang] : `${problem.column}: ${problem.message[lang]}`)));
  const result = safeAssessQuarter(quarter);
  if (result.success) return summaryOf(job.row, result.data, lang);
  const where = (pointer: string): string => {
    for (let path = pointer; path !== ""; path = path.slice(0, path.lastIndexOf("/"))) {
      const column = columnOf.get(path);
      if (column !== undefined) return `${column} (${pointer})`;
    }
    return pointer || "/";
  };
  return errorSummary(job.row, quarter, result.error.issues.map((issue) => `${where(issue.pointer)}: ${issue.message[lang]}`));
}

/**
 * A summary as one output line: CSV (the columns of SUMMARY_COLUMNS) or a JSON object.
 *
 * @example summaryLine(scoreJob({ row: 1, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en"), "jsonl").startsWith('{"row":1,'); // true
 */
export function summaryLine(summary: Summary, format: BatchFormat): string {
  return format === "csv" ? summaryCsv(summary) : JSON.stringify(summary);
}
