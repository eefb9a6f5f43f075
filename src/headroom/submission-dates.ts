import { type CalendarDate, isCalendarDate } from "../dates/calendar-date.js";

/**
 * Days before and after a handover-report deadline, by whole-day arithmetic in UTC on the date's own
 * digits (no local time zone, no clock), for the nearest late and on-time submission dates.
 */

const DAY = 86_400_000;

function dayNumber(date: CalendarDate): number {
  const at = new Date(0);
  at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(at.getTime() / DAY);
}

/**
 * The date `days` days after `date` (before, for a negative number); null past the years a calendar
 * date can hold.
 *
 * @example addDays("2024-02-28", 1); // "2024-02-29"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate | null {
  const at = new Date((dayNumber(date) + days) * DAY);
  const text = `${String(at.getUTCFullYear()).padStart(4, "0")}-${String(at.getUTCMonth() + 1).padStart(2, "0")}-${String(at.getUTCDate()).padStart(2, "0")}`;
  return isCalendarDate(text) ? text : null;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example daysBetween("2024-12-20", "2024-12-23"); // 3
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
