import { describe, expect, it } from "vitest";
import { chineseWorkingDays } from "../../src/calendars/chinese-days.js";
import { addWorkingDays, MONDAY_TO_FRIDAY } from "../../src/index.js";

/**
 * "Within N working days after D" ends on the N-th working day after D, D not counted (docs/standing.md).
 * China's 2024 and 2025 arrangements (国务院办公厅通知): 中秋 2024-09-15 … 17 off, Saturday 09-14 worked;
 * 国庆 2024-10-01 … 07 off, Sunday 09-29 and Saturday 10-12 worked; 春节 2025-01-28 … 02-04 off, Sunday
 * 01-26 and Saturday 02-08 worked.
 */
describe("5.tech-manager / 6.process working days", () => {
  describe("Monday to Friday by default", () => {
    it.each([
      ["2024-08-05", 3, "2024-08-08"], // Mon → Tue, Wed, Thu
      ["2024-08-07", 3, "2024-08-12"], // Wed → Thu, Fri, Mon
      ["2024-08-09", 1, "2024-08-12"], // Fri → Mon
      ["2024-08-10", 1, "2024-08-12"], // Sat → Mon
      ["2024-09-12", 3, "2024-09-17"], // Thu → Fri 13, Mon 16, Tue 17 (no holidays)
      ["2024-09-27", 3, "2024-10-02"], // Fri → Mon 30, Tue 1, Wed 2
      ["2024-12-30", 3, "2025-01-02"], // across the year end
      ["2024-02-27", 3, "2024-03-01"], // Tue → Wed 28, Thu 29 (leap day), Fri 1
      ["2024-09-02", 0, "2024-09-02"], // zero working days: the day itself
    ] as const)("%s + %i working days = %s", (date, count, expected) => {
      expect(addWorkingDays(date, count)).toBe(expected);
      expect(addWorkingDays(date, count, MONDAY_TO_FRIDAY)).toBe(expected);
    });
  });

  describe("China's calendar (star-assessment/chinese-days)", () => {
    it.each([
      ["2024-09-14", true, "中秋 make-up Saturday"],
      ["2024-09-13", true, "Friday before 中秋"],
      ["2024-09-15", false, "中秋 Sunday"],
      ["2024-09-16", false, "中秋 Monday off"],
      ["2024-09-17", false, "中秋 Tuesday off"],
      ["2024-09-18", true, "Wednesday after 中秋"],
      ["2024-09-28", false, "Saturday"],
      ["2024-09-29", true, "国庆 make-up Sunday"],
      ["2024-09-30", true, "Monday"],
      ["2024-10-01", false, "国庆"],
      ["2024-10-07", false, "国庆 last day, a Monday"],
      ["2024-10-08", true, "Tuesday after 国庆"],
      ["2024-10-12", true, "国庆 make-up Saturday"],
      ["2024-10-13", false, "Sunday"],
      ["2024-11-02", false, "an ordinary Saturday"],
      ["2024-11-04", true, "an ordinary Monday"],
      ["2025-01-26", true, "春节 make-up Sunday"],
      ["2025-01-27", true, "Monday before 春节"],
      ["2025-01-28", false, "除夕"],
      ["2025-02-04", false, "春节 last day, a Tuesday"],
      ["2025-02-05", true, "Wednesday after 春节"],
      ["2025-02-08", true, "春节 make-up Saturday"],
      ["2025-02-09", false, "Sunday"],
    ] as const)("%s working day: %s (%s)", (date, expected, _why) => {
      expect(chineseWorkingDays.isWorkingDay(date)).toBe(expected);
    });

    it.each([
      // date, count, China, Monday–Friday
      ["2024-09-12", 3, "2024-09-18", "2024-09-17"], // Fri 13 (1), Sat 14 (2), 15–17 off, Wed 18 (3)
      ["2024-09-13", 1, "2024-09-14", "2024-09-16"], // the make-up Saturday counts
      ["2024-09-27", 3, "2024-10-08", "2024-10-02"], // Sun 29 (1), Mon 30 (2), 10-01…07 off, Tue 8 (3)
      ["2024-09-30", 1, "2024-10-08", "2024-10-01"],
      ["2024-10-10", 3, "2024-10-14", "2024-10-15"], // Fri 11 (1), Sat 12 (2), Mon 14 (3)
      ["2025-01-24", 3, "2025-02-05", "2025-01-29"], // Sun 26 (1), Mon 27 (2), 28…02-04 off, Wed 5 (3)
      ["2025-02-05", 3, "2025-02-08", "2025-02-10"], // Thu 6 (1), Fri 7 (2), Sat 8 (3)
      ["2024-10-08", 5, "2024-10-14", "2024-10-15"], // Wed 9, Thu 10, Fri 11, Sat 12, Mon 14
    ] as const)("%s + %i working days: %s in China, %s Monday to Friday", (date, count, china, weekdays) => {
      expect(addWorkingDays(date, count, chineseWorkingDays)).toBe(china);
      expect(addWorkingDays(date, count)).toBe(weekdays);
    });

    it("a year the data does not cover falls back to Monday to Friday: 2040-10-01 (a Monday) is a working day", () => {
      expect(chineseWorkingDays.isWorkingDay("2040-10-01")).toBe(true);
      expect(chineseWorkingDays.isWorkingDay("2040-10-06")).toBe(false);
    });
  });

  it("a calendar without any working day throws RangeError instead of searching forever", () => {
    expect(() => addWorkingDays("2024-01-01", 1, { isWorkingDay: () => false })).toThrow(RangeError);
  });

  it("a calendar whose next working day is 366 days away (all of 2024) is still searched", () => {
    const onlyOnNewYear = { isWorkingDay: (date: string) => date.endsWith("-01-01") };
    expect(addWorkingDays("2024-01-01", 1, onlyOnNewYear)).toBe("2025-01-01"); // 2024 has 366 days
  });
});
