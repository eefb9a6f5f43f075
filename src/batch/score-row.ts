import { safeAssessQuarter } from "../assessment/assess.js";
import type { Language } from "../messages/bilingual.js";
import { type BatchHeader, recordToQuarter } from "./record-to-quarter.js";
import { errorSummary, type Summary, summaryCsv, summaryOf } from "./summary.js";

/** One input row of a batch: a CSV record, a JSONL line, or a record the CSV parser already refused. */
export type BatchJob =
  | { readonly row: number; readonly cells: readonly string[] }
  | { readonly row: number; readonly line: string }
  | { readonly row: number; readonly failure: string };

/** The output format of a batch. */
export type BatchFormat = "csv" | "jsonl";

const unreadable = { zh: "含有无法识别的字符:请将文件另存为 UTF-8 编码", en: "unreadable characters: save the file as UTF-8" } as const;

/**
 * Scores one batch row: a CSV record (under its file's header), or a JSONL line. A row that cannot be
 * scored gives a summary with its problems, each naming the column (CSV) and the JSON path.
 *
 * @example scoreJob({ row: 1, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en").total; // 100
 */
export function scoreJob(job: BatchJob, header: BatchHeader | undefined, lang: Language): Summary {
  if ("failure" in job) return errorSummary(job.row, undefined, [job.failure]);
  if ("line" in job) {
    let data: unknown;
    try {
      data = JSON.parse(job.line);
    } catch (error) {
      return errorSummary(job.row, undefined, [`JSON: ${(error as Error).message}`]);
    }
    const result = safeAssessQuarter(data);
    if (result.success) return summaryOf(job.row, result.data, lang);
    return errorSummary(job.row, data, result.error.issues.map((issue) => `${issue.pointer || "/"}: ${issue.message[lang]}`));
  }
  if (header === undefined) return errorSummary(job.row, undefined, ["CSV: no header line"]);
  if (job.cells.some((cell) => cell.includes("\uFFFD"))) return errorSummary(job.row, undefined, [unreadable[lang]]);
  const { quarter, columnOf, problems } = recordToQuarter(header, job.cells);
  if (problems.length > 0) return errorSummary(job.row, quarter, problems.map((problem) => `${problem.column ?? "-"}: ${problem.message[lang]}`));
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
 * @example summaryLine(summary, "jsonl").startsWith('{"row":'); // true
 */
export function summaryLine(summary: Summary, format: BatchFormat): string {
  return format === "csv" ? summaryCsv(summary) : JSON.stringify(summary);
}
