import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./hostile.js";

/**
 * The CLI batch on corrupted CSV files (docs/batch.md: "a row that cannot be scored … is written with
 * its problems …; the other rows are still scored"; "each input row gives one output row, in the same
 * order"). Files of 20–200 good rows in the columns of fixtures/batch/quarters.csv, some rows broken
 * (a stray quote, GBK or 0xFF bytes, too many cells), with a BOM or not, LF or CRLF, empty lines. The
 * built CLI runs on each as a child process: every good row comes out scored, with its partner_id and
 * the score the library gives the same quarter, in order; every broken row comes out failed; the exit
 * code and the stderr count line agree; no stack trace.
 *
 * test/cli/batch.test.ts checks the messages of one broken file; this file checks that nothing is lost.
 */

const FILES = Number(process.env.FUZZ_FILES ?? 60);

const cliPath = join(root, "dist", "cli.js");
const HEADER = (readFileSync(join(root, "fixtures", "batch", "quarters.csv"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0] as string).split(",");

type Library = typeof import("../../src/index.js");
/** The built library, the same build as the CLI: a good row must score as its quarter does here. */
let library: Library;

beforeAll(async () => {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests`);
  library = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as Library;
});

function runBatch(file: string) {
  const result = spawnSync(process.execPath, [cliPath, "batch", file], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr, error: result.error };
}

const temp = mkdtempSync(join(tmpdir(), "star-batch-fuzz-"));
/** The generated files are kept when a check failed (their paths are in the failure), else removed. */
let keepFiles = process.env.FUZZ_KEEP === "1";
afterAll(() => {
  if (!keepFiles) rmSync(temp, { recursive: true, force: true });
});
let fileCount = 0;
const writeTemp = (name: string, content: Buffer | string) => {
  fileCount += 1;
  const file = join(temp, `${String(fileCount).padStart(3, "0")}-${name}`);
  writeFileSync(file, content);
  return file;
};

/** The output rows (after the BOM and header) as objects by English column name. */
const outputRows = (out: string) => parse(out, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

// ---------------------------------------------------------------------------------------------
// Good rows: the cells, and the partner-quarter they stand for

type Quarter = Record<string, unknown>;
interface GoodRow {
  readonly cells: Record<string, string>;
  readonly quarter: Quarter;
}

const pad = (n: number) => String(n).padStart(2, "0");
const QUARTERS = ["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"];
const NAMES = ["示例科技有限公司", "杭州云擎信息技术有限公司", "ACME, Inc.", '引号"测试"公司', "Ünïcødé GmbH", "😀 表情 Ltd", "  留白  ", "多行\n名称", "名".repeat(300), ""];
const OUTCOMES = ["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied", "unreachable", "unreachable_after_reminder", "非常满意", "满意", "一般", "不满意", "非常不满意", "回访不通", "提醒后回访不通"];
const NOTES = ["客户表扬信", "a, b \"c\"", "说".repeat(600), "x"];

const project = (index: number) =>
  fc.record({ product: fc.constantFrom("WorkSpace", "LearningSpace"), seats: fc.integer({ min: 200, max: 2000 }), day: fc.integer({ min: 1, max: 28 }), rating: fc.integer({ min: 0, max: 60 }), notSubmitted: fc.constantFrom("", "-", "未提交") }).map(
    (p) => (quarter: string) => {
      const year = quarter.slice(0, 4);
      const month = pad(Number(quarter.slice(6)) * 3);
      const deadline = `${year}-${month}-20`;
      const submitted = p.day <= 24 ? `${year}-${month}-${pad(p.day)}` : null;
      const onTime = submitted !== null && p.day <= 20;
      const cells: Record<string, string> = {
        [`project_${index}_id`]: `MP-${index}`,
        [`project_${index}_product`]: p.product,
        [`project_${index}_seats`]: String(p.seats),
        [`project_${index}_deadline`]: deadline,
        [`project_${index}_submitted_on`]: submitted ?? p.notSubmitted,
        [`project_${index}_rating`]: onTime ? String(p.rating / 2) : "",
      };
      const json: Quarter = { id: `MP-${index}`, product: p.product, seats: p.seats, deadline, submittedOn: submitted, ...(onTime ? { rating: p.rating / 2 } : {}) };
      return { cells, json };
    },
  );

const goodRow: fc.Arbitrary<(id: string) => GoodRow> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    quarter: fc.constantFrom(...QUARTERS),
    projects: fc.tuple(fc.option(project(1), { nil: undefined }), fc.option(project(2), { nil: undefined })),
    surveys: fc.tuple(fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }), fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined })),
    rep: fc.record(
      {
        rep_quality_deduction: fc.constantFrom(0, 0.5, 1.25, 3),
        rep_unlicensed_cases: fc.nat(3),
        rep_vendor_person_days: fc.constantFrom(0, 1.5, 4),
        rep_simple_tickets: fc.nat(12),
        rep_key_event_deduction: fc.nat(2),
      },
      { requiredKeys: [] },
    ),
    ecr: fc.oneof(
      fc.constant(undefined),
      fc.nat(200).chain((total) => fc.record({ simple: fc.integer({ min: 0, max: total }), total: fc.constant(total) })),
      fc.record({ rate: fc.oneof(fc.integer({ min: 0, max: 400 }).map((n) => `${n / 20}%`), fc.integer({ min: 0, max: 200 }).map((n) => String(n / 1000))), simple: fc.option(fc.nat(20), { nil: undefined }) }),
    ),
    online: fc.option(fc.nat(20).chain((required) => fc.tuple(fc.constant(required), fc.integer({ min: 0, max: required }))), { nil: undefined }),
    offline: fc.option(fc.nat(10).chain((required) => fc.tuple(fc.constant(required), fc.integer({ min: 0, max: required }))), { nil: undefined }),
    event: fc.option(
      fc.record({ kind: fc.constantFrom("bonus", "penalty", "加分", "扣分"), points: fc.integer({ min: 0, max: 10 }).map((n) => n / 2), note: fc.constantFrom(...NOTES), major: fc.constantFrom("", "", "", "downgrade", "降级") }),
      { nil: undefined },
    ),
    falsified: fc.constantFrom("", "", "true", "false", "是", "否", "yes", "no", "0", "1"),
  })
  .map((r) => (id: string): GoodRow => {
    const cells: Record<string, string> = { partner_id: id, partner_name: r.name, quarter: r.quarter };
    const name = r.name.trim();
    const quarter: Quarter = { partner: name === "" ? { id } : { id, name }, quarter: r.quarter };
    const majorProjects = r.projects.flatMap((make) => (make === undefined ? [] : [make(r.quarter)]));
    for (const p of majorProjects) Object.assign(cells, p.cells);
    if (majorProjects.length > 0) quarter.majorProjects = majorProjects.map((p) => p.json);
    const surveys = r.surveys.flatMap((outcome, index) => (outcome === undefined ? [] : [{ projectId: `MP-${index + 1}`, outcome }]));
    r.surveys.forEach((outcome, index) => {
      if (outcome !== undefined) Object.assign(cells, { [`survey_${index + 1}_project_id`]: `MP-${index + 1}`, [`survey_${index + 1}_outcome`]: outcome });
    });
    if (surveys.length > 0) quarter.satisfaction = surveys;
    const REP: Record<string, string> = {
      rep_quality_deduction: "deliveryQualityDeduction",
      rep_unlicensed_cases: "unlicensedWorkCases",
      rep_vendor_person_days: "vendorAssistPersonDays",
      rep_simple_tickets: "simpleIssueTickets",
      rep_key_event_deduction: "keyEventDeduction",
    };
    const rep = Object.entries(r.rep);
    for (const [column, value] of rep) cells[column] = String(value);
    if (rep.length > 0) quarter.repOffice = Object.fromEntries(rep.map(([column, value]) => [REP[column], value]));
    if (r.ecr !== undefined && "total" in r.ecr) {
      Object.assign(cells, { ecr_simple_calls: String(r.ecr.simple), ecr_total_calls: String(r.ecr.total) });
      quarter.ecr = { simpleCalls: r.ecr.simple, totalCalls: r.ecr.total };
    } else if (r.ecr !== undefined) {
      cells.ecr_rate = r.ecr.rate;
      if (r.ecr.simple !== undefined) cells.ecr_simple_calls = String(r.ecr.simple);
      quarter.ecr = { rate: r.ecr.rate.endsWith("%") ? r.ecr.rate : Number(r.ecr.rate), ...(r.ecr.simple === undefined ? {} : { simpleCalls: r.ecr.simple }) };
    }
    const training: Quarter = {};
    if (r.online !== undefined) {
      Object.assign(cells, { online_required: String(r.online[0]), online_completed: String(r.online[1]) });
      training.online = { required: r.online[0], completed: r.online[1] };
    }
    if (r.offline !== undefined) {
      Object.assign(cells, { offline_required: String(r.offline[0]), offline_attended: String(r.offline[1]) });
      training.offline = { required: r.offline[0], attended: r.offline[1] };
    }
    if (Object.keys(training).length > 0) quarter.training = training;
    if (r.event !== undefined) {
      // Only a penalty can be a major key event (四.2.2 names only negative events).
      if (r.event.kind === "bonus" || r.event.kind === "加分") r.event = { ...r.event, major: "" };
      const date = `${r.quarter.slice(0, 4)}-${pad(Number(r.quarter.slice(6)) * 3 - 1)}-11`;
      Object.assign(cells, { event_1_id: "KE-1", event_1_kind: r.event.kind, event_1_points: String(r.event.points), event_1_note: r.event.note, event_1_major: r.event.major });
      if (r.event.major !== "") cells.event_1_date = date;
      const kind = ({ 加分: "bonus", 扣分: "penalty" } as Record<string, string>)[r.event.kind] ?? r.event.kind;
      const major = r.event.major === "" ? {} : { major: r.event.major === "降级" ? "downgrade" : r.event.major, date };
      quarter.keyEvents = [{ id: "KE-1", kind, points: r.event.points, note: r.event.note, ...major }];
    }
    if (r.falsified !== "") {
      cells.customer_info_falsified = r.falsified;
      quarter.flags = { customerInfoFalsified: ["true", "是", "yes", "1"].includes(r.falsified) };
    }
    return { cells, quarter };
  });

/** RFC 4180 quoting, as a spreadsheet writes it. */
const csvCell = (text: string) => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

// ---------------------------------------------------------------------------------------------
// Corruptions of one row (each makes exactly one failed output row)

/** GBK bytes of Chinese text (not UTF-8: each starts with a byte that cannot start a UTF-8 character here). */
const GBK: readonly { text: string; bytes: number[] }[] = [
  { text: "测试科技", bytes: [0xb2, 0xe2, 0xca, 0xd4, 0xbf, 0xc6, 0xbc, 0xbc] },
  { text: "合作伙伴编号", bytes: [0xba, 0xcf, 0xd7, 0xf7, 0xbb, 0xef, 0xb0, 0xe9, 0xb1, 0xe0, 0xba, 0xc5] },
  { text: "中文公司", bytes: [0xd6, 0xd0, 0xce, 0xc4, 0xb9, 0xab, 0xcb, 0xbe] },
];

type Corruption =
  | { kind: "stray-quote"; column: number; at: number }
  | { kind: "gbk"; which: number }
  | { kind: "byte-ff"; at: number }
  | { kind: "too-many-cells"; extra: string[] }
  | { kind: "quote-then-text"; column: number }
  | { kind: "doubled-stray-quote"; column: number; at: number }
  | { kind: "too-few-cells"; keep: number };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant("stray-quote" as const), column: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("gbk" as const), which: fc.nat(GBK.length - 1) }),
  fc.record({ kind: fc.constant("byte-ff" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("too-many-cells" as const), extra: fc.array(fc.constantFrom("", "x", "1", "P-9"), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("quote-then-text" as const), column: fc.nat() }),
  fc.record({ kind: fc.constant("doubled-stray-quote" as const), column: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("too-few-cells" as const), keep: fc.nat() }),
);

/**
 * A stray quote in a cell is read as text (csv-parse `relax_quotes`): the row is scored when the
 * quote lands in a text column and reported when it makes a number, date or quarter unreadable, but
 * it never swallows other rows. These rows may go either way; every other broken row must fail.
 */
const QUOTE_KINDS = new Set<Corruption["kind"]>(["stray-quote", "doubled-stray-quote", "quote-then-text"]);
// A GBK cell in a file whose first 64 KB are mostly not UTF-8 makes the file read as GB18030: the cell is then read right.
const MAY_SCORE = new Set<Corruption["kind"]>([...QUOTE_KINDS, "gbk"]);

/** One CSV line (bytes) for a row, broken as `c` says. */
function rowBytes(row: GoodRow, c: Corruption | undefined): Buffer {
  const texts = HEADER.map((column) => row.cells[column] ?? "");
  const plain = (index: number) => texts[index] !== "" && csvCell(texts[index] as string) === texts[index];
  const line = (cells: string[]) => Buffer.from(cells.join(","));
  if (c === undefined) return line(texts.map(csvCell));
  const cells = texts.map(csvCell);
  const plainColumns = texts.map((_, index) => index).filter(plain); // partner_id and quarter at least
  switch (c.kind) {
    case "stray-quote":
    case "doubled-stray-quote": {
      const column = plainColumns[c.column % plainColumns.length] as number;
      const text = texts[column] as string;
      const at = 1 + (c.at % Math.max(1, text.length - 1)); // never at the start: `ab"c`, not `"abc`
      cells[column] = `${text.slice(0, at)}${c.kind === "stray-quote" ? '"' : '""'}${text.slice(at)}`;
      return line(cells);
    }
    case "quote-then-text": {
      const column = plainColumns[c.column % plainColumns.length] as number;
      cells[column] = `"${texts[column]}"x`;
      return line(cells);
    }
    case "gbk": {
      const name = HEADER.indexOf("partner_name");
      return Buffer.concat([line(cells.slice(0, name)), Buffer.from(name === 0 ? [] : [0x2c]), Buffer.from((GBK[c.which] as { bytes: number[] }).bytes), Buffer.from(","), line(cells.slice(name + 1))]);
    }
    case "byte-ff": {
      const id = texts[0] as string; // partner_id, plain text
      const at = 1 + (c.at % (id.length - 1));
      return Buffer.concat([Buffer.from(id.slice(0, at)), Buffer.from([0xff]), Buffer.from(id.slice(at)), Buffer.from(","), line(cells.slice(1))]);
    }
    case "too-many-cells":
      return line([...cells, ...c.extra]);
    case "too-few-cells": {
      const last = texts.findLastIndex((text) => text !== "");
      const keep = Math.min(last, 3 + (c.keep % Math.max(1, last - 2))); // drops the last filled cell at least
      return line(cells.slice(0, keep));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Files

interface FileCase {
  readonly rows: readonly { row: GoodRow; corruption: Corruption | undefined }[];
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
  readonly blankLines: readonly number[];
  readonly finalEol: boolean;
}

let fileSeq = 0;
const fileCase: fc.Arbitrary<FileCase> = fc
  .record({
    rows: fc.array(goodRow, { minLength: 20, maxLength: 200 }),
    corruptions: fc.oneof(
      { weight: 1, arbitrary: fc.constant([] as { at: number; corruption: Corruption }[]) },
      { weight: 3, arbitrary: fc.array(fc.record({ at: fc.nat(), corruption }), { minLength: 1, maxLength: 12 }) },
    ),
    bom: fc.boolean(),
    eol: fc.constantFrom("\n" as const, "\r\n" as const),
    blankLines: fc.array(fc.nat(), { maxLength: 5 }),
    finalEol: fc.boolean(),
  })
  .map(({ rows, corruptions, bom, eol, blankLines, finalEol }) => {
    fileSeq += 1;
    const byRow = new Map(corruptions.map(({ at, corruption: c }) => [at % rows.length, c]));
    return {
      rows: rows.map((make, index) => ({ row: make(`P-${fileSeq}-${String(index + 1).padStart(3, "0")}`), corruption: byRow.get(index) })),
      bom,
      eol,
      blankLines: blankLines.map((n) => n % (rows.length + 1)),
      finalEol,
    };
  });

function fileBytes(c: FileCase): Buffer {
  const lines: Buffer[] = [Buffer.from(HEADER.join(","))];
  c.rows.forEach(({ row, corruption: broken }, index) => {
    for (const blank of c.blankLines) if (blank === index) lines.push(Buffer.alloc(0));
    lines.push(rowBytes(row, broken));
  });
  for (const blank of c.blankLines) if (blank === c.rows.length) lines.push(Buffer.alloc(0));
  const eol = Buffer.from(c.eol);
  const body = Buffer.concat(lines.flatMap((line, index) => (index === lines.length - 1 && !c.finalEol ? [line] : [line, eol])));
  return c.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

const expectedScores = new Map<string, Record<string, string>>();
/** What the library (the CLI's build) makes of a good row's quarter, as the CLI would print it. */
function expectedOf(row: GoodRow): Record<string, string> {
  const key = JSON.stringify(row.quarter);
  const cached = expectedScores.get(key);
  if (cached) return cached;
  const result = library.safeAssessQuarter(row.quarter);
  if (!result.success) throw new Error(`the generator made a row the library rejects: ${key}\n${result.error.message}`);
  const { items, total, verdict } = result.data;
  const expected = {
    major_projects: String(items.majorProjects.score),
    satisfaction: String(items.satisfaction.score),
    rep_office: String(items.repOffice.score),
    ecr: String(items.ecr.score),
    training: String(items.training.score),
    total: String(total),
    downgrade: String(verdict.downgrade),
  };
  expectedScores.set(key, expected);
  return expected;
}

const stats = { files: 0, rows: 0, broken: 0, bytes: 0, slowest: { ms: 0, file: "" } };

/** Runs the CLI on one generated file and returns what is wrong (an empty list when all is well). */
function checkFile(c: FileCase): string[] {
  const bytes = fileBytes(c);
  const file = writeTemp("fuzz.csv", bytes);
  const started = performance.now();
  const { code, out, err, error } = runBatch(file);
  const ms = performance.now() - started;
  stats.files += 1;
  stats.rows += c.rows.length;
  stats.bytes += bytes.length;
  if (ms > stats.slowest.ms) stats.slowest = { ms, file: `${file} (${c.rows.length} rows, ${bytes.length} bytes)` };
  const problems: string[] = [];
  const where = `${file}`;
  if (error) return [`${where}: could not run the CLI: ${error.message}`];
  if (STACK.test(err)) problems.push(`stack trace on stderr: ${err.slice(0, 500)}`);
  const broken = c.rows.filter((r) => r.corruption !== undefined).length;
  const mustFail = c.rows.filter((r) => r.corruption !== undefined && !MAY_SCORE.has(r.corruption.kind)).length;
  stats.broken += broken;
  let rows: Record<string, string>[];
  try {
    rows = outputRows(out);
  } catch (parseError) {
    return [...problems, `output is not CSV: ${(parseError as Error).message}`];
  }
  if (rows.length !== c.rows.length) problems.push(`${rows.length} output rows for ${c.rows.length} input rows`);
  c.rows.forEach(({ row, corruption: broken }, index) => {
    const got = rows[index];
    const at = `row ${index + 1} (${row.cells.partner_id}${broken ? `, ${broken.kind}` : ""})`;
    if (got === undefined) {
      problems.push(`${at}: missing from the output`);
      return;
    }
    if (got.row !== String(index + 1)) problems.push(`${at}: numbered ${got.row}`);
    if (broken !== undefined) {
      if (got.error === "" && !MAY_SCORE.has(broken.kind)) problems.push(`${at}: not reported (scored ${got.total})`);
      else if (got.error !== "" && !err.includes(`${file}: row ${index + 1}: `)) problems.push(`${at}: not on stderr`);
      return;
    }
    if (got.error !== "") problems.push(`${at}: failed: ${(got.error ?? "<none>").slice(0, 300)}`);
    if (got.partner_id !== row.cells.partner_id) problems.push(`${at}: partner_id ${JSON.stringify(got.partner_id)}`);
    if (got.partner_name !== (row.cells.partner_name ?? "").trim()) problems.push(`${at}: partner_name ${JSON.stringify(got.partner_name?.slice(0, 40))}`);
    if (got.quarter !== row.cells.quarter) problems.push(`${at}: quarter ${got.quarter}`);
    const expected = expectedOf(row);
    for (const [column, value] of Object.entries(expected)) if (got[column] !== value) problems.push(`${at}: ${column} ${got[column]}, expected ${value}`);
  });
  const scored = rows.filter((row) => row.error === "").length;
  const summary = `${file}: ${rows.length} rows, ${scored} scored, ${rows.length - scored} failed`;
  if (err.trimEnd().split("\n").at(-1) !== summary) problems.push(`stderr does not end with "${summary}": ${JSON.stringify(err.slice(-300))}`);
  if (scored < c.rows.length - broken || scored > c.rows.length - mustFail) problems.push(`${scored} scored, expected ${c.rows.length - broken} … ${c.rows.length - mustFail}`);
  const failed = rows.length - scored;
  if (code !== (failed > 0 ? 2 : 0)) problems.push(`exit code ${code}, expected ${failed > 0 ? 2 : 0} (${failed} failed rows)`);
  if (problems.length > 0) keepFiles = true;
  return problems.slice(0, 12);
}

// ---------------------------------------------------------------------------------------------

describe("batch on corrupted CSV files: broken rows reported, nothing lost, the other rows scored", () => {
  it("the GBK bytes used here are GBK Chinese and not UTF-8", () => {
    for (const { text, bytes } of GBK) {
      expect(new TextDecoder("gbk").decode(Uint8Array.from(bytes))).toBe(text);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes))).toThrow();
    }
  });

  it(`${FILES} generated files of 20–200 rows`, () => {
    fc.assert(
      fc.property(fileCase, (c) => {
        const problems = checkFile(c);
        expect(problems).toEqual([]);
      }),
      { numRuns: FILES, endOnFailure: true },
    );
    console.info(
      `batch CSV: ${stats.files} files, ${stats.rows} rows (${stats.broken} broken), ${(stats.bytes / 1e6).toFixed(1)} MB; ` +
        `slowest CLI run ${stats.slowest.ms.toFixed(0)} ms: ${stats.slowest.file}`,
    );
  }, 180_000);

  it("a header without a required column: exit 2, no row, the problem on stderr", () => {
    for (const missing of ["partner_id", "quarter"]) {
      const header = HEADER.filter((column) => column !== missing);
      const file = writeTemp(`no-${missing}.csv`, `${header.join(",")}\n${header.map((column) => (column === "partner_id" ? "P-1" : column === "quarter" ? "2024-Q3" : "")).join(",")}\n`);
      const { code, out, err } = runBatch(file);
      expect(code).toBe(2);
      expect(outputRows(out)).toEqual([]);
      expect(err).toContain(`the required column ${missing} is missing`);
      expect(err).not.toMatch(STACK);
    }
  });

  it("only a header (with a BOM and CRLF): exit 0, 0 rows", () => {
    const file = writeTemp("header-only.csv", `\uFEFF${HEADER.join(",")}\r\n`);
    const { code, out, err } = runBatch(file);
    expect(code).toBe(0);
    expect(outputRows(out)).toEqual([]);
    expect(err.trim()).toBe(`${file}: 0 rows, 0 scored, 0 failed`);
  });

  it("a file in GBK (Chinese headers), as Chinese Excel saves it: read as GB18030 and scored, no stack trace", () => {
    // "合作伙伴编号,季度" in GBK, then a row
    const file = writeTemp("gbk-header.csv", Buffer.concat([Buffer.from((GBK[1] as { bytes: number[] }).bytes), Buffer.from([0x2c, 0xbc, 0xbe, 0xb6, 0xc8, 0x0a]), Buffer.from("P-1,2024-Q3\n")]));
    const { code, out, err } = runBatch(file);
    expect(code).toBe(0);
    // every section left out: 30 + 25 + 10 + 15 + 20 = 100
    expect(outputRows(out).map((row) => [row.partner_id, row.total])).toEqual([["P-1", "100"]]);
    expect(err).toContain("not UTF-8, read as GB18030");
    expect(err).not.toMatch(STACK);
  });
});

// ---------------------------------------------------------------------------------------------
// Bugs this fuzzing found, fixed in src/cli/batch.ts and src/batch/record-to-quarter.ts, kept as
// regression tests.

describe("fixed: bugs found by this fuzzing", () => {
  const header = "partner_id,partner_name,quarter,ecr_simple_calls,ecr_total_calls";

  // Was: a quoted cell followed by text ("D"x) was an "Invalid Closing Quote" record after which
  // csv-parse stayed inside the quotes and swallowed the next good rows. A stray quote is now text.
  it('a quoted cell followed by text ("D"x) is text and swallows no row', () => {
    const file = writeTemp("quote-then-text.csv", `${header}\nP-1,A,2024-Q3,4,50\nP-2,"D"x,2024-Q3,4,50\nP-3,C,2024-Q3,4,50\nP-4,"E",2024-Q3,4,50\nP-5,F,2024-Q3,4,50\n`);
    const { code, out } = runBatch(file);
    expect(outputRows(out).map((row) => [row.partner_id, row.partner_name, row.error === ""])).toEqual([
      ["P-1", "A", true],
      ["P-2", '"D"x', true],
      ["P-3", "C", true],
      ["P-4", "E", true],
      ["P-5", "F", true],
    ]);
    expect(code).toBe(0);
  });

  // Was: csv-parse took the record delimiter from the first line, so after a CRLF header a bare-LF row
  // ran into the next one.
  it("mixed line ends (CRLF header, then LF rows) lose no row", () => {
    const file = writeTemp("mixed-eol.csv", `${header}\r\nP-1,A,2024-Q3,4,50\nP-2,B,2024-Q3,4,50\r\nP-3,C,2024-Q3,4,50\r\n`);
    const rows = outputRows(runBatch(file).out);
    expect(rows.map((row) => [row.partner_id, row.error === ""])).toEqual([
      ["P-1", true],
      ["P-2", true],
      ["P-3", true],
    ]);
  });

  // Was: a doubled quote inside an unquoted cell (C""x) gave two failed rows for one line, and every
  // later row number was off by one.
  it('a doubled quote inside a cell (C""x) is text: three rows for three lines, numbered 1 … 3', () => {
    const file = writeTemp("doubled-quote.csv", `${header}\nP-1,A,2024-Q3,4,50\nP-2,C""x,2024-Q3,4,50\nP-3,C,2024-Q3,4,50\n`);
    const { out } = runBatch(file);
    expect(outputRows(out).map((row) => [row.row, row.partner_id, row.partner_name, row.error === ""])).toEqual([
      ["1", "P-1", "A", true],
      ["2", "P-2", 'C""x', true],
      ["3", "P-3", "C", true],
    ]);
  });

  // Was: a row with fewer cells than the header scored as if the missing cells were empty.
  it("a row with fewer cells than the header is reported, not scored", () => {
    const file = writeTemp("short-row.csv", `${header}\nP-1,A,2024-Q3,4,50\nP-2,B,2024-Q3\n`);
    const { code, out } = runBatch(file);
    expect(outputRows(out)[1]?.error).toBe("3 cells, but the header has 5 columns");
    expect(code).toBe(2);
  });

  // Was: an empty file exited 0, though it has none of the required columns.
  it("an empty file (no header) exits 2", () => {
    const file = writeTemp("empty.csv", "");
    const { code, err } = runBatch(file);
    expect(code).toBe(2);
    expect(err).toContain("the required column partner_id is missing");
  });
});
