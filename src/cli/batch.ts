import { once } from "node:events";
import { createReadStream, createWriteStream, mkdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, extname } from "node:path";
import { pipeline, Readable, type Writable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { readHeader } from "../batch/record-to-quarter.js";
import type { BatchFormat, BatchJob } from "../batch/score-row.js";
import { summaryHeader } from "../batch/summary.js";
import type { Language } from "../messages/bilingual.js";
import { both } from "../messages/bilingual.js";
import { enCli } from "../messages/en/cli.js";
import { enFiles } from "../messages/en/files.js";
import { zhCli } from "../messages/zh/cli.js";
import { zhFiles } from "../messages/zh/files.js";
import { type Scorer, workerScorer } from "./batch-pool.js";
import type { ScoredSlice } from "./batch-slice.js";
import { at, fileProblem } from "./file-problem.js";
import { type BatchEncoding, decodedText } from "./text-encoding.js";

export type { BatchEncoding, BatchFormat };

export interface BatchOptions {
  readonly lang: Language;
  /** Where the scores go: a file (its folder is created), or `-` / undefined for stdout. */
  readonly output?: string;
  readonly inputFormat?: BatchFormat;
  readonly outputFormat?: BatchFormat;
  /** The input's encoding; `auto` (the default) tells UTF-8 from GB18030 by the bytes. */
  readonly encoding?: BatchEncoding;
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

/** A file the batch could not read or write, with its path: the command reports it and exits 2. */
class FileFailure extends Error {}

/** Writes lines in blocks, waiting when the destination is full, so memory stays flat. */
class LineWriter {
  private buffer = "";
  failure: Error | undefined;
  constructor(
    private readonly out: Writable,
    private readonly endOfLine: string,
  ) {
    out.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }
  async write(line: string): Promise<void> {
    this.buffer += `${line}${this.endOfLine}`;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }
  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = "";
    if (this.failure !== undefined) throw this.failure;
    if (chunk !== "" && !this.out.write(chunk)) await once(this.out, "drain");
  }
}

/** csv-parse's report of a record it refused (bad quoting …). */
type CsvSkip = Error & { readonly code?: string; readonly lines: number };

/** The rows of a CSV text, after its header line; pulling them is what reads the file (backpressure). */
async function* csvJobs(text: AsyncIterable<string>, onHeader: (cells: string[]) => void, lang: Language): AsyncGenerator<BatchJob> {
  const parser = parseCsv({
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
  });
  // A read error (a folder, a disk error) ends the parser with it, and so the loop below.
  pipeline(Readable.from(text), parser, () => undefined);
  // The parser reports a malformed record (bad quoting) as it meets it, ahead of the records it has
  // buffered; the line numbers put the reports back in file order.
  const skipped: { line: number; message: string }[] = [];
  parser.on("skip", (error: CsvSkip) =>
    skipped.push({ line: error.lines, message: both(zhFiles, enFiles, "CSV_RECORD", { code: error.code ?? "", line: error.lines, detail: error.message })[lang] }),
  );
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

/** The lines of a JSONL text, read chunk by chunk as they are pulled (so memory stays flat). */
async function* jsonlJobs(text: AsyncIterable<string>): AsyncGenerator<BatchJob> {
  let row = 0;
  let rest = "";
  const lines = function* (block: string): Generator<BatchJob> {
    for (const line of block.split("\n")) {
      row += 1;
      const trimmed = line.endsWith("\r") ? line.slice(0, -1) : line;
      if (trimmed.trim() !== "") yield { row, line: trimmed };
    }
  };
  for await (const chunk of text) {
    const block = rest + chunk;
    const end = block.lastIndexOf("\n");
    rest = block.slice(end + 1);
    if (end >= 0) yield* lines(block.slice(0, end));
  }
  if (rest !== "") yield* lines(rest);
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** A file stream once it is open, or the reason it cannot be opened, with its path. */
async function opened<Stream extends NodeJS.EventEmitter>(stream: Stream, path: string, action: "read" | "write", lang: Language): Promise<Stream> {
  try {
    await once(stream, "open");
    return stream;
  } catch (error) {
    throw new FileFailure(fileProblem(error, action, path)[lang]);
  }
}

/**
 * `batch`: scores one partner-quarter per CSV row or JSONL line, streaming, on the machine's cores,
 * and writes one output row per input row, in order (CSV with a UTF-8 BOM and CRLF line ends, as
 * Excel writes it; or JSONL), to a file or (`-`) stdout. The input is UTF-8, or GB18030 as Chinese
 * Excel saves CSV (told by its bytes, or `--encoding`). Rows that fail are written with their
 * problems and reported on stderr with their row number; the others are scored. Returns 2 when any
 * row failed or a file could not be read or written, else 0.
 */
export async function batchCommand(source: string, options: BatchOptions): Promise<number> {
  const say = options.lang === "zh" ? zhCli : enCli;
  const toStdout = options.output === undefined || options.output === "-";
  const inputFormat = options.inputFormat ?? formatOf(source) ?? "csv";
  const format = options.outputFormat ?? (toStdout ? undefined : formatOf(options.output)) ?? inputFormat;
  const threads = Math.max(1, options.jobs ?? availableParallelism());
  const progress = process.stderr.isTTY === true;
  let input: Readable;
  let out: Writable;
  try {
    // A folder opens like a file and fails at its first read: refuse it before an output file is made.
    if (source !== "-" && isFolder(source)) throw new FileFailure(fileProblem({ code: "EISDIR", message: "" }, "read", source)[options.lang]);
    input = source === "-" ? process.stdin : await opened(createReadStream(source), source, "read", options.lang);
    if (toStdout) out = process.stdout;
    else {
      const path = options.output as string;
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw new FileFailure(fileProblem(error, "write", path)[options.lang]);
      }
      out = await opened(createWriteStream(path), path, "write", options.lang);
    }
  } catch (error) {
    if (!(error instanceof FileFailure)) throw error;
    console.error(error.message);
    return 2;
  }
  const writer = new LineWriter(out, format === "csv" ? "\r\n" : "\n");
  let headerCells: string[] | undefined;
  let scorer: Scorer | undefined;
  const inFlight: Promise<ScoredSlice>[] = [];
  let slice: BatchJob[] = [];
  let sliceCharacters = 0;
  let total = 0;
  let failed = 0;

  const emit = async (scored: ScoredSlice) => {
    for (const failure of scored.failures) console.error(say.BATCH_ROW({ source, row: failure.row, problem: failure.error }));
    failed += scored.failures.length;
    for (const line of scored.lines) {
      await writer.write(line);
      total += 1;
      if (progress && total % PROGRESS_EVERY === 0) process.stderr.write(`\r${say.BATCH_PROGRESS({ rows: total })}`);
    }
  };
  const send = async () => {
    scorer ??= workerScorer({ headerCells, lang: options.lang, format }, threads);
    inFlight.push(scorer.score(slice));
    slice = [];
    sliceCharacters = 0;
    while (inFlight.length >= threads * SLICES_IN_FLIGHT_PER_THREAD) await emit(await (inFlight.shift() as Promise<ScoredSlice>));
  };

  let exitCode = 0;
  try {
    if (format === "csv") await writer.write(`\uFEFF${summaryHeader(options.lang)}`);
    const onHeader = (cells: string[]) => {
      // Bytes that are not text in the encoding read: one sentence that says what to do, not a list of garbled names.
      if (cells.some((cell) => cell.includes("\uFFFD"))) throw new Error(both(zhFiles, enFiles, "UNREADABLE_CHARACTERS", undefined)[options.lang]);
      const problems = readHeader(cells).problems;
      // A typo in a column name must not score silently: the whole file is refused.
      if (problems.length > 0) throw new Error(problems.map((problem) => problem.message[options.lang]).join(`\n${source}: `));
      headerCells = cells;
    };
    const guessed = () => console.error(both(zhFiles, enFiles, "ENCODING_GUESSED", { path: source })[options.lang]);
    const text = decodedText(input as AsyncIterable<Buffer>, options.encoding ?? "auto", guessed);
    for await (const job of inputFormat === "csv" ? csvJobs(text, onHeader, options.lang) : jsonlJobs(text)) {
      slice.push(job);
      sliceCharacters += "line" in job ? job.line.length : "cells" in job ? job.cells.reduce((sum, cell) => sum + cell.length, 0) : 0;
      if (slice.length === SLICE_ROWS || sliceCharacters >= SLICE_CHARACTERS) await send();
    }
    if (slice.length > 0) await send();
    while (inFlight.length > 0) await emit(await (inFlight.shift() as Promise<ScoredSlice>));
    await writer.flush();
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    const action = failure === writer.failure ? "write" : "read";
    const path = action === "write" ? (options.output ?? "-") : source;
    // A system error (EISDIR, EPIPE …) is the file's; anything else is about the input's content.
    console.error(typeof failure.syscall === "string" ? fileProblem(failure, action, path)[options.lang] : at(source, { zh: failure.message, en: failure.message })[options.lang]);
    exitCode = 2;
  } finally {
    await scorer?.close();
    if (out !== process.stdout && writer.failure === undefined) {
      out.end();
      await once(out, "finish").catch(() => undefined);
    }
  }
  if (exitCode !== 0) return exitCode;
  if (writer.failure !== undefined) {
    // A write that failed as the file was closed (a full disk …).
    console.error(fileProblem(writer.failure, "write", options.output ?? "-")[options.lang]);
    return 2;
  }
  if (progress && total >= PROGRESS_EVERY) process.stderr.write("\n");
  console.error(say.BATCH_SUMMARY({ source, rows: total, scored: total - failed, failed }));
  return failed > 0 ? 2 : 0;
}
