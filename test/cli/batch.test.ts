import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
    // SPEC's example: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5
    expect(lines[1]).toBe("1,P-0001,示例科技有限公司,2024-Q3,28,25,9.5,15,13,2,92.5,false,false,2024-10-01,,,,,");
    // (26 + 0) / 2 = 13; 15 − 2 = 13; 10 − 0.5 − 0.75 − 1 = 7.75; 10/100 → 12; 5 + 8 = 13; total 58.75
    expect(lines[2]).toMatch(/^2,P-0002,杭州云擎信息技术有限公司,2024-Q4,13,13,7\.75,12,13,0,58\.75,true,false,2025-01-01,,2025-04-01,TOTAL_BELOW_THRESHOLD,/);
    expect(lines[4]).toMatch(/^4,P-0004,坏数据有限公司,2024-Q3,,,,,,,,,,,,,,,"rep_unlicensed_cases \(\/repOffice\/unlicensedWorkCases\): Invalid input: expected number, received string \| ecr_simple_calls \(\/ecr\/simpleCalls\): simple calls \(9\) are more than all calls \(5\)"$/);
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
    expect(lines[2]).toMatch(/^2,,,,.*unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030$/);
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
