import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, anniversary, subMonths } from "../../src/dates/months.js";
import { calendarDateOf, dayOfWeek, earlier, later, utcDay } from "../../src/dates/calendar-date.js";
import { qualificationValidThrough } from "../../src/standing/qualification.js";

describe("dates (docs/standing.md): month and year arithmetic on calendar dates (date-fns, clamped)", () => {
  it.each([
    ["2024-12-31", 2, "2025-02-28"], // February 2025 has 28 days, clamped
    ["2023-12-31", 2, "2024-02-29"], // leap year: clamped to 29
    ["2024-08-05", 2, "2024-10-05"],
    ["2024-03-31", 1, "2024-04-30"], // April has 30 days
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-05-10", 3, "2024-08-10"],
    ["2024-10-31", 2, "2024-12-31"],
  ] as const)("addMonths(%s, %i) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2025-06-30", 4, "2025-02-28"], // docs/standing.md, "Dates"
    ["2024-06-30", 4, "2024-02-29"],
    ["2025-03-31", 4, "2024-11-30"], // November has 30 days
    ["2024-12-31", 4, "2024-08-31"],
    ["2025-05-09", 4, "2025-01-09"],
  ] as const)("subMonths(%s, %i) = %s", (date, months, expected) => {
    expect(subMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2024-11-02", 1, "2025-11-02"], // a sanction's year (七.1)
    ["2024-02-29", 1, "2025-02-28"], // date-fns addYears clamps the leap day
    ["2024-02-29", 4, "2028-02-29"],
    ["2023-03-01", 1, "2024-03-01"],
  ] as const)("addYears(%s, %i) = %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    ["2024-05-10", 1, "2025-05-10"],
    ["2024-02-29", 1, "2025-03-01"], // a year from a leap day has passed on 03-01
    ["2024-02-29", 4, "2028-02-29"],
    ["2023-03-01", 1, "2024-03-01"],
  ] as const)("anniversary(%s, %i) = %s", (date, years, expected) => {
    expect(anniversary(date, years)).toBe(expected);
  });

  it.each([
    ["2024-05-10", "2025-05-09"], // certified 2024-05-10 → valid through 2025-05-09 (七.3)
    ["2024-02-29", "2025-02-28"], // certified 2024-02-29 → valid through 2025-02-28 (七.3)
    ["2023-03-01", "2024-02-29"], // anniversary 2024-03-01, the day before is the leap day
    ["2024-03-01", "2025-02-28"],
    ["2024-01-01", "2024-12-31"],
  ] as const)("7.3 a qualification certified on %s is valid through %s", (certifiedOn, validThrough) => {
    expect(qualificationValidThrough(certifiedOn, 1)).toBe(validThrough);
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
  ] as const)("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("keeps years below 100 and four-digit years: 0099-02-28 + 1 day = 0099-03-01", () => {
    expect(addDays("0099-02-28", 1)).toBe("0099-03-01");
    expect(calendarDateOf(utcDay("0099-12-31"))).toBe("0099-12-31");
  });

  it.each([
    ["2024-10-01", 2], // a Tuesday
    ["2024-09-14", 6], // a Saturday
    ["2024-09-29", 0], // a Sunday
    ["2025-02-08", 6],
  ] as const)("dayOfWeek(%s) = %i", (date, day) => {
    expect(dayOfWeek(date)).toBe(day);
  });

  it("earlier / later of two dates, or the one given when the other is null", () => {
    expect(earlier("2024-10-08", "2024-09-30")).toBe("2024-09-30");
    expect(earlier("2024-09-30", "2024-10-08")).toBe("2024-09-30");
    expect(earlier("2024-09-30", null)).toBe("2024-09-30");
    expect(later("2024-10-08", "2024-09-30")).toBe("2024-10-08");
    expect(later("2024-09-30", "2024-10-08")).toBe("2024-10-08");
    expect(later("2024-09-30", null)).toBe("2024-09-30");
  });
});
