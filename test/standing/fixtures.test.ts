import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chineseWorkingDays } from "../../src/calendars/chinese-days.js";
import { standingCaseKind, standingExpectationOf } from "../../src/check/standing-case.js";

const folder = join(import.meta.dirname, "..", "..", "fixtures", "standing");
const inputs = readdirSync(folder).filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"));
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(folder, name), "utf8")) as Record<string, unknown>;

describe("fixtures/standing (expected values worked out by hand, see each _why)", () => {
  it("has the three kinds of case, each with its expectation", () => {
    expect(new Set(inputs.map((name) => standingCaseKind(read(name))))).toEqual(new Set(["standing", "eligibility", "schedule"]));
    for (const name of inputs) expect(readdirSync(folder)).toContain(name.replace(/\.json$/, ".expected.json"));
  });

  it.each(inputs)("%s gives what its expectation says", (name) => {
    const { _why, ...expected } = read(name.replace(/\.json$/, ".expected.json"));
    expect(_why).toBeTypeOf("object");
    expect(standingExpectationOf(read(name), { "chinese-days": chineseWorkingDays })).toEqual(expected);
  });

  it("a quarter is not a standing case; an unknown calendar is a RangeError", () => {
    expect(standingCaseKind({ partner: { id: "P" }, quarter: "2024-Q3" })).toBeUndefined();
    expect(standingCaseKind([])).toBeUndefined();
    expect(standingCaseKind(null)).toBeUndefined();
    expect(() => standingExpectationOf({ progress: { appliedOn: "2024-09-02" }, calendar: "mars" }, {})).toThrow(/unknown calendar "mars"; known: none/);
    expect(() => standingExpectationOf({ progress: { appliedOn: "2024-09-02" }, calendar: 7 }, { "chinese-days": chineseWorkingDays })).toThrow(RangeError);
  });
});
