import type { Bilingual } from "./bilingual.js";
import type { HeadroomIssueFigures } from "./headroom.js";
import type { StandingIssueFigures } from "./standing.js";

/**
 * The figures of every input problem's sentence, by issue code (`messages/zh/issues.ts`,
 * `messages/en/issues.ts`). `received` is the value found, shown briefly; `field` names the field
 * by its key and its label from the input schema's metadata (null where the problem is the whole
 * input).
 */

/** A field of an input: its key and what it holds, in both languages. */
export interface FieldName {
  readonly key: string;
  readonly label: Bilingual;
}

/** The kinds of value a field can expect. */
export type ExpectedKind = "number" | "string" | "boolean" | "object" | "array" | "null" | "value";

export interface IssueFigures extends StandingIssueFigures, HeadroomIssueFigures {
  /** A value of the wrong kind, or a required field that is missing (`received` undefined). */
  readonly invalid_type: { readonly field: FieldName | null; readonly expected: ExpectedKind; readonly received: unknown };
  /** A key the input does not know; `suggestion` is the nearest known key, if one is near. */
  readonly unrecognized_keys: { readonly key: string; readonly suggestion: string | null; readonly known: readonly string[] };
  /** A value outside a fixed list (an event's kind …). */
  readonly invalid_value: { readonly field: FieldName | null; readonly received: unknown; readonly accepted: readonly string[] };
  /** A list longer than its schema allows (the standing inputs bound theirs). */
  readonly TOO_MANY_ENTRIES: { readonly field: FieldName | null; readonly count: number; readonly max: number };
  readonly NOT_WHOLE_NUMBER: { readonly field: FieldName | null; readonly received: unknown; readonly largest: number };
  readonly NOT_AMOUNT: { readonly field: FieldName | null; readonly received: unknown; readonly largest: number };
  readonly TEXT_BLANK: { readonly field: FieldName | null };
  readonly TEXT_TOO_LONG: { readonly field: FieldName | null; readonly length: number; readonly max: number };
  readonly NOT_CALENDAR_DATE: { readonly field: FieldName | null; readonly received: unknown };
  readonly NOT_QUARTER: { readonly received: unknown };
  readonly NOT_RATE: { readonly received: unknown };
  readonly UNKNOWN_OUTCOME: { readonly received: unknown; readonly accepted: readonly { readonly code: string; readonly label: string }[] };
  readonly NO_POLICY: { readonly quarter: string; readonly effectiveFrom: string };
  readonly RATING_ABOVE_MAX: { readonly rating: number; readonly max: number };
  readonly RATING_REQUIRED: { readonly deadline: string | null };
  readonly SEATS_REQUIRED: Record<string, never>;
  readonly COMPLETED_ABOVE_REQUIRED: { readonly completed: number; readonly required: number };
  readonly ATTENDED_ABOVE_REQUIRED: { readonly attended: number; readonly required: number };
  readonly SIMPLE_ABOVE_TOTAL: { readonly simpleCalls: number; readonly totalCalls: number };
  /** ECR counts without one of the two, or neither counts nor a rate. */
  readonly ECR_FIELD_MISSING: { readonly missing: "simpleCalls" | "totalCalls" | "counts-or-rate" };
  /** ECR as counts and as a rate at once. */
  readonly RATE_OR_COUNTS: Record<string, never>;
  readonly DUPLICATE_ID: { readonly id: string; readonly firstIndex: number };
  readonly DUPLICATE_SURVEY: { readonly projectId: string; readonly firstIndex: number };
  readonly MAJOR_EVENT_NEEDS_DATE: Record<string, never>;
  readonly MAJOR_EVENT_NOT_PENALTY: { readonly kind: string };
  readonly EVENT_OUTSIDE_QUARTER: { readonly date: string; readonly quarter: string; readonly start: string; readonly end: string };
  readonly ITEM_SCORE_ABOVE_MAX: { readonly item: Bilingual; readonly score: number; readonly max: number };
  /** An item score below 0. */
  readonly NOT_ITEM_SCORE: { readonly item: Bilingual; readonly score: number; readonly max: number };
  readonly TOO_MANY_ISSUES: { readonly listed: number; readonly more: number };
}

/** A stable code of an input problem. */
export type IssueCode = keyof IssueFigures;
