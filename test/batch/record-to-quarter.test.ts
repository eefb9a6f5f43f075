import { describe, expect, it } from "vitest";
import { headerTarget } from "../../src/batch/columns.js";
import { readHeader, recordToQuarter } from "../../src/batch/record-to-quarter.js";

const header = (...names: string[]) => {
  const read = readHeader(names);
  expect(read.problems).toEqual([]);
  return read.header;
};

describe("batch CSV columns", () => {
  it("names every column in English and in Chinese, numbered groups included", () => {
    expect(headerTarget("ecr_total_calls")).toMatchObject({ column: { path: ["ecr", "totalCalls"] } });
    expect(headerTarget("来电总数")).toMatchObject({ column: { path: ["ecr", "totalCalls"] } });
    expect(headerTarget("project_12_rating")).toMatchObject({ group: { section: "majorProjects" }, index: 11, column: { path: ["rating"] } });
    expect(headerTarget("项目2评分")).toMatchObject({ group: { section: "majorProjects" }, index: 1, column: { path: ["rating"] } });
    expect(headerTarget("回访1结果")).toMatchObject({ group: { section: "satisfaction" }, index: 0, column: { path: ["outcome"] } });
    expect(headerTarget("event_1_major")).toMatchObject({ group: { section: "keyEvents" }, index: 0 });
    expect(headerTarget("project_0_rating")).toBeUndefined();
    expect(headerTarget("ecr_simple_cals")).toBeUndefined();
  });

  it("refuses unknown, repeated and missing required headers, with zh and en messages", () => {
    const { problems } = readHeader(["\uFEFFpartner_id", "简单问题数", "ecr_simple_calls", "bogus"]);
    expect(problems.map((problem) => problem.message.en)).toEqual([
      'column "ecr_simple_calls" repeats "简单问题数"',
      'unknown column "bogus" (see docs/batch.md)',
      "the required column quarter is missing",
    ]);
    expect(problems[1]?.message.zh).toBe('未知的列名 "bogus"(见 docs/batch.md)');
  });
});

describe("batch CSV record → partner-quarter", () => {
  it("reads numbers, yes/no, rates and Chinese words, and leaves empty cells out", () => {
    const h = header("partner_id", "quarter", "ecr_rate", "ecr_simple_calls", "客户信息造假", "event_1_id", "event_1_kind", "event_1_points", "event_1_note", "event_1_major", "event_1_date", "rep_quality_deduction");
    const { quarter, problems } = recordToQuarter(h, ["P-1", "2024-Q3", "9.5%", "7", "是", "KE-1", "扣分", "1.5", "窜货", "黑名单", "2024-08-01", ""]);
    expect(problems).toEqual([]);
    expect(quarter).toEqual({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      ecr: { rate: "9.5%", simpleCalls: 7 },
      flags: { customerInfoFalsified: true },
      keyEvents: [{ id: "KE-1", kind: "penalty", points: 1.5, note: "窜货", major: "blacklist", date: "2024-08-01" }],
    });
  });

  it("packs numbered group members in order, skips empty ones, and reads an empty submitted-on as not submitted", () => {
    const h = header("partner_id", "quarter", "project_3_id", "project_3_submitted_on", "project_1_id", "project_1_submitted_on", "project_2_id");
    const { quarter, columnOf } = recordToQuarter(h, ["P-1", "2024-Q3", "MP-3", "2024-09-01", "MP-1", "", ""]);
    expect(quarter.majorProjects).toEqual([
      { id: "MP-1", submittedOn: null },
      { id: "MP-3", submittedOn: "2024-09-01" },
    ]);
    expect(columnOf.get("/majorProjects/1/submittedOn")).toBe("project_3_submitted_on");
    expect(columnOf.get("/quarter")).toBe("quarter");
  });

  it("reads a JSON cell, and refuses a group given both as JSON and as numbered columns", () => {
    const h = header("partner_id", "quarter", "satisfaction", "survey_1_outcome");
    expect(recordToQuarter(h, ["P-1", "2024-Q3", '[{"projectId":"MP-1","outcome":"满意"}]', ""]).quarter.satisfaction).toEqual([{ projectId: "MP-1", outcome: "满意" }]);
    const both = recordToQuarter(h, ["P-1", "2024-Q3", "[]", "满意"]);
    expect(both.problems.map((problem) => problem.message.en)).toEqual(["satisfaction is given both as a JSON column and as numbered columns; use one"]);
  });

  it("names the cells it cannot read, and a row longer than the header", () => {
    const h = header("partner_id", "quarter", "customer_info_falsified", "key_events");
    const { problems } = recordToQuarter(h, ["P-1", "2024-Q3", "maybe", "[oops", "extra"]);
    expect(problems.map((problem) => [problem.column, problem.message.en])).toEqual([
      [null, "5 cells, but the header has 4 columns"],
      ["customer_info_falsified", 'expected true/false (是/否), got "maybe"'],
      ["key_events", "not a valid JSON array"],
    ]);
  });

  it("passes text it cannot read as a number through, for the schema to report", () => {
    const h = header("partner_id", "quarter", "rep_simple_tickets", "online_required");
    expect(recordToQuarter(h, ["P-1", "2024-Q3", "abc", "1e1"]).quarter).toEqual({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      repOffice: { simpleIssueTickets: "abc" },
      training: { online: { required: 10 } },
    });
  });
});
