import type { CalendarDate } from "./calendar-date.js";

/**
 * Quarters (`2024-Q3`), the periods of the quarterly assessment (四.1 "H3C在每个季度(3月、6月、9月、12月)…
 * 严格执行考核"). Quarter arithmetic is integer arithmetic on the quarter's number, so no time zone
 * can shift a date.
 */

/** A quarter id, `YYYY-Qn`. */
export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

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
 * The first day of the quarter `offset` quarters after `quarter`.
 *
 * @example quarterStart("2024-Q4", 1); // "2025-01-01"
 * @example quarterStart("2024-Q1", -1); // "2023-10-01"
 */
export function quarterStart(quarter: QuarterId, offset = 0): CalendarDate {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new RangeError(`not a quarter id: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + offset; // quarters since year 0
  const year = Math.floor(index / 4);
  const month = (index - year * 4) * 3 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
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
