import type * as z from "../zod.js";
import type { CalendarDate } from "../dates/calendar-date.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { parseWith } from "../input/parse.js";
import { both } from "../messages/bilingual.js";
import { standingIssueSentences as en } from "../messages/en/standing.js";
import { standingIssueSentences as zh } from "../messages/zh/standing.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { POLICIES } from "../policy/policies.js";
import type { Policy } from "../policy/schema.js";
import { MONDAY_TO_FRIDAY, type WorkingDayCalendar } from "../dates/working-days.js";

/** The options of the standing functions. */
export interface StandingOptions {
  /** The policy; by default the latest shipped policy in force on the day that matters. */
  readonly policy?: Policy;
  /** Which days are working days; by default Monday to Friday. */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Validates a standing input with its schema: the parsed value, or an {@link AssessmentInputError}
 * listing every problem with its path and zh/en message.
 *
 * @example parseStandingInput(CertificationProgressSchema, { appliedOn: "2024-09-02" }).appliedOn; // "2024-09-02"
 */
export function parseStandingInput<Schema extends z.ZodType>(schema: Schema, data: unknown): z.output<Schema> {
  return parseWith(schema, data);
}

/**
 * The day a standing question is asked about: a real calendar date, or an {@link AssessmentInputError}.
 *
 * @example checkedAsOf("2024-10-10"); // "2024-10-10"
 */
export function checkedAsOf(asOf: unknown): CalendarDate {
  if (typeof asOf === "string" && isCalendarDate(asOf)) return asOf;
  const value = typeof asOf === "string" ? asOf : String(asOf);
  throw new AssessmentInputError([{ path: ["asOf"], code: "NOT_AS_OF_DATE", message: both(zh, en, "NOT_AS_OF_DATE", { value }) }]);
}

/**
 * The policy and calendar of a call: the options' own (the policy validated), else the latest shipped
 * policy in force on `day` (the first policy for an earlier day) and Monday to Friday.
 *
 * @example standingRules({}, "2024-10-10").policy.id; // "cloud-desktop-2024"
 */
export function standingRules(options: StandingOptions | undefined, day: CalendarDate): { policy: Policy; calendar: WorkingDayCalendar } {
  const policy = options?.policy === undefined ? (POLICIES.findLast((each) => each.effectiveFrom.value <= day) ?? (POLICIES[0] as Policy)) : assertPolicy(options.policy);
  return { policy, calendar: options?.calendar ?? MONDAY_TO_FRIDAY };
}
