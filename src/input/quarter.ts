import * as z from "../zod.js";
import { isQuarterId } from "../dates/quarter.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { appliesTo } from "../policy/policies.js";
import type { Policy } from "../policy/schema.js";
import { ALWAYS, flag, quarterId, strictFields, text } from "./fields.js";
import { report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";
import { eventDatesInQuarter } from "./key-events.js";
import { sectionSchemas } from "./sections.js";

const WORDS = {
  partner: { label: { zh: "合作伙伴", en: "partner" } },
  partnerId: { label: { zh: "合作伙伴编号", en: "partner id" } },
  partnerName: { label: { zh: "合作伙伴名称", en: "partner name" } },
  quarter: { label: { zh: "考核季度", en: "quarter" }, description: { zh: "考核的季度,YYYY-Qn,如 2024-Q3", en: "The assessed quarter, YYYY-Qn, e.g. 2024-Q3" } },
  flags: { label: { zh: "其他情形", en: "flags" } },
  customerInfoFalsified: {
    label: { zh: "客户信息造假", en: "customer information falsified" },
    description: { zh: "H3C 发现渠道反馈的客户信息造假(三.2.2):true/false 或 是/否", en: "H3C found the customer information the partner fed back falsified (3.2.2): true/false or 是/否" },
  },
} as const satisfies Record<string, FieldWords>;

/** The quarter must be one the policy applies to (reading R12): a check of a whole input (a quarter, or a verdict's facts). */
export function policyApplies(policy: Policy) {
  return (value: unknown, ctx: z.core.$RefinementCtx<unknown>) => {
    const quarter = typeof value === "object" && value !== null ? (value as { quarter?: unknown }).quarter : undefined;
    if (typeof quarter === "string" && isQuarterId(quarter) && !appliesTo(policy, quarter)) report(ctx, "NO_POLICY", { quarter, effectiveFrom: policy.effectiveFrom.value }, ["quarter"]);
  };
}

function buildQuarterSchema(policy: Policy) {
  const sections = sectionSchemas(policy);
  return strictFields({
    partner: field(strictFields({ id: text("id", WORDS.partnerId, 200), name: text("name", WORDS.partnerName, 500).optional() }), WORDS.partner),
    quarter: quarterId(WORDS.quarter),
    majorProjects: sections.majorProjects.optional(),
    satisfaction: sections.satisfaction.optional(),
    repOffice: sections.repOffice.optional(),
    ecr: sections.ecr.optional(),
    training: sections.training.optional(),
    keyEvents: sections.keyEvents.optional(),
    flags: field(strictFields({ customerInfoFalsified: flag(WORDS.customerInfoFalsified).optional() }), WORDS.flags).optional(),
  })
    .superRefine(policyApplies(policy), ALWAYS)
    .superRefine(eventDatesInQuarter, ALWAYS);
}

const built = new WeakMap<Policy, ReturnType<typeof buildQuarterSchema>>();

/**
 * The partner-quarter schema under a policy, built once per policy object: the sections' schemas
 * with their checks, the partner and the quarter, and the checks across sections.
 *
 * @example quarterSchema(CLOUD_DESKTOP_2024).safeParse({ partner: { id: "P-1" }, quarter: "2024-Q1" }).success; // false: NO_POLICY
 */
export function quarterSchema(policy: Policy) {
  let schema = built.get(policy);
  if (schema === undefined) {
    schema = buildQuarterSchema(policy);
    built.set(policy, schema);
  }
  return schema;
}

/**
 * The partner-quarter input checked under the shipped policy (`CLOUD_DESKTOP_2024`): a zod schema
 * whose problems carry the library's codes (`issue.params.code`) and sentences (`issue.message` in
 * English, `issue.params.message` in both languages). `assessQuarter` checks with the same schema.
 */
export const QuarterInputSchema = /* @__PURE__ */ quarterSchema(CLOUD_DESKTOP_2024);

/** A validated partner-quarter. */
export type QuarterInput = z.output<typeof QuarterInputSchema>;
/** A partner-quarter as a caller writes it. */
export type QuarterInputData = z.input<typeof QuarterInputSchema>;
