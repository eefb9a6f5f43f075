import * as z from "../zod.js";
import { ALWAYS, flag, quarterId, signed, strictFields } from "../input/fields.js";
import { inLibraryWords, report } from "../input/library-issues.js";
import { field, type FieldWords } from "../input/registry.js";
import { eventDatesInQuarter } from "../input/key-events.js";
import { policyApplies } from "../input/quarter.js";
import { sectionSchemas } from "../input/sections.js";
import { ITEMS, type ItemKey } from "../items.js";
import type { Policy } from "../policy/schema.js";

const WORDS = {
  quarter: { label: { zh: "考核季度", en: "quarter" } },
  total: { label: { zh: "总分", en: "total" }, description: { zh: "五项得分与关键事件加减分之和", en: "The five item scores plus the key-event adjustment" } },
  adjustment: { label: { zh: "关键事件加减分", en: "key-event adjustment" }, description: { zh: "加分 − 扣分,可为负数", en: "Bonus − penalty; may be negative" } },
  customerInfoFalsified: { label: { zh: "客户信息造假", en: "customer information falsified" } },
} as const satisfies Record<string, FieldWords>;

/** An item score under a policy: a number from 0 to the item's maximum (zod's number is finite). */
function itemScore(name: FieldWords["label"], max: number) {
  const schema = z.number({ error: inLibraryWords }).superRefine((value, ctx) => {
    if (value < 0) report(ctx, "NOT_ITEM_SCORE", { item: name, score: value, max });
    else if (value > max) report(ctx, "ITEM_SCORE_ABOVE_MAX", { item: name, score: value, max });
  });
  return field(schema, { label: name }, { type: "number", minimum: 0, maximum: max });
}

/** The five item scores and the total, as a verdict reads them (and a spreadsheet holds them). */
function scoresShape(policy: Policy) {
  return {
    itemScores: strictFields(
      Object.fromEntries(ITEMS.map((item) => [item.key, itemScore(item.name, policy[item.key].max.value)])) as Record<ItemKey, ReturnType<typeof itemScore>>,
    ),
    total: signed(WORDS.total),
  };
}

const built = new WeakMap<Policy, { scores: ReturnType<typeof buildScoresSchema>; facts: ReturnType<typeof buildFactsSchema>; parts: ReturnType<typeof buildPartsSchema> }>();

function buildScoresSchema(policy: Policy) {
  return strictFields(scoresShape(policy));
}

function buildPartsSchema(policy: Policy) {
  return strictFields({ itemScores: scoresShape(policy).itemScores, adjustment: signed(WORDS.adjustment).optional() });
}

function buildFactsSchema(policy: Policy) {
  return strictFields({
      quarter: quarterId(WORDS.quarter),
      ...scoresShape(policy),
      customerInfoFalsified: flag(WORDS.customerInfoFalsified),
      keyEvents: sectionSchemas(policy).keyEvents,
    })
    .superRefine(policyApplies(policy), ALWAYS)
    .superRefine(eventDatesInQuarter, ALWAYS);
}

function schemasOf(policy: Policy) {
  let schemas = built.get(policy);
  if (schemas === undefined) {
    schemas = { scores: buildScoresSchema(policy), facts: buildFactsSchema(policy), parts: buildPartsSchema(policy) };
    built.set(policy, schemas);
  }
  return schemas;
}

/**
 * The facts a verdict is built from (a scored quarter): its quarter, the five item scores (each 0 …
 * its maximum), the total, the falsified-information flag and the key events, checked like the
 * composer checks them (a major key event without its date is an error, not dropped; a quarter the
 * policy does not apply to is NO_POLICY).
 *
 * @example verdictFactsSchema(CLOUD_DESKTOP_2024).safeParse({ quarter: "2024-Q3", itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 16, training: 20 }, total: 101, customerInfoFalsified: false, keyEvents: [] }).success; // false: ecr above 15
 */
export function verdictFactsSchema(policy: Policy) {
  return schemasOf(policy).facts;
}

/**
 * The five item scores and the total alone, as a spreadsheet holds them.
 *
 * @example itemScoresSchema(CLOUD_DESKTOP_2024).safeParse({ itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 }, total: 100 }).success; // true
 */
export function itemScoresSchema(policy: Policy) {
  return schemasOf(policy).scores;
}

/**
 * The parts of a quarter's total: the five item scores and the key-event adjustment (optional: 0).
 *
 * @example totalPartsSchema(CLOUD_DESKTOP_2024).safeParse({ itemScores: { majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 }, adjustment: 2 }).success; // true
 */
export function totalPartsSchema(policy: Policy) {
  return schemasOf(policy).parts;
}

/** What the verdict reads of a scored quarter. */
export type VerdictFacts = z.output<ReturnType<typeof verdictFactsSchema>>;
/** The facts of a verdict as a caller gives them. */
export type VerdictFactsInput = z.input<ReturnType<typeof verdictFactsSchema>>;
/** The five item scores and the total. */
export type ItemScores = z.output<ReturnType<typeof itemScoresSchema>>;
