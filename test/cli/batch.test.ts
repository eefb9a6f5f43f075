import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./run-cli.js";

const fixture = (name: string) => join("fixtures", "batch", name);
const temp = () => mkdtempSync(join(tmpdir(), "star-batch-"));
const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trim().split("\r\n");

describe("star-assessment batch", () => {
  it("scores every good CSV row, reports the bad one with its row number and column, and exits 2", () => {
    const { code, out, err } = cli(["batch", fixture("quarters.csv")]);
    expect(code).toBe(2);
    expect(out.startsWith("\uFEFFrow,partner_id,partner_name,quarter,major_projects,")).toBe(true);
    const lines = rows(out);
    expect(lines).toHaveLength(6);
    // the example quarter (README.md): 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5
    expect(lines[1]).toBe("1,P-0001,示例科技有限公司,2024-Q3,28,25,9.5,15,13,2,92.5,false,false,2024-10-01,,,,,");
    // (26 + 0) / 2 = 13; 15 − 2 = 13; 10 − 0.5 − 0.75 − 1 = 7.75; 10/100 → 12; 5 + 8 = 13; total 58.75
    expect(lines[2]).toMatch(/^2,P-0002,杭州云擎信息技术有限公司,2024-Q4,13,13,7\.75,12,13,0,58\.75,true,false,2025-01-01,,2025-04-01,TOTAL_BELOW_THRESHOLD,/);
    expect(lines[4]).toMatch(/^4,P-0004,坏数据有限公司,2024-Q3,,,,,,,,,,,,,,,"rep_unlicensed_cases \(\/repOffice\/unlicensedWorkCases\): unlicensedWorkCases \(unlicensed-work cases\): expected a number, received text ""abc"" \| ecr_simple_calls \(\/ecr\/simpleCalls\): simple calls \(9\) are more than all calls \(5\)"$/);
    // a quoted name with quotes inside survives the round trip
    expect(lines[5]).toMatch(/^5,P-0005,"引号""测试""公司",2024-Q2,30,25,10,15,20,0,100,true,false,2024-07-01,2024-10-01,,CUSTOMER_INFO_FALSIFIED,/);
    expect(err).toContain("fixtures/batch/quarters.csv: row 4: rep_unlicensed_cases");
    expect(err).toContain("fixtures/batch/quarters.csv: 5 rows, 4 scored, 1 failed");
  });

  it("reads Chinese headers and writes Chinese headers and messages with --lang zh", () => {
    const { code, out } = cli(["batch", fixture("quarters.zh.csv"), "--lang", "zh"]);
    expect(code).toBe(0);
    const lines = rows(out);
    expect(lines[0]?.startsWith("行号,合作伙伴编号,合作伙伴名称,季度,重大项目交付,")).toBe(true);
    // 28 + 25 + 9.5 + 15 + 13 = 90.5 (no key event in this file)
    expect(lines[1]).toBe("1,P-0001,示例科技有限公司,2024-Q3,28,25,9.5,15,13,0,90.5,false,false,2024-10-01,,,,,");
  });

  it("reads JSONL and writes JSONL to a file with -o, one line per input line", () => {
    const out = join(temp(), "scores.jsonl");
    const result = cli(["batch", fixture("quarters.jsonl"), "-o", out]);
    expect(result.code).toBe(2);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.row, line.total, line.error === null])).toEqual([
      [1, 92.5, true],
      [2, null, false],
      [3, null, false],
      // 30 + 25 + 10 + 0 (18/100 > 16 %) + 20 = 85
      [4, 85, true],
    ]);
    expect(result.err).toContain('row 3: JSON syntax error at line 1, column 1, at "not json": ');
  });

  it("reads stdin with - and writes CSV when asked", () => {
    const input = readFileSync(join(root, "fixtures", "batch", "quarters.jsonl"), "utf8").split("\n")[0];
    const { code, out } = cli(["batch", "-", "--input-format", "jsonl", "--output-format", "csv"], { input });
    expect(code).toBe(0);
    expect(rows(out)[1]).toBe("1,P-0001,示例科技有限公司,2024-Q3,28,25,9.5,15,13,2,92.5,false,false,2024-10-01,,,,,");
  });

  it("refuses a file with an unknown column (a typo must not score silently), writing no row", () => {
    const file = join(temp(), "typo.csv");
    writeFileSync(file, "partner_id,quarter,ecr_simple_cals\nP-1,2024-Q3,4\n");
    const { code, out, err } = cli(["batch", file]);
    expect(code).toBe(2);
    expect(rows(out)).toHaveLength(1);
    expect(err).toContain('unknown column "ecr_simple_cals" (see docs/batch.md)');
  });

  it("reports a row with a stray quote or bytes that are not UTF-8 (read as UTF-8) with its row number, and scores the others in order", () => {
    const file = join(temp(), "broken.csv");
    const gbk = Buffer.from([0x50, 0x2d, 0x32, 0x2c, 0xb2, 0xe2, 0x2c, 0x34, 0x2c, 0x35, 0x30, 0x0a]); // "P-2,<GBK 测>,4,50"
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("partner_id,quarter,ecr_simple_calls,ecr_total_calls\nP-1,2024-Q3,4,50\n"),
        gbk,
        Buffer.from('P-3,2024"-Q3,4,50\nP-4,2024-Q3,9,50\n'),
      ]),
    );
    const { code, out, err } = cli(["batch", file, "--encoding", "utf8"]);
    expect(code).toBe(2);
    const lines = rows(out);
    expect(lines).toHaveLength(5);
    // no call record problem: 4 simple calls ≤ 5 → 15; everything else n/a → 30 + 25 + 10 + 15 + 20 = 100
    expect(lines[1]).toMatch(/^1,P-1,,2024-Q3,30,25,10,15,20,0,100,/);
    expect(lines[2]).toMatch(/^2,,,,.*unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030"$/);
    // a stray quote is text: "2024\"-Q3" is then no quarter, and the row fails on its own
    expect(lines[3]).toMatch(/^3,P-3,,"2024""-Q3",.*quarter \(\/quarter\): a quarter is written YYYY-Qn/);
    // 9/50 = 18 % > 16 % → 0 → 30 + 25 + 10 + 0 + 20 = 85
    expect(lines[4]).toMatch(/^4,P-4,,2024-Q3,30,25,10,0,20,0,85,true,/);
    expect(err).toContain("row 2: unreadable characters: save the file as UTF-8, or name its encoding");
    expect(err).toContain(": 4 rows, 2 scored, 2 failed");
  });

  it("reports an unclosed quote at the end of the file as a failed row", () => {
    const file = join(temp(), "unclosed.csv");
    writeFileSync(file, 'partner_id,quarter\nP-1,2024-Q3\n"P-2,2024-Q3\n');
    const { code, out } = cli(["batch", file]);
    expect(code).toBe(2);
    expect(rows(out).slice(1).map((line) => line.slice(0, 6))).toEqual(["1,P-1,", "2,,,,,"]);
    expect(out).toContain("CSV: Quote Not Closed");
  });

  it("has --help with examples and the exit codes", () => {
    const { out } = cli(["batch", "--help"]);
    expect(out).toContain("$ star-assessment batch quarters.csv -o scores.csv --lang zh");
    expect(out).toContain("Exit codes: 0 every row scored; 2 some rows failed");
  });
});

