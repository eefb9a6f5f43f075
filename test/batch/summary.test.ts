import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvLine, errorSummary, SUMMARY_COLUMNS, safeCell, summaryCsv, summaryHeader, summaryOf } from "../../src/batch/summary.js";
import { assessQuarter } from "../../src/index.js";

const fixture = (name: string) => assessQuarter(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", name), "utf8")));

describe("batch output rows", () => {
  it("summarises a scored quarter: scores, total, verdict, reason codes and messages", () => {
    // 09: 30 + 0 + 10 + 15 + 20 + 1 = 76; satisfaction 0 → ITEM_ZERO; falsified → CUSTOMER_INFO_FALSIFIED; 2024-Q4
    const summary = summaryOf(3, fixture("09-falsified-with-item-zero.json"), "en");
    expect(summary).toMatchObject({ row: 3, satisfaction: 0, total: 76, downgrade: true, effectiveFrom: "2025-01-01", restoresOn: "2025-04-01", reapplyFrom: null, error: null });
    expect(summary.reasons).toBe("ITEM_ZERO:satisfaction; CUSTOMER_INFO_FALSIFIED");
    expect(String(summary.reasonMessages).split(" | ")).toHaveLength(2);
  });

  it("keeps what it can read of a failed row's partner and quarter", () => {
    expect(errorSummary(4, { partner: { id: "P-9", name: 7 }, quarter: "2024-Q3" }, ["a", "b"])).toMatchObject({ row: 4, partnerId: "P-9", partnerName: null, quarter: "2024-Q3", total: null, error: "a | b" });
    expect(errorSummary(5, "not an object", ["x"])).toMatchObject({ partnerId: null, quarter: null, error: "x" });
  });

  it("writes RFC 4180 CSV: quotes commas, quotes, line breaks and edge spaces; null is empty", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", " pad", 1.5, null, false])).toBe('"a,b","say ""hi""","two\nlines"," pad",1.5,,false');
  });

  it("neutralises text cells a spreadsheet would run as a formula (OWASP CSV injection), never the library's numbers", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(safeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvLine(['=HYPERLINK("http://x","y")', "@SUM(A1)", "\tx", "-18", -18, 0, "a=b", "", null])).toBe(
      '"\'=HYPERLINK(""http://x"",""y"")",\'@SUM(A1),\'\tx,\'-18,-18,0,a=b,,',
    );
    // a row's partner name is text, its negative adjustment a number: 'shown as text, -18 a number
    const row = summaryCsv({ ...errorSummary(1, { partner: { id: "P-1", name: "=cmd|' /C calc'!A0" } }, []), keyEventAdjustment: -18 });
    expect(row).toContain(",'=cmd|' /C calc'!A0,");
    expect(row).toContain(",-18,");
  });

  it("has a header in English or Chinese with one column per summary field, in order", () => {
    expect(summaryHeader("en").split(",")).toEqual(SUMMARY_COLUMNS.map((column) => column.en));
    expect(summaryHeader("zh").split(",")[0]).toBe("行号");
    expect(summaryCsv(errorSummary(1, undefined, ["bad"])).split(",")).toHaveLength(SUMMARY_COLUMNS.length);
  });
});
