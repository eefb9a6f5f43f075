import * as z from "../zod.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { isQuarterId } from "../dates/quarter.js";
import type { Bilingual } from "../messages/bilingual.js";
import type { IssueCode, IssueFigures } from "../messages/issues.js";
import { issueMessage } from "../errors/issue-message.js";
import { isShortDecimal } from "../numbers/exact.js";

/**
 * The fields of the inputs: each a zod schema built by one constructor here, carrying its label and
 * description in both languages (for messages, the JSON Schemas and docs/input.md) and the JSON
 * Schema of what it accepts, and reporting its problems with the library's codes and sentences.
 */

/** What a field holds, for people and for the JSON Schemas. */
export interface FieldMeta {
  readonly label: Bilingual;
  readonly description?: Bilingual | undefined;
  /** The JSON Schema of the values the field accepts (where zod's own would say less). */
  readonly json?: Readonly<Record<string, unknown>> | undefined;
}

/** The metadata of every field schema, found by the schema itself. A registry of the library's own: zod's global one is never touched. */
export const FIELDS = z.registry<FieldMeta>();

/**
 * The largest count, deduction, rating or point the library accepts. No real quarter comes near it;
 * it keeps every sum of an input finite (a key event of 1e308 points would make the total Infinity).
 */
export const LARGEST_AMOUNT = 1_000_000_000;

/**
 * Whether a value is a count the inputs accept (see {@link count}): the cross-field checks compare
 * only such figures, so that a bad figure is one problem, not also a comparison with it.
 *
 * @example isCount(2.5); // false
 */
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LARGEST_AMOUNT;

/** A field's label and description, e.g. `{ zh: "点数", en: "seats" }`. */
export type FieldWords = { readonly label: Bilingual; readonly description?: Bilingual };

/** Registers a field schema's words and JSON Schema, and returns it. */
export function field<T extends z.ZodType>(schema: T, words: FieldWords, json?: Record<string, unknown>): T {
  FIELDS.add(schema, { ...words, json });
  return schema;
}

/**
 * A library issue raised from a check: zod's issue message is the English sentence, and the issue
 * carries the library's code and both sentences in `params` (read by {@link toIssueDrafts}).
 */
export function libraryIssue<C extends IssueCode>(code: C, figures: IssueFigures[C], path: readonly (string | number)[] = [], input?: unknown): z.core.$ZodRawIssue {
  const message = issueMessage(code, figures);
  return { code: "custom", path: [...path], message: message.en, params: { code, message }, input };
}

type Ctx = z.core.$RefinementCtx<unknown>;

/** Reports a library issue from a superRefine. */
export function report<C extends IssueCode>(ctx: Ctx, code: C, figures: IssueFigures[C], path: readonly (string | number)[] = []): void {
  ctx.addIssue(libraryIssue(code, figures, path) as Parameters<Ctx["addIssue"]>[0]);
}

/** Checks that run even when other fields have problems, so that one pass lists every problem. */
export const ALWAYS = { when: () => true } as const;

const fieldName = (key: string, words: FieldWords) => ({ key, label: words.label });

/**
 * A whole number from 0 to {@link LARGEST_AMOUNT} (counts: calls, learners, cases, seats).
 *
 * @example count("seats", { label: { zh: "点数", en: "seats" } }).safeParse(1.5).success; // false
 */
export function count(key: string, words: FieldWords) {
  const schema = z.number().superRefine((value, ctx) => {
    if (!(Number.isInteger(value) && value >= 0 && value <= LARGEST_AMOUNT)) report(ctx, "NOT_WHOLE_NUMBER", { field: fieldName(key, words), received: value, largest: LARGEST_AMOUNT });
  });
  return field(schema, words, { type: "integer", minimum: 0, maximum: LARGEST_AMOUNT });
}

/**
 * A number from 0 to {@link LARGEST_AMOUNT} with at most 6 decimals (deductions, ratings, points,
 * person-days): every such number is held exactly (a deduction of 1e-300 is no real figure).
 *
 * @example amount("points", { label: { zh: "分值", en: "points" } }).safeParse(2.5).success; // true
 */
export function amount(key: string, words: FieldWords) {
  const schema = z.number().superRefine((value, ctx) => {
    if (!(isShortDecimal(value) && value >= 0 && value <= LARGEST_AMOUNT)) report(ctx, "NOT_AMOUNT", { field: fieldName(key, words), received: value, largest: LARGEST_AMOUNT });
  });
  return field(schema, words, { type: "number", minimum: 0, maximum: LARGEST_AMOUNT });
}

