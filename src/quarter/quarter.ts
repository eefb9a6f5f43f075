import { addQuarters } from "date-fns/addQuarters";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { lastDayOfQuarter } from "date-fns/lastDayOfQuarter";
import { parse } from "date-fns/parse";

/**
 * Quarters (`2024-Q3`) and calendar dates (`2024-10-01`). Dates are plain calendar dates: they are
 * built and printed in local time by the same date-fns calls, so no time zone can shift them.
 */

/** A quarter id, `YYYY-Qn`. */
export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORMAT = "yyyy-MM-dd";
// Reference date for date-fns `parse`; the pattern fills every field, so it never shows through.
const PARSE_REFERENCE = new Date(2000, 0, 1);

/**
 * Whether a string is a quarter id such as `2024-Q3`.
 *
 * @example isQuarterId("2024-Q3"); // true
 */
export function isQuarterId(value: string): value is QuarterId {
  return QUARTER_PATTERN.test(value);
}

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no).
 *
 * @example isCalendarDate("2024-02-29"); // true
 */
export function isCalendarDate(value: string): value is CalendarDate {
  return DATE_PATTERN.test(value) && isValid(parse(value, DATE_FORMAT, PARSE_REFERENCE));
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
  return format(addQuarters(quarterStartAsDate(quarter), offset), DATE_FORMAT);
}

/**
 * The last day of a quarter.
 *
 * @example quarterEnd("2024-Q1"); // "2024-03-31"
 */
export function quarterEnd(quarter: QuarterId): CalendarDate {
  return format(lastDayOfQuarter(quarterStartAsDate(quarter)), DATE_FORMAT);
}
