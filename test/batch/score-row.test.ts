import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/batch/record-to-quarter.js";
import { scoreJob, summaryLine } from "../../src/batch/score-row.js";

const header = readHeader(["partner_id", "quarter", "ecr_simple_calls", "ecr_total_calls", "major_projects"]).header;

describe("batch: one row", () => {
  it("scores a CSV record: 9/75 = 12 % → 9; everything else not applicable: 30 + 25 + 10 + 9 + 20 = 94", () => {
    const summary = scoreJob({ row: 3, cells: ["P-1", "2024-Q3", "9", "75", ""] }, header, "en");
    expect(summary).toMatchObject({ row: 3, partnerId: "P-1", ecr: 9, total: 94, downgrade: false, error: null });
  });

  it("names the CSV column and the JSON path of a problem, inside a JSON cell too", () => {
    const bad = scoreJob({ row: 1, cells: ["P-1", "2024-Q3", "9", "5", ""] }, header, "en");
    expect(bad.error).toBe("ecr_simple_calls (/ecr/simpleCalls): simple calls (9) are more than all calls (5)");
    const json = scoreJob({ row: 2, cells: ["P-1", "2024-Q3", "", "", '[{"id":"MP-1","product":"WorkSpace","seats":300,"deadline":"2024-09-20","submittedOn":"2024-09-01","rating":31}]'] }, header, "zh");
    expect(json.error).toBe("major_projects (/majorProjects/0/rating): 代表处评分 31 超过满分 30");
  });

  it("refuses a record with unreadable characters, or a cell it cannot read, naming the column", () => {
    expect(scoreJob({ row: 4, cells: ["P-\uFFFD", "2024-Q3"] }, header, "en").error).toBe("unreadable characters: save the file as UTF-8, or name its encoding with --encoding gb18030");
    expect(scoreJob({ row: 5, cells: ["P-1", "2024-Q3", "", "", "[oops"] }, header, "en").error).toBe("major_projects: not a valid JSON array");
  });

  it("scores a JSONL line, and reports one that is not JSON or not a quarter", () => {
    expect(scoreJob({ row: 1, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en")).toMatchObject({ total: 100, error: null });
    // "{oops": the key at offset 1 has no double quotes → line 1, column 2
    expect(scoreJob({ row: 2, line: "{oops" }, undefined, "en").error).toMatch(/^JSON syntax error at line 1, column 2, at "oops": a character that JSON does not allow here/);
    expect(scoreJob({ row: 2, line: "{oops" }, undefined, "zh").error).toMatch(/^JSON 语法错误,位于第 1 行第 2 列/);
    expect(scoreJob({ row: 2, line: '\uFEFF{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en").total).toBe(100);
    expect(scoreJob({ row: 3, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q1"}' }, undefined, "en").error).toMatch(/^\/quarter: no policy in force for 2024-Q1/);
  });

  it("passes on a record the CSV parser refused, and a CSV record without a header", () => {
    expect(scoreJob({ row: 6, failure: "CSV: Invalid Opening Quote" }, header, "en")).toMatchObject({ row: 6, error: "CSV: Invalid Opening Quote" });
    expect(scoreJob({ row: 7, cells: ["P-1"] }, undefined, "en").error).toBe("CSV: no header line");
  });

  it("writes a summary as a CSV line or a JSON line", () => {
    const summary = scoreJob({ row: 1, line: '{"partner":{"id":"P-1"},"quarter":"2024-Q3"}' }, undefined, "en");
    expect(summaryLine(summary, "csv").startsWith("1,P-1,,2024-Q3,30,25,10,15,20,0,100,false,false,2024-10-01,")).toBe(true);
    expect(JSON.parse(summaryLine(summary, "jsonl"))).toMatchObject({ row: 1, total: 100 });
  });
});