/**
 * Text that is not blank and at most `max` characters once the spaces around it are trimmed (it is
 * trimmed). The JSON Schema counts it the same way.
 *
 * @example text("id", { label: { zh: "编号", en: "id" } }, 200).parse("  MP-01 "); // "MP-01"
 */
export function text(key: string, words: FieldWords, max: number) {
  const schema = z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") report(ctx, "TEXT_BLANK", { field: fieldName(key, words) });
      else if (value.length > max) report(ctx, "TEXT_TOO_LONG", { field: fieldName(key, words), length: value.length, max });
    });
  return field(schema, words, { type: "string", pattern: `^\\s*\\S(?:[\\s\\S]{0,${max - 2}}\\S)?\\s*$` });
}

/**
 * Free text of at most `max` characters, blank allowed (a note).
 *
 * @example note("note", { label: { zh: "说明", en: "note" } }, 2000).safeParse("").success; // true
 */
export function note(key: string, words: FieldWords, max: number) {
  const schema = z.string().superRefine((value, ctx) => {
    if (value.length > max) report(ctx, "TEXT_TOO_LONG", { field: fieldName(key, words), length: value.length, max });
  });
  return field(schema, words, { type: "string", maxLength: max });
}

/**
 * A real calendar date `YYYY-MM-DD`, never shifted through a time zone.
 *
 * @example calendarDate("deadline", { label: { zh: "截止日期", en: "deadline" } }).safeParse("2023-02-29").success; // false
 */
export function calendarDate(key: string, words: FieldWords) {
  const schema = z.string().superRefine((value, ctx) => {
    if (!isCalendarDate(value)) report(ctx, "NOT_CALENDAR_DATE", { field: fieldName(key, words), received: value });
  });
  return field(schema, words, { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
}

/**
 * A quarter id `YYYY-Qn` (years 1000 … 9998).
 *
 * @example quarterId({ label: { zh: "季度", en: "quarter" } }).safeParse("2024-Q5").success; // false
 */
export function quarterId(words: FieldWords) {
  const schema = z.string().superRefine((value, ctx) => {
    if (!isQuarterId(value)) report(ctx, "NOT_QUARTER", { received: value });
  });
  return field(schema, words, { type: "string", pattern: "^(?:[1-8]\\d{3}|9[0-8]\\d{2}|99[0-8]\\d|999[0-8])-Q[1-4]$" });
}

/**
 * One of a fixed list of words, each read as a code: `{ bonus: "bonus", 加分: "bonus" }`.
 *
 * @example choice("kind", { label: { zh: "类型", en: "kind" } }, { bonus: "bonus", 加分: "bonus" }).parse("加分"); // "bonus"
 */
export function choice<Code extends string>(key: string, words: FieldWords, codes: Readonly<Record<string, Code>>) {
  const accepted = Object.keys(codes);
  const schema = z
    .custom<string>((value) => typeof value === "string" && Object.hasOwn(codes, value), {
      error: (issue) => issueMessage("invalid_value", { field: fieldName(key, words), received: issue.input, accepted }).en,
      params: { code: "invalid_value" },
    })
    .transform((value) => codes[value] as Code);
  field(schema.in, words, { enum: accepted });
  return schema;
}

/**
 * true or false, or the Chinese 是 / 否 (as a spreadsheet's cells say it).
 *
 * @example flag("customerInfoFalsified", { label: { zh: "客户信息造假", en: "customer information falsified" } }).parse("是"); // true
 */
export function flag(key: string, words: FieldWords) {
  const words_ = { true: true, false: false, 是: true, 否: false } as const;
  const schema = z
    .custom<boolean | "是" | "否">((value) => typeof value === "boolean" || value === "是" || value === "否", {
      error: (issue) => issueMessage("invalid_value", { field: fieldName(key, words), received: issue.input, accepted: ["true", "false", "是", "否"] }).en,
      params: { code: "invalid_value" },
    })
    .transform((value) => words_[String(value) as keyof typeof words_]);
  field(schema.in, words, { enum: [true, false, "是", "否"] });
  return schema;
}

/** A field's name for messages, from its key and words. */
export { fieldName };
