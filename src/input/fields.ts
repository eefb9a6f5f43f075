import * as z from "../zod.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { isQuarterId } from "../dates/quarter.js";
import { isShortDecimal } from "../numbers/exact.js";
import { inLibraryWords, report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";

/**
 * The fields of the inputs: each a zod schema built by one constructor here, carrying its label and
 * description in both languages (for messages, the JSON Schemas and docs/input.md) and the JSON
 * Schema of what it accepts, and reporting every problem, zod's own kinds too, with the library's
 * codes and sentences (see `library-issues.ts`).
 */

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

/** Checks that run even when other fields have problems, so that one pass lists every problem. */
export const ALWAYS = { when: () => true } as const;

const fieldName = (key: string, words: FieldWords) => ({ key, label: words.label });

/**
 * A whole number from 0 to {@link LARGEST_AMOUNT} (counts: calls, learners, cases, seats).
 *
 * @example count("seats", { label: { zh: "点数", en: "seats" } }).safeParse(1.5).success; // false
 */
export function count(key: string, words: FieldWords) {
  const schema = z.number({ error: inLibraryWords }).superRefine((value, ctx) => {
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
  const schema = z.number({ error: inLibraryWords }).superRefine((value, ctx) => {
    if (!(isShortDecimal(value) && value >= 0 && value <= LARGEST_AMOUNT)) report(ctx, "NOT_AMOUNT", { field: fieldName(key, words), received: value, largest: LARGEST_AMOUNT });
  });
  return field(schema, words, { type: "number", minimum: 0, maximum: LARGEST_AMOUNT });
}

/**
 * A finite number of either sign (a total, a key-event adjustment).
 *
 * @example signed({ label: { zh: "总分", en: "total" } }).safeParse(-3.5).success; // true
 */
export function signed(words: FieldWords) {
  // zod's number is finite: Infinity and NaN are a wrong type, in the library's words.
  return field(z.number({ error: inLibraryWords }), words, { type: "number" });
}

/**
 * Text that is not blank and at most `max` characters once the spaces around it are trimmed (it is
 * trimmed). The JSON Schema counts it the same way.
 *
 * @example text("id", { label: { zh: "编号", en: "id" } }, 200).parse("  MP-01 "); // "MP-01"
 */
export function text(key: string, words: FieldWords, max: number) {
  const schema = z
    .string({ error: inLibraryWords })
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
  const schema = z.string({ error: inLibraryWords }).superRefine((value, ctx) => {
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
  const schema = z.string({ error: inLibraryWords }).superRefine((value, ctx) => {
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
  const schema = z.string({ error: inLibraryWords }).superRefine((value, ctx) => {
    if (!isQuarterId(value)) report(ctx, "NOT_QUARTER", { received: value });
  });
  return field(schema, words, { type: "string", pattern: "^(?:[1-8]\\d{3}|9[0-8]\\d{2}|99[0-8]\\d|999[0-8])-Q[1-4]$" });
}

/**
 * One of a fixed list of words, each read as a code: `{ bonus: "bonus", 加分: "bonus" }`.
 *
 * @example choice({ label: { zh: "类型", en: "kind" } }, { bonus: "bonus", 加分: "bonus" }).parse("加分"); // "bonus"
 */
export function choice<Code extends string>(words: FieldWords, codes: Readonly<Record<string, Code>>) {
  const accepted = Object.keys(codes);
  const schema = z
    .custom<string>((value) => typeof value === "string" && Object.hasOwn(codes, value), { error: inLibraryWords })
    .transform((value) => codes[value] as Code);
  field(schema.in, words, { enum: accepted });
  return schema;
}

/**
 * true or false, or the Chinese 是 / 否 (as a spreadsheet's cells say it).
 *
 * @example flag({ label: { zh: "客户信息造假", en: "customer information falsified" } }).parse("是"); // true
 */
export function flag(words: FieldWords) {
  const meaning = { true: true, false: false, 是: true, 否: false } as const;
  const schema = z
    .custom<boolean | "是" | "否">((value) => typeof value === "boolean" || value === "是" || value === "否", { error: inLibraryWords })
    .transform((value) => meaning[String(value) as keyof typeof meaning]);
  field(schema.in, words, { enum: [true, false, "是", "否"] });
  return schema;
}

/**
 * An object of exactly these fields: a field missing or of the wrong type, and each unknown key
 * (with the nearest known one), in the library's words.
 *
 * @example strictFields({ id: text("id", { label: { zh: "编号", en: "id" } }, 200) }).safeParse({ idd: "P" }).error?.issues.length; // 2
 */
export function strictFields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: inLibraryWords });
}

/**
 * An object with these fields that lets others through (a stored assessment carries more than a
 * standing reads).
 *
 * @example openFields({ quarter: quarterId({ label: { zh: "季度", en: "quarter" } }) }).parse({ quarter: "2024-Q3", total: 90 }).total; // 90
 */
export function openFields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.looseObject(shape, { error: inLibraryWords });
}

/**
 * A list of elements, at most `max` of them when given.
 *
 * @example listOf(count("seats", { label: { zh: "点数", en: "seats" } }), 2).safeParse([1, 2, 3]).success; // false
 */
export function listOf<Element extends z.core.SomeType>(element: Element, max?: number) {
  const list = z.array(element, { error: inLibraryWords });
  return max === undefined ? list : list.max(max);
}

/**
 * One of a fixed list of codes (no other words for them; see {@link choice} for those).
 *
 * @example oneOf(["new", "renewal"]).safeParse("renew").success; // false
 */
export function oneOf<const Codes extends readonly [string, ...string[]]>(codes: Codes) {
  return z.enum(codes, { error: inLibraryWords });
}

/**
 * true or false, nothing else (a stored verdict's flags, an application's yes/no facts).
 *
 * @example yesOrNo().safeParse("true").success; // false
 */
export function yesOrNo() {
  return z.boolean({ error: inLibraryWords });
}
