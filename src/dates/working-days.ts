import { type CalendarDate, dayOfWeek } from "./calendar-date.js";
import { addDays } from "./months.js";

/**
 * Working days (六 "3个工作日内", 五.1): "within N working days after D" ends on the N-th working day after D,
 * D itself not counted. Which days are working days is the caller's calendar; by default Monday to
 * Friday. `star-assessment/chinese-days` ships a calendar with China's public holidays and their
 * make-up working days (调休).
 */

/** A working-day calendar: which calendar dates are working days. */
export interface WorkingDayCalendar {
  isWorkingDay(date: CalendarDate): boolean;
}

/**
 * Whether a date is a Monday, Tuesday, Wednesday, Thursday or Friday.
 *
 * @example isMondayToFriday("2024-10-05"); // false: a Saturday
 */
export function isMondayToFriday(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day >= 1 && day <= 5;
}

/**
 * Monday to Friday, every week, with no holidays: the default calendar.
 *
 * @example MONDAY_TO_FRIDAY.isWorkingDay("2024-10-01"); // true: a Tuesday (a holiday only in China's calendar)
 */
export const MONDAY_TO_FRIDAY: WorkingDayCalendar = Object.freeze({ isWorkingDay: isMondayToFriday });

// A calendar with no working day in a year is broken: stop instead of searching forever.
const LONGEST_SEARCH_DAYS = 366;

/**
 * The `count`-th working day after `date` (`date` itself not counted). Throws RangeError when the
 * calendar has no working day in a whole year, a calendar that cannot be right.
 *
 * @example addWorkingDays("2024-09-13", 3); // "2024-09-18": Mon 16, Tue 17, Wed 18
 * @example addWorkingDays("2024-08-05", 3); // "2024-08-08"
 */
export function addWorkingDays(date: CalendarDate, count: number, calendar: WorkingDayCalendar = MONDAY_TO_FRIDAY): CalendarDate {
  let day = date;
  let found = 0;
  let sinceLastWorkingDay = 0;
  while (found < count) {
    day = addDays(day, 1);
    sinceLastWorkingDay += 1;
    if (calendar.isWorkingDay(day)) {
      found += 1;
      sinceLastWorkingDay = 0;
    } else if (sinceLastWorkingDay >= LONGEST_SEARCH_DAYS) {
      throw new RangeError(`the working-day calendar has no working day from ${addDays(day, 1 - LONGEST_SEARCH_DAYS)} to ${day}`);
    }
  }
  return day;
}
