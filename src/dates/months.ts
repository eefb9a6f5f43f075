import { addDays as addDaysFns } from "date-fns/addDays";
import { addMonths as addMonthsFns } from "date-fns/addMonths";
import { addYears as addYearsFns } from "date-fns/addYears";
import { type CalendarDate, calendarDateOf, daysInMonth, utcDay } from "./calendar-date.js";

/**
 * Day, month and year arithmetic on calendar dates, the way the policy's periods run (docs/standing.md
 * "Dates"): date-fns on dates held in UTC (see {@link utcDay}), so no time zone can shift them.
 *
 * Month ends are clamped, as date-fns does: "N months after D" on a day the target month lacks is that
 * month's last day (2024-12-31 + 2 months = 2025-02-28; 2024-03-31 + 1 month = 2024-04-30;
 * 2025-06-30 − 4 months = 2025-02-28), and a year after 02-29 is 02-28 ({@link addYears}). An
 * anniversary is different: see {@link anniversary}.
 */

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @example addDays("2024-02-28", 1); // "2024-02-29"
 * @example addDays("2025-03-01", -1); // "2025-02-28"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(addDaysFns(utcDay(date), days));
}

/**
 * The date `months` months after `date` (date-fns `addMonths`: clamped to the month's end).
 *
 * @example addMonths("2024-12-31", 2); // "2025-02-28"
 * @example addMonths("2024-08-05", 2); // "2024-10-05"
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return calendarDateOf(addMonthsFns(utcDay(date), months));
}

/**
 * The date `months` months before `date` (date-fns `subMonths`: clamped to the month's end).
 *
 * @example subMonths("2025-06-30", 4); // "2025-02-28"
 */
export function subMonths(date: CalendarDate, months: number): CalendarDate {
  return addMonths(date, -months);
}

/**
 * The date `years` years after `date` (date-fns `addYears`: 02-29 becomes 02-28 in a common year).
 *
 * @example addYears("2024-11-02", 1); // "2025-11-02"
 * @example addYears("2024-02-29", 1); // "2025-02-28"
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return calendarDateOf(addYearsFns(utcDay(date), years));
}

/**
 * The `years`-th anniversary of `date`: the same day and month; the anniversary of 02-29 in a common
 * year is 03-01 (a year from 2024-02-29 has passed on 2025-03-01, not on 02-28).
 *
 * @example anniversary("2024-05-10", 1); // "2025-05-10"
 * @example anniversary("2024-02-29", 1); // "2025-03-01"
 */
export function anniversary(date: CalendarDate, years: number): CalendarDate {
  const year = Number(date.slice(0, 4)) + years;
  const leapDayLost = date.slice(5) === "02-29" && daysInMonth(year, 2) === 28;
  return leapDayLost ? `${String(year).padStart(4, "0")}-03-01` : addYears(date, years);
}
