import type { CalendarDate } from "./calendar-date.js";

/**
 * Quarters (`2024-Q3`), the periods of the quarterly assessment (四.1 "H3C在每个季度(3月、6月、9月、12月)…
 * 严格执行考核"). Quarter arithmetic is integer arithmetic on the quarter's number, so no time zone
 * can shift a date.
 */

/** A quarter id, `YYYY-Qn`. */
export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;

// The verdict dates reach two quarters ahead; from 9999-Q3 on they would need a five-digit year.
const LAST_YEAR = 9998;

/**
 * Whether a string is a quarter id such as `2024-Q3` (years 1000 … 9998, so that every verdict
 * date stays a `YYYY-MM-DD` date).
 *
 * @example isQuarterId("2024-Q3"); // true
 */
export function isQuarterId(value: string): value is QuarterId {
  const year = yearOf(value);
  return year !== undefined && year >= 1000 && year <= LAST_YEAR;
}

/** The year of a string shaped `YYYY-Qn` (n from 1 to 4), read digit by digit; else undefined. */
function yearOf(value: string): number | undefined {
  if (value.length !== 7 || value.charCodeAt(4) !== DASH || value.charCodeAt(5) !== LETTER_Q) return undefined;
  const quarter = value.charCodeAt(6) - ZERO;
  if (quarter < 1 || quarter > 4) return undefined;
  let year = 0;
  for (let index = 0; index < 4; index += 1) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  return year;
}

const [DASH, LETTER_Q, ZERO] = ["-".charCodeAt(0), "Q".charCodeAt(0), "0".charCodeAt(0)];

/**
 * The first day of the quarter `offset` quarters after `quarter`.
 *
 * @example quarterStart("2024-Q4", 1); // "2025-01-01"
 * @example quarterStart("2024-Q1", -1); // "2023-10-01"
 */
export function quarterStart(quarter: QuarterId, offset = 0): CalendarDate {
  const given = yearOf(quarter);
  if (given === undefined) throw new RangeError(`not a quarter id: ${quarter}`);
  const index = given * 4 + (quarter.charCodeAt(6) - ZERO) - 1 + offset; // quarters since year 0
  const year = Math.floor(index / 4);
  return `${year >= 1000 ? year : String(year).padStart(4, "0")}-${QUARTER_STARTS[index - year * 4]}`;
}

// The first days of the quarters, by the quarter's place in its year (0 … 3).
const QUARTER_STARTS = ["01-01", "04-01", "07-01", "10-01"] as const;

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
