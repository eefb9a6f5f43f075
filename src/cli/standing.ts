import { readFileSync } from "node:fs";
import { AssessmentInputError } from "../errors/assessment-input-error.js";
import type { Language } from "../messages/bilingual.js";
import { renderEligibilityText, renderScheduleText, renderStandingText } from "../report/standing-table.js";
import { renderEligibilityMarkdown, renderScheduleMarkdown, renderStandingMarkdown } from "../report/timeline.js";
import { checkEligibility } from "../standing/eligibility.js";
import { certificationSchedule } from "../standing/schedule.js";
import { evaluateStanding } from "../standing/standing.js";
import type { WorkingDayCalendar } from "../dates/working-days.js";
import { STANDING_CALENDARS } from "./calendars.js";

// `standing`, `eligibility` and `schedule`: read one JSON document, print it as a table, Markdown (with
// a Mermaid Gantt chart) or JSON. Exit codes: 0 done; 2 bad input (each problem on stderr with its path).

export type StandingFormat = "table" | "markdown" | "json";

export interface StandingCommandOptions {
  readonly format?: StandingFormat;
  readonly lang: Language;
  readonly asOf?: string;
  /** `chinese-days` for China's working days (the optional peer must be installed); else Monday to Friday. */
  readonly calendar?: string;
}

/** The calendar a command names, or an error message when it cannot be had. */
function calendarOf(options: StandingCommandOptions): { calendar?: WorkingDayCalendar } | string {
  if (options.calendar === undefined || options.calendar === "monday-to-friday") return {};
  const calendar = STANDING_CALENDARS[options.calendar];
  return calendar === undefined ? `the ${options.calendar} calendar needs the optional package chinese-days: npm install chinese-days` : { calendar };
}

/** Today's date where the command runs: the only clock the package reads, and only in the CLI. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function run<Result>(
  path: string,
  options: StandingCommandOptions,
  evaluate: (data: unknown, calendar: { calendar?: WorkingDayCalendar }) => Result,
  render: { table: (result: Result, lang: Language) => string; markdown: (result: Result, lang: Language) => string },
): number {
  const source = path === "-" ? "<stdin>" : path;
  const calendar = calendarOf(options);
  if (typeof calendar === "string") {
    console.error(calendar);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path === "-" ? 0 : path, "utf8"));
  } catch (error) {
    console.error(`${source}: ${(error as Error).message}`);
    return 2;
  }
  let result: Result;
  try {
    result = evaluate(data, calendar);
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error;
    for (const issue of error.issues) console.error(`${source}: ${issue.pointer || "/"}: ${issue.message[options.lang]}`);
    return 2;
  }
  const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
  console.log(format === "json" ? JSON.stringify(result, null, 2) : render[format](result, options.lang));
  return 0;
}

/** `standing <record.json> [--as-of]`: the partner's standing on a day (today by default). */
export function standingCommand(path: string, options: StandingCommandOptions): number {
  const asOf = options.asOf ?? today();
  return run(path, options, (data, calendar) => evaluateStanding(data, asOf, calendar), { table: renderStandingText, markdown: renderStandingMarkdown });
}

/** `eligibility <application.json>`: each requirement of an application. */
export function eligibilityCommand(path: string, options: StandingCommandOptions): number {
  return run(path, options, (data) => checkEligibility(data), { table: renderEligibilityText, markdown: renderEligibilityMarkdown });
}

/** `schedule <progress.json>`: the certification process with each step's latest date. */
export function scheduleCommand(path: string, options: StandingCommandOptions): number {
  return run(path, options, (data, calendar) => certificationSchedule(data, calendar), { table: renderScheduleText, markdown: renderScheduleMarkdown });
}

