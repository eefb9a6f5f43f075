import { describe, expect, it } from "vitest";
import { quarterEnd, quarterStart } from "../../src/index.js";
import { isCalendarDate } from "../../src/dates/calendar-date.js";
import { isQuarterId } from "../../src/dates/quarter.js";

describe("4.1.a / 4.1.b quarters (季度考核 in 3月、6月、9月、12月) and calendar dates", () => {
  describe("4.1.a / 4.1.b quarterStart: the dates a verdict takes effect and ends", () => {
    it.each([
      ["2024-Q1", "2024-01-01"],
      ["2024-Q2", "2024-04-01"],
      ["2024-Q3", "2024-07-01"],
      ["2024-Q4", "2024-10-01"],
      ["2023-Q1", "2023-01-01"],
    ] as const)("%s starts on %s", (quarter, start) => {
      expect(quarterStart(quarter)).toBe(start);
    });

    it.each([
      ["2024-Q3", 1, "2024-10-01"],
      ["2024-Q3", 2, "2025-01-01"],
      ["2024-Q4", 1, "2025-01-01"],
      ["2024-Q4", 2, "2025-04-01"],
      ["2024-Q1", -1, "2023-10-01"],
      ["2024-Q2", 4, "2025-04-01"],
      ["2024-Q2", 0, "2024-04-01"],
    ] as const)("%s + %i quarters starts on %s", (quarter, offset, start) => {
      expect(quarterStart(quarter, offset)).toBe(start);
    });

    it("years below 100 are not read as 19xx: 0099-Q1 → 0099-01-01", () => {
      expect(quarterStart("0099-Q1")).toBe("0099-01-01");
    });

    it('a string that is not a quarter id throws RangeError: "2024Q1"', () => {
      expect(() => quarterStart("2024Q1" as never)).toThrow(RangeError);
    });
  });

  describe("8.effective quarterEnd: a policy applies when in force on the quarter's last day", () => {
    it.each([
      ["2024-Q1", "2024-03-31"], // leap year: Q1 is Jan 31 + Feb 29 + Mar 31, still ending 03-31
      ["2023-Q1", "2023-03-31"],
      ["2024-Q2", "2024-06-30"],
      ["2024-Q3", "2024-09-30"],
      ["2024-Q4", "2024-12-31"],
      ["2000-Q1", "2000-03-31"],
      ["2100-Q4", "2100-12-31"],
    ] as const)("%s ends on %s", (quarter, end) => {
      expect(quarterEnd(quarter)).toBe(end);
    });
  });

  describe("3.2.1 / 3.2.6 isCalendarDate: deadlines, submissions and key-event dates", () => {
    it.each([
      ["2024-02-29", true, "2024 is a leap year (÷4)"],
      ["2000-02-29", true, "2000 is a leap year (÷400)"],
      ["2023-02-29", false, "2023 is not a leap year"],
      ["1900-02-29", false, "1900 is not a leap year (÷100, not ÷400)"],
      ["2100-02-29", false, "2100 is not a leap year"],
      ["2024-02-28", true, "Feb 28"],
      ["2024-04-30", true, "April has 30 days"],
      ["2024-04-31", false, "April has no 31st"],
      ["2024-12-31", true, "Dec 31"],
      ["2024-13-01", false, "no month 13"],
      ["2024-00-10", false, "no month 0"],
      ["2024-01-00", false, "no day 0"],
      ["2024-01-32", false, "no day 32"],
      ["2024-1-01", false, "month without leading zero"],
      ["2024-01-1", false, "day without leading zero"],
      ["2024/01/01", false, "slashes"],
      [" 2024-01-01", false, "leading space"],
      ["2024-01-01T00:00", false, "a time"],
      ["", false, "empty"],
    ])("%s → %s (%s)", (value, expected) => {
      expect(isCalendarDate(value)).toBe(expected);
    });
  });

  describe("4.1.a / 4.1.b isQuarterId", () => {
    it.each([
      ["2024-Q3", true],
      ["2024-Q1", true],
      ["2024-Q5", false],
      ["2024-Q0", false],
      ["2024Q1", false],
      ["24-Q1", false],
      ["2024-q1", false],
      // Read character by character: every position is checked, and the years run 1000 … 9998.
      ["1000-Q1", true],
      ["9998-Q4", true],
      ["0999-Q1", false],
      ["9999-Q1", false],
      ["20a4-Q1", false],
      ["2/24-Q1", false],
      [":024-Q1", false],
      ["2024_Q1", false],
      ["2024-R1", false],
      ["2024-Q/", false],
      ["2024-Q:", false],
      ["2024-Q12", false],
      ["2024-Q", false],
      ["", false],
      ["２０２４-Q1", false],
    ])("%s → %s", (value, expected) => {
      expect(isQuarterId(value)).toBe(expected);
    });
  });
});
