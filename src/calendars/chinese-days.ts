import days from "chinese-days/dist/chinese-days.json" with { type: "json" };
import type { CalendarDate } from "../dates/calendar-date.js";
import { isMondayToFriday, type WorkingDayCalendar } from "../dates/working-days.js";

/**
 * China's working days, from the `chinese-days` package (an optional peer dependency, loaded only
 * through `star-assessment/chinese-days`): the public holidays the State Council announces each year
 * (放假) are not working days; the make-up working days (调休上班, often a Saturday or Sunday) are;
 * other days are working days Monday to Friday.
 *
 * It reads the package's data table (`chinese-days/dist/chinese-days.json`, keyed by `YYYY-MM-DD`)
 * rather than its functions: those parse and print dates in the process's time zone, and west of UTC
 * they shift every date by a day (chinese-days 1.5.7 under TZ=America/Los_Angeles calls 2024-10-07, a
 * holiday, a working day, and 2024-11-02, a Saturday, a working day).
 *
 * The table covers the years the installed `chinese-days` covers (2004–2026 in 1.5.7); a later year
 * has only weekends until the package is updated with that year's announcement.
 *
 * @example chineseWorkingDays.isWorkingDay("2024-10-01"); // false: 国庆节
 * @example chineseWorkingDays.isWorkingDay("2024-09-14"); // true: a Saturday worked for 中秋节 (调休)
 */
export const chineseWorkingDays: WorkingDayCalendar = Object.freeze({
  isWorkingDay(date: CalendarDate): boolean {
    if (Object.hasOwn(days.workdays, date)) return true;
    if (Object.hasOwn(days.holidays, date)) return false;
    return isMondayToFriday(date);
  },
});
