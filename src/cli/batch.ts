import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import type { Readable, Writable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { readHeader } from "../batch/record-to-quarter.js";
import type { BatchFormat, BatchJob } from "../batch/score-row.js";
import { summaryHeader } from "../batch/summary.js";
import type { Language } from "../messages/bilingual.js";
import { type Scorer, workerScorer } from "./batch-pool.js";
import type { ScoredSlice } from "./batch-slice.js";

export type { BatchFormat };

export interface BatchOptions {
  readonly lang: Language;
  readonly output?: string;
  readonly inputFormat?: BatchFormat;
  readonly outputFormat?: BatchFormat;
  /** Scoring worker threads; by default the machine's cores. */
  readonly jobs?: number;
}

const PROGRESS_EVERY = 10_000;
const FLUSH_AT = 64 * 1024;
const SLICE_ROWS = 256; // rows sent to a scorer at a time …
const SLICE_CHARACTERS = 1 << 20; // … or fewer, when they are long: a slice's text stays under 1 MB
const SLICES_IN_FLIGHT_PER_THREAD = 2; // bounds the rows held in memory, whatever the file's length

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

/** The rows of a CSV stream, after its header line; pulling them is what reads the file (backpressure). */
async function* csvJobs(input: Readable, onHeader: (cells: string[]) => void): AsyncGenerator<BatchJob> {
  const parser = input.pipe(
    parseCsv({
      bom: true,
      info: true,
      // Rows of the wrong length and malformed records are reported row by row, not fatal to the file.
      relax_column_count: true,
      skip_records_with_error: true,
      // A stray quote inside a cell is text (`C""x`, `"D"x`), so one bad cell never swallows the next rows.
      relax_quotes: true,
      // Files edited on several systems mix line ends; a row ends at any of them.
      record_delimiter: ["\r\n", "\n", "\r"],
      skip_empty_lines: true,
    }),
  );
  // The parser reports a malformed record (bad quoting) as it meets it, ahead of the records it has
  // buffered; the line numbers put the reports back in file order.
  const skipped: { line: number; message: string }[] = [];
  parser.on("skip", (error: Error & { lines: number }) => skipped.push({ line: error.lines, message: `CSV: ${error.message}` }));
  let header = false;
  let row = 0;
  const skippedBefore = function* (line: number): Generator<BatchJob> {
    while (skipped.length > 0 && (skipped[0] as { line: number }).line < line) {
      row += 1;
      yield { row, failure: (skipped.shift() as { message: string }).message };
    }
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* skippedBefore(info.lines);
    if (!header) {
      header = true;
      onHeader(record);
      continue;
    }
    row += 1;
    yield { row, cells: record };
  }
  yield* skippedBefore(Number.POSITIVE_INFINITY);
  if (!header) onHeader([]); // an empty file has no columns at all, so it lacks the required ones
}

/** The lines of a JSONL stream, read chunk by chunk as they are pulled (so memory stays flat). */
async function* jsonlJobs(input: Readable): AsyncGenerator<BatchJob> {
  let row = 0;
  let rest = "";
  input.setEncoding("utf8");
  const lines = function* (text: string): Generator<BatchJob> {
    for (const line of text.split("\n")) {
      row += 1;
      const trimmed = line.endsWith("\r") ? line.slice(0, -1) : line;
      if (trimmed.trim() !== "") yield { row, line: trimmed };
    }
  };
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    const end = text.lastIndexOf("\n");
    rest = text.slice(end + 1);
    if (end >= 0) yield* lines(text.slice(0, end));
  }
  if (rest !== "") yield* lines(rest);
}

/**
 * `batch`: scores one partner-quarter per CSV row or JSONL line, streaming, on the machine's cores,
 * and writes one output row per input row, in order (CSV with a UTF-8 BOM, or JSONL). Rows that fail
 * are written with their problems and reported on stderr with their row number; the others are
 * scored. Returns 2 when any row failed or the file could not be read, else 0.
 */
export async function batchCommand(source: string, options: BatchOptions): Promise<number> {
  const inputFormat = options.inputFormat ?? formatOf(source) ?? "csv";
  const format = options.outputFormat ?? formatOf(options.output) ?? inputFormat;
  const threads = Math.max(1, options.jobs ?? availableParallelism());
  const input = source === "-" ? process.stdin : createReadStream(source);
  const out = options.output === undefined ? process.stdout : createWriteStream(options.output);
  const writer = new LineWriter(out);
  const progress = process.stderr.isTTY === true;
  let headerCells: string[] | undefined;
  let scorer: Scorer | undefined;
  const inFlight: Promise<ScoredSlice>[] = [];
  let slice: BatchJob[] = [];
  let sliceCharacters = 0;
  let total = 0;
  let failed = 0;

  const emit = async (scored: ScoredSlice) => {
    for (const failure of scored.failures) console.error(`${source}: row ${failure.row}: ${failure.error}`);
    failed += scored.failures.length;
    for (const line of scored.lines) {
      await writer.write(line);
      total += 1;
      if (progress && total % PROGRESS_EVERY === 0) process.stderr.write(`\r${total} rows…`);
    }
  };
  const send = async () => {
    scorer ??= workerScorer({ headerCells, lang: options.lang, format }, threads);
    inFlight.push(scorer.score(slice));
    slice = [];
    sliceCharacters = 0;
    while (inFlight.length >= threads * SLICES_IN_FLIGHT_PER_THREAD) await emit(await (inFlight.shift() as Promise<ScoredSlice>));
  };

  try {
    if (format === "csv") await writer.write(`\uFEFF${summaryHeader(options.lang)}`);
    const onHeader = (cells: string[]) => {
      const problems = readHeader(cells).problems;
      // A typo in a column name must not score silently: the whole file is refused.
      if (problems.length > 0) throw new Error(problems.map((problem) => problem.message[options.lang]).join(`\n${source}: `));
      headerCells = cells;
    };
    for await (const job of inputFormat === "csv" ? csvJobs(input, onHeader) : jsonlJobs(input)) {
      slice.push(job);
      sliceCharacters += "line" in job ? job.line.length : "cells" in job ? job.cells.reduce((sum, cell) => sum + cell.length, 0) : 0;
      if (slice.length === SLICE_ROWS || sliceCharacters >= SLICE_CHARACTERS) await send();
    }
    if (slice.length > 0) await send();
    while (inFlight.length > 0) await emit(await (inFlight.shift() as Promise<ScoredSlice>));
  } catch (error) {
    console.error(`${source}: ${(error as Error).message}`);
    return 2;
  } finally {
    await scorer?.close();
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