describe("star-assessment batch: files as people have them", () => {
  const zhCsv = () => readFileSync(join(root, "fixtures", "batch", "quarters.zh.csv"), "utf8").replace(/^\uFEFF/, "");
  // 28 + 25 + 9.5 + 15 + 13 = 90.5 (no key event in this file)
  const zhRow = "1,P-0001,示例科技有限公司,2024-Q3,28,25,9.5,15,13,0,90.5,false,false,2024-10-01,,,,,";

  it("reads a CSV saved by Chinese Excel (GB18030), told by its bytes or by --encoding", () => {
    const file = join(temp(), "excel.csv");
    writeFileSync(file, iconv.encode(zhCsv().replace(/\n/g, "\r\n"), "gb18030"));
    const guessed = cli(["batch", file]);
    expect(guessed.code).toBe(0);
    expect(rows(guessed.out)[1]).toBe(zhRow);
    expect(guessed.err).toContain(`${file}: not UTF-8, read as GB18030 (as Chinese Excel saves CSV); choose with --encoding`);
    const named = cli(["batch", file, "--encoding", "gbk"]);
    expect(rows(named.out)[1]).toBe(zhRow);
    expect(named.err).not.toContain("read as GB18030");
    // read as UTF-8 on purpose, its header is refused in one sentence that says what to do, not a screen of garbled names
    const forced = cli(["batch", file, "--encoding", "utf8"]);
    expect(forced.code).toBe(2);
    expect(forced.err).toBe(`${file}: unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030\n`);
  });

  it("keeps a UTF-8 file with one stray GBK cell UTF-8: that row is reported, the Chinese of the others is read right", () => {
    const file = join(temp(), "mixed.csv");
    const lines = zhCsv().trim().split("\n");
    const stray = Buffer.from([0x50, 0x2d, 0x32, 0x2c, 0xb2, 0xe2, 0x2c, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x51, 0x33, 0x0a]); // "P-2,<GBK 测>,2024-Q3"
    writeFileSync(file, Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n`), stray]));
    const { code, out, err } = cli(["batch", file]);
    expect(code).toBe(2);
    expect(rows(out)[1]).toBe(zhRow);
    expect(rows(out)[2]).toMatch(/^2,,,,.*unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030"$/);
    expect(err).not.toContain("read as GB18030");
  });

  it("reads CSV and JSONL with a UTF-8 byte-order mark", () => {
    const csv = join(temp(), "bom.csv");
    writeFileSync(csv, `\uFEFF${zhCsv()}`);
    expect(rows(cli(["batch", csv]).out)[1]).toBe(zhRow);
    const jsonl = join(temp(), "bom.jsonl");
    writeFileSync(jsonl, `\uFEFF${readFileSync(join(root, "fixtures", "batch", "quarters.jsonl"), "utf8").split("\n")[0]}\n`);
    const { code, out } = cli(["batch", jsonl]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { total: number }).total).toBe(92.5);
  });

  it("writes CSV with CRLF line ends, and neutralises text cells that start a formula, never the numbers (OWASP)", () => {
    const file = join(temp(), "hostile.jsonl");
    const quarter = { partner: { id: "@P-1", name: "=HYPERLINK(\"http://x\")" }, quarter: "2024-Q3", keyEvents: [{ id: "KE-1", kind: "penalty", points: 18, note: "x" }] };
    writeFileSync(file, `${JSON.stringify(quarter)}\n`);
    const { code, out } = cli(["batch", file, "--output-format", "csv"]);
    expect(code).toBe(0);
    expect(out.endsWith("\r\n")).toBe(true);
    expect(out.split("\r\n")).toHaveLength(3);
    // every item not applicable: 30 + 25 + 10 + 15 + 20 − 18 = 82
    expect(rows(out)[1]).toBe(`1,'@P-1,"'=HYPERLINK(""http://x"")",2024-Q3,30,25,10,15,20,-18,82,false,false,2024-10-01,,,,,`);
  });

  it("-o - writes to stdout (no file named -), and -o creates the output's folders", () => {
    const { code, out } = cli(["batch", fixture("quarters.zh.csv"), "-o", "-"]);
    expect(code).toBe(0);
    expect(rows(out)[1]).toBe(zhRow);
    expect(existsSync(join(root, "-"))).toBe(false);
    const nested = join(temp(), "reports", "2024", "scores.csv");
    expect(cli(["batch", fixture("quarters.zh.csv"), "-o", nested]).code).toBe(0);
    expect(readFileSync(nested, "utf8").split("\r\n")[1]).toBe(zhRow);
  });
});

describe("star-assessment batch: errors a person can act on", () => {
  it("a missing input: its path and reason, exit 2, no stack trace, and no output file made", () => {
    const out = join(temp(), "scores.csv");
    const { code, err } = cli(["batch", "fixtures/batch/no-such.csv", "-o", out]);
    expect(code).toBe(2);
    expect(err).toBe("fixtures/batch/no-such.csv: cannot read: no such file or folder (ENOENT)\n");
    expect(existsSync(out)).toBe(false);
    expect(cli(["batch", "fixtures/batch"]).err).toBe("fixtures/batch: cannot read: this is a folder, not a file (EISDIR)\n");
  });

  it("an output that cannot be written: its path and reason, exit 2", () => {
    const blocker = join(temp(), "file");
    writeFileSync(blocker, "");
    const { code, err } = cli(["batch", fixture("quarters.zh.csv"), "-o", join(blocker, "scores.csv")]);
    expect(code).toBe(2);
    expect(err).toBe(`${join(blocker, "scores.csv")}: cannot write: a file of that name is in the way (EEXIST)\n`);
  });

  it("--lang zh: the rows' reports, JSON syntax errors and the summary in Chinese", () => {
    const { code, err } = cli(["batch", fixture("quarters.jsonl"), "--lang", "zh"]);
    expect(code).toBe(2);
    expect(err).toContain("fixtures/batch/quarters.jsonl:第 3 行:JSON 语法错误,位于第 1 行第 1 列,\"not json\" 处:此处出现了 JSON 不允许的字符");
    expect(err).toContain("fixtures/batch/quarters.jsonl:共 4 行,2 行已评分,2 行失败");
    expect(cli(["batch", "nope.csv", "--lang", "zh"]).err).toBe("nope.csv:无法读取:文件或文件夹不存在(ENOENT)\n");
  });
});

