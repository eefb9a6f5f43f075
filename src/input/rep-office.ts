import * as z from "../zod.js";
import { amount, count, strictFields } from "./fields.js";
import { field, type FieldWords } from "./registry.js";

const WORDS = {
  record: {
    label: { zh: "代表处评分事项", en: "rep-office record" },
    description: { zh: "代表处本季度报告的扣分事项(三.2.3);未报告的事项按 0 计", en: "What the rep office reports for the quarter (3.2.3); an absent figure counts as 0" },
  },
  deliveryQualityDeduction: {
    label: { zh: "项目交付质量扣分", en: "delivery-quality deduction" },
    description: { zh: "代表处服务渠道经理对交付质量的酌情扣分,≥ 0", en: "The rep office's own deduction for delivery quality, ≥ 0" },
  },
  unlicensedWorkCases: { label: { zh: "无证上岗次数", en: "unlicensed-work cases" }, description: { zh: "确认为无证上岗的次数,每次扣 0.5 分", en: "Cases of unlicensed work, 0.5 each" } },
  vendorAssistPersonDays: {
    label: { zh: "原厂求助人天", en: "vendor-assistance person-days" },
    description: { zh: "自服务项目由代表处工程师交付的人天(可为半天),每人天扣 0.5 分", en: "Person-days of H3C engineers on self-service projects (half days allowed), 0.5 each" },
  },
  simpleIssueTickets: {
    label: { zh: "简单问题单数", en: "simple-question tickets" },
    description: { zh: "反馈到代表处的简单问题单:≥ 5 扣 1 分,≥ 10 扣 3 分", en: "Simple-question tickets to the rep office: ≥ 5 minus 1, ≥ 10 minus 3" },
  },
  keyEventDeduction: {
    label: { zh: "代表处关键事件扣分", en: "rep office's key-event deduction" },
    description: { zh: "代表处发现的服务关键事件的酌情扣分,≥ 0", en: "The rep office's own deduction for service key events, ≥ 0" },
  },
} as const satisfies Record<string, FieldWords>;

/**
 * What the rep office reports for the quarter (三.2.3); an absent figure counts as 0.
 *
 * @example repOfficeSchema().safeParse({ unlicensedWorkCases: 1.5 }).success; // false
 */
export function repOfficeSchema() {
  return field(
    strictFields({
      deliveryQualityDeduction: amount("deliveryQualityDeduction", WORDS.deliveryQualityDeduction).optional(),
      unlicensedWorkCases: count("unlicensedWorkCases", WORDS.unlicensedWorkCases).optional(),
      vendorAssistPersonDays: amount("vendorAssistPersonDays", WORDS.vendorAssistPersonDays).optional(),
      simpleIssueTickets: count("simpleIssueTickets", WORDS.simpleIssueTickets).optional(),
      keyEventDeduction: amount("keyEventDeduction", WORDS.keyEventDeduction).optional(),
    }),
    WORDS.record,
  );
}

/** The rep office's record as the rules read it. */
export type RepOfficeRecord = z.output<ReturnType<typeof repOfficeSchema>>;
/** The rep office's record as a caller gives it. */
export type RepOfficeInput = z.input<ReturnType<typeof repOfficeSchema>>;
