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
