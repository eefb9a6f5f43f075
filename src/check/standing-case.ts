import type { WorkingDayCalendar } from "../dates/working-days.js";
import { checkEligibility } from "../standing/eligibility.js";
import { certificationSchedule } from "../standing/schedule.js";
import { evaluateStanding } from "../standing/standing.js";

/**
 * The standing fixtures (`fixtures/standing/*.json`) that `check` runs beside the quarters: a record on
 * a day (`{ asOf, record, calendar? }`), an application (`{ application }`) or a certification's
 * progress (`{ progress, calendar? }`). `calendar` names a working-day calendar the caller provides
 * (`"chinese-days"`); without it, Monday to Friday.
 */

/** The kinds of standing fixture. */
export type StandingCaseKind = "standing" | "eligibility" | "schedule";

const KEYS: Readonly<Record<StandingCaseKind, string>> = { standing: "record", eligibility: "application", schedule: "progress" };

/**
 * The kind of standing fixture a document is, or undefined for a partner-quarter.
 *
 * @example standingCaseKind({ asOf: "2024-10-10", record: {} }); // "standing"
 * @example standingCaseKind({ partner: { id: "P" }, quarter: "2024-Q3" }); // undefined
 */
export function standingCaseKind(data: unknown): StandingCaseKind | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return (Object.keys(KEYS) as StandingCaseKind[]).find((kind) => Object.hasOwn(data, KEYS[kind]));
}

const withoutMessages = (value: unknown): object => JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === "message" || key === "nextInterviewMessage" ? undefined : inner)));

/**
 * What a standing fixture's `*.expected.json` pins down: the result without its messages (their wording
 * may improve without a date changing). Throws AssessmentInputError for bad input, and RangeError for a
 * calendar name not among `calendars`.
 *
 * @example JSON.stringify(standingExpectationOf({ progress: { appliedOn: "2024-09-02" } }, {})).includes("message"); // false
 */
export function standingExpectationOf(data: object, calendars: Readonly<Record<string, WorkingDayCalendar>>): object {
  const fixture = data as { asOf?: unknown; record?: unknown; application?: unknown; progress?: unknown; calendar?: unknown };
  let calendar: WorkingDayCalendar | undefined;
  if (fixture.calendar !== undefined) {
    calendar = typeof fixture.calendar === "string" ? calendars[fixture.calendar] : undefined;
    if (calendar === undefined) throw new RangeError(`unknown calendar ${JSON.stringify(fixture.calendar)}; known: ${Object.keys(calendars).join(", ") || "none"}`);
  }
  const options = calendar === undefined ? {} : { calendar };
  switch (standingCaseKind(data)) {
    case "standing":
      return withoutMessages(evaluateStanding(fixture.record, fixture.asOf as string, options));
    case "eligibility":
      return withoutMessages(checkEligibility(fixture.application, options));
    default:
      return withoutMessages(certificationSchedule(fixture.progress, options));
  }
}
