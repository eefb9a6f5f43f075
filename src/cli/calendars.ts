import type { WorkingDayCalendar } from "../dates/working-days.js";

// The working-day calendars a fixture may name. chinese-days is an optional peer dependency: without
// it, a fixture that names it is an error, and the others still run.
const chinese = await import("../calendars/chinese-days.js").then(
  (module) => module.chineseWorkingDays,
  () => undefined,
);

/** The calendars the CLI knows by name. */
export const STANDING_CALENDARS: Readonly<Record<string, WorkingDayCalendar>> = chinese === undefined ? {} : { "chinese-days": chinese };
