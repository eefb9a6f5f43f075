import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { safeAssessQuarter } from "../assessment/assess.js";
import { type BatchHeader, readHeader, recordToQuarter } from "../batch/record-to-quarter.js";
import { errorSummary, type Summary, summaryCsv, summaryHeader, summaryOf } from "../batch/summary.js";
import type { Language } from "../messages/bilingual.js";

export type BatchFormat = "csv" | "jsonl";

export interface BatchOptions {
  readonly lang: Language;
  readonly output?: string;
  readonly inputFormat?: BatchFormat;
  readonly outputFormat?: BatchFormat;
}

const PROGRESS_EVERY = 10_000;
const FLUSH_AT = 64 * 1024;

const formatOf = (path: string | undefined): BatchFormat | undefined => {
  const extension = path === undefined ? "" : extname(path).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".jsonl" || extension === ".ndjson") return "jsonl";
  return undefined;
};

/** Writes lines in blocks, waiting when the destination is full, so memory stays flat. */
class LineWriter {
  private buffer = "";
  constructor(private readonly out: Writable) {}
  async write(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }
  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = "";
    if (chunk !== "" && !this.out.write(chunk)) await once(this.out, "drain");
  }
}

/** The scored rows of a CSV stream, one partner-quarter a row, or the header's problems. */
async function* csvRows(input: Readable, lang: Language): AsyncGenerator<{ row: number; summary: Summary } | { fatal: string[] }> {
  const parser = input.pipe(parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, info: true }));
  // The parser reports a malformed record (bad quoting) as it meets it, ahead of the records it has
  // buffered; the line numbers put the reports back in file order.
  const skipped: { line: number; message: string }[] = [];
  parser.on("skip", (error: Error & { lines: number }) => skipped.push({ line: error.lines, message: `CSV: ${error.message}` }));
  let header: BatchHeader | undefined;
  let row = 0;
  const skippedBefore = function* (line: number) {
    while (skipped.length > 0 && (skipped[0]?.line ?? 0) < line) {
      row += 1;
      yield { row, summary: errorSummary(row, undefined, [(skipped.shift() as { message: string }).message]) };
    }
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* skippedBefore(info.lines);
    if (header === undefined) {
      const read = readHeader(record);
      if (read.problems.length > 0) {
        yield { fatal: read.problems.map((problem) => problem.message[lang]) };
        return;
      }
      header = read.header;
      continue;
    }
    row += 1;
    yield { row, summary: scoreRecord(row, header, record, lang) };
  }
  yield* skippedBefore(Number.POSITIVE_INFINITY);
}

function scoreRecord(row: number, header: BatchHeader, cells: readonly string[], lang: Language): Summary {
  if (cells.some((cell) => cell.includes("\uFFFD"))) {
    const message = lang === "zh" ? "含有无法识别的字符:请将文件另存为 UTF-8 编码" : "unreadable characters: save the file as UTF-8";
    return errorSummary(row, undefined, [message]);
  }
  const { quarter, columnOf, problems } = recordToQuarter(header, cells);
  if (problems.length > 0) return errorSummary(row, quarter, problems.map((problem) => `${problem.column ?? "-"}: ${problem.message[lang]}`));
  const result = safeAssessQuarter(quarter);
  if (result.success) return summaryOf(row, result.data, lang);
  const where = (pointer: string): string => {
    for (let path = pointer; path !== ""; path = path.slice(0, path.lastIndexOf("/"))) {
      const column = columnOf.get(path);
      if (column !== undefined) return `${column} (${pointer})`;
    }
    return pointer || "/";
  };
  return errorSummary(row, quarter, result.error.issues.map((issue) => `${where(issue.pointer)}: ${issue.message[lang]}`));
}

async function* jsonlRows(input: Readable, lang: Language): AsyncGenerator<{ row: number; summary: Summary }> {
  let row = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    row += 1;
    if (line.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      yield { row, summary: errorSummary(row, undefined, [`JSON: ${(error as Error).message}`]) };
      continue;
    }
    const result = safeAssessQuarter(data);
    yield {
      row,
      summary: result.success
        ? summaryOf(row, result.data, lang)
        : errorSummary(row, data, result.error.issues.map((issue) => `${issue.pointer || "/"}: ${issue.message[lang]}`)),
    };
  }
}

/**
 * `batch`: scores one partner-quarter per CSV row or JSONL line, streaming, and writes one output
 * row per input row (CSV with a UTF-8 BOM, or JSONL). Rows that fail are written with their problems
 * and reported on stderr with their row number; the others are scored. Returns 2 when any row failed
 * or the file could not be read, else 0.
 */
export async function batchCommand(source: string, options: BatchOptions): Promise<number> {
  const inputFormat = options.inputFormat ?? formatOf(source) ?? "csv";
  const outputFormat = options.outputFormat ?? formatOf(options.output) ?? inputFormat;
  const input = source === "-" ? process.stdin : createReadStream(source);
  const out = options.output === undefined ? process.stdout : createWriteStream(options.output);
  const writer = new LineWriter(out);
  const progress = process.stderr.isTTY === true;
  let failed = 0;
  let total = 0;
  try {
    if (outputFormat === "csv") await writer.write(`\uFEFF${summaryHeader(options.lang)}`);
    const rows = inputFormat === "csv" ? csvRows(input, options.lang) : jsonlRows(input, options.lang);
    for await (const item of rows) {
      if ("fatal" in item) {
        for (const message of item.fatal) console.error(`${source}: ${message}`);
        return 2;
      }
      total += 1;
      if (item.summary.error !== null) {
        failed += 1;
        console.error(`${source}: row ${item.row}: ${item.summary.error}`);
      }
      await writer.write(outputFormat === "csv" ? summaryCsv(item.summary) : JSON.stringify(item.summary));
      if (progress && total % PROGRESS_EVERY === 0) process.stderr.write(`\r${total} rows…`);
    }
  } catch (error) {
    console.error(`${source}: ${(error as Error).message}`);
    return 2;
  } finally {
    await writer.flush();
    if (out !== process.stdout) {
      out.end();
      await once(out, "finish");
    }
  }
  if (progress && total >= PROGRESS_EVERY) process.stderr.write("\n");
  console.error(`${source}: ${total} rows, ${total - failed} scored, ${failed} failed`);
  return failed > 0 ? 2 : 0;
}
