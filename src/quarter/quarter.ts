import { addQuarters } from "date-fns/addQuarters";
import { formatISO } from "date-fns/formatISO";

/**
 * Quarters (`2024-Q3`) and calendar dates (`2024-10-01`). Dates are plain calendar dates: quarter
 * arithmetic builds and prints them in local time with date-fns, and date checks are integer
 * arithmetic on the digits, so no time zone can shift them.
 */

/** A quarter id, `YYYY-Qn`. */
export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// The verdict dates reach two quarters ahead; from 9999-Q3 on they would need a five-digit year.
const LAST_YEAR = 9998;

/**
 * Whether a string is a quarter id such as `2024-Q3` (years 1000 … 9998, so that every verdict
 * date stays a `YYYY-MM-DD` date).
 *
 * @example isQuarterId("2024-Q3"); // true
 */
export function isQuarterId(value: string): value is QuarterId {
  const match = QUARTER_PATTERN.exec(value);
  return match !== null && Number(match[1]) >= 1000 && Number(match[1]) <= LAST_YEAR;
}

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no).
 *
 * @example isCalendarDate("2024-02-29"); // true
 */
export function isCalendarDate(value: string): value is CalendarDate {
  if (!DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar (February: 29 in leap years). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function quarterStartAsDate(quarter: QuarterId): Date {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`not a quarter id: ${quarter}`);
  const start = new Date(2000, (Number(match[2]) - 1) * 3, 1);
  start.setFullYear(Number(match[1])); // `new Date(y, …)` would read years 0–99 as 1900–1999
  return start;
}

/**
 * The first day of the quarter `offset` quarters after `quarter`.
 *
 * @example quarterStart("2024-Q4", 1); // "2025-01-01"
 */
export function quarterStart(quarter: QuarterId, offset = 0): CalendarDate {
  return formatISO(addQuarters(quarterStartAsDate(quarter), offset), { representation: "date" });
}

/**
 * The last day of a quarter.
 *
 * @example quarterEnd("2024-Q1"); // "2024-03-31"
 */
export function quarterEnd(quarter: QuarterId): CalendarDate {
  return `${quarter.slice(0, 4)}-${QUARTER_ENDS[quarter.slice(-1) as "1" | "2" | "3" | "4"]}`;
}

// The last days of the quarters do not depend on the year (February is not one of them).
const QUARTER_ENDS = { "1": "03-31", "2": "06-30", "3": "09-30", "4": "12-31" } as const;
