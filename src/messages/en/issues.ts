import type { Sentences } from "../bilingual.js";
import type { ExpectedKind, FieldName, IssueFigures } from "../issues.js";
import { shown } from "../shown.js";
import { headroomIssueSentences } from "./headroom.js";
import { standingIssueSentences } from "./standing.js";

const KINDS: Readonly<Record<ExpectedKind, string>> = {
  number: "a number",
  string: "text",
  boolean: "true or false",
  object: "an object {…}",
  array: "a list […]",
  null: "null",
  value: "a value",
};

const field = (name: FieldName | null, capital = false) => {
  if (name === null) return capital ? "The value" : "the value";
  return `${name.key} (${name.label.en})`;
};
const got = (value: unknown) => (value === undefined ? "nothing" : value === null ? "null" : shown(value));
const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value === "string" ? "text" : typeof value === "boolean" ? "a boolean" : typeof value);
const largestText = (largest: number) => largest.toLocaleString("en-US");

/** The input problems' sentences in English. */
export const enIssues: Sentences<IssueFigures> = {
  ...standingIssueSentences,
  ...headroomIssueSentences,
  invalid_type: (f) =>
    f.received === undefined
      ? `the field ${field(f.field)} is missing`
      : f.expected === "number" && typeof f.received === "number"
        ? `${field(f.field, true)}: expected a finite number, received ${got(f.received)}`
        : `${field(f.field, true)}: expected ${KINDS[f.expected]}, received ${f.received === null ? "null" : `${kindOf(f.received)} ${got(f.received)}`}`,
  unrecognized_keys: (f) =>
    `unknown field "${f.key}"` + (f.suggestion === null ? `; known fields: ${f.known.join(", ")}` : `; did you mean "${f.suggestion}"?`),
  invalid_value: (f) => `${field(f.field, true)}: ${got(f.received)} is not accepted; accepted: ${f.accepted.join(", ")}`,
  TOO_MANY_ENTRIES: (f) => `${field(f.field, true)} holds ${f.count} entries, at most ${f.max}`,
  NOT_WHOLE_NUMBER: (f) => `${field(f.field, true)}: expected a whole number from 0 to ${largestText(f.largest)}, received ${got(f.received)}`,
  NOT_AMOUNT: (f) => `${field(f.field, true)}: expected a number from 0 to ${largestText(f.largest)} with at most 6 decimals, received ${got(f.received)}`,
  TEXT_BLANK: (f) => `${field(f.field, true)} is blank`,
  TEXT_TOO_LONG: (f) => `${field(f.field, true)} is too long: ${f.length} characters without the spaces around it, at most ${f.max}`,
  NOT_CALENDAR_DATE: (f) => `${field(f.field, true)}: expected a real calendar date YYYY-MM-DD, received ${got(f.received)}`,
  NOT_QUARTER: (f) => `a quarter is written YYYY-Qn (e.g. 2024-Q3, years 1000–9998), received ${got(f.received)}`,
  NOT_RATE: (f) => `a rate is a number from 0 to 1, or text with a percent sign from "0%" to "100%", received ${got(f.received)}`,
  UNKNOWN_OUTCOME: (f) => `unknown survey outcome ${got(f.received)}; accepted: ${f.accepted.map((outcome) => `${outcome.code} (${outcome.label})`).join(", ")}`,
  NO_POLICY: (f) => `no policy in force for ${f.quarter} (the policy applies from ${f.effectiveFrom}); pass a policy for it to assess it`,
  RATING_ABOVE_MAX: (f) => `rating ${f.rating} is above the maximum ${f.max}`,
  RATING_REQUIRED: (f) =>
    f.deadline === null
      ? "the handover report was on time, so the rep office's rating is required"
      : `the handover report was on time (deadline ${f.deadline}), so the rep office's rating is required`,
  SEATS_REQUIRED: () => "this policy weights major projects by seats, so each project needs its seats",
  COMPLETED_ABOVE_REQUIRED: (f) => `completed (${f.completed}) is more than required (${f.required})`,
  ATTENDED_ABOVE_REQUIRED: (f) => `attended (${f.attended}) is more than required (${f.required})`,
  SIMPLE_ABOVE_TOTAL: (f) => `simple calls (${f.simpleCalls}) are more than all calls (${f.totalCalls})`,
  ECR_FIELD_MISSING: (f) =>
    f.missing === "simpleCalls"
      ? "simpleCalls is missing (totalCalls is given)"
      : f.missing === "totalCalls"
        ? "totalCalls is missing (simpleCalls is given; give rate if only the ratio is known)"
        : "ECR has no figures: give the counts (simpleCalls and totalCalls) or the rate",
  RATE_OR_COUNTS: () => "give ECR one way: as counts (simpleCalls and totalCalls) or as a rate (with simpleCalls if known)",
  DUPLICATE_ID: (f) => `id ${got(f.id)} appears twice (first at index ${f.firstIndex}); each id appears once`,
  DUPLICATE_SURVEY: (f) => `project ${got(f.projectId)} is surveyed twice (first at index ${f.firstIndex}); each project appears once, with its final outcome`,
  MAJOR_EVENT_NEEDS_DATE: () => "a major key event needs its date (H3C handles it at once, from that date)",
  MAJOR_EVENT_NOT_PENALTY: (f) => `only a penalty can be a major key event (4.2.2 names only negative events); this one is a ${f.kind}`,
  EVENT_OUTSIDE_QUARTER: (f) => `the event's date ${f.date} is outside the assessed quarter ${f.quarter} (${f.start} to ${f.end}); a key event counts in the quarter H3C handled it`,
  ITEM_SCORE_ABOVE_MAX: (f) => `the item "${f.item.en}" scored ${f.score}, above its maximum ${f.max}`,
  NOT_ITEM_SCORE: (f) => `the item "${f.item.en}" scored ${f.score}; an item scores from 0 to ${f.max}`,
  TOO_MANY_ISSUES: (f) => `${f.more} more problem(s) not listed (only the first ${f.listed} are)`,
};
