import { UTCDateMini } from "@date-fns/utc";

/**
 * Calendar dates, `YYYY-MM-DD`: plain dates with no time and no time zone. Checks are integer
 * arithmetic on the digits, so no time zone can shift a date.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no).
 *
 * @example isCalendarDate("2024-02-29"); // true
 * @example isCalendarDate("2023-02-29"); // false
 */
export function isCalendarDate(value: string): value is CalendarDate {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // "-"
  const digits = (from: number, to: number) => {
    let number = 0;
    for (let index = from; index < to; index += 1) {
      const digit = value.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    return number;
  };
  const [year, month, day] = [digits(0, 4), digits(5, 7), digits(8, 10)];
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days in a month of the proleptic Gregorian calendar (February: 29 in leap years).
 *
 * @example daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar date as a `Date` at midnight UTC that date-fns reads and changes in UTC (a
 * `UTCDateMini`), so date-fns arithmetic on it never sees the process's time zone.
 *
 * @example utcDay("2024-02-29").getDate(); // 29
 */
export function utcDay(date: CalendarDate): Date {
  const day = new UTCDateMini(0);
  // setFullYear, not the constructor: `Date.UTC(y, …)` would read years 0–99 as 1900–1999
  day.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return day;
}

/**
 * The calendar date of a `Date` made by {@link utcDay} (or of any instant, read in UTC).
 *
 * @example calendarDateOf(utcDay("2024-12-31")); // "2024-12-31"
 */
export function calendarDateOf(day: Date): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}

/**
 * The day of the week, 0 (Sunday) … 6 (Saturday).
 *
 * @example dayOfWeek("2024-10-01"); // 2: a Tuesday
 */
export function dayOfWeek(date: CalendarDate): number {
  return utcDay(date).getDay();
}

/**
 * The earlier of two dates, or the one given when the other is null.
 *
 * @example earlier("2024-10-08", "2024-09-30"); // "2024-09-30"
 */
export function earlier(a: CalendarDate, b: CalendarDate | null): CalendarDate {
  return b !== null && b < a ? b : a;
}

/**
 * The later of two dates, or the one given when the other is null.
 *
 * @example later("2024-10-08", "2024-09-30"); // "2024-10-08"
 */
export function later(a: CalendarDate, b: CalendarDate | null): CalendarDate {
  return b !== null && b > a ? b : a;
}

/**
 * Orders two calendar dates (for `sort`): `YYYY-MM-DD` strings order as their dates.
 *
 * @example ["2025-01-01", "2024-12-31"].sort(compareDates); // ["2024-12-31", "2025-01-01"]
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
