import { parseSection } from "../input/parse.js";
import type { RepOfficeInput, RepOfficeRecord } from "../input/rep-office.js";
import { type Exact, exactMinus, exactSum, exactText, exactTimes } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { finishItem, floorAtZero, type ItemResult } from "./item-result.js";
import { type Step, stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "rep-office.none": stepOf("rep-office.none", "3.2.3", "R9"),
  "rep-office.start": stepOf("rep-office.start", "3.2.3"),
  "rep-office.delivery-quality": stepOf("rep-office.delivery-quality", "3.2.3"),
  "rep-office.unlicensed-work": stepOf("rep-office.unlicensed-work", "3.2.3"),
  "rep-office.vendor-assist": stepOf("rep-office.vendor-assist", "3.2.3"),
  "rep-office.simple-issue-tickets": stepOf("rep-office.simple-issue-tickets", "3.2.3", "R6"),
  "rep-office.key-event": stepOf("rep-office.key-event", "3.2.3"),
  "rep-office.result": stepOf("rep-office.result", "3.2.3"),
} as const;

/**
 * The deduction for simple-question tickets to the rep office: "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分".
 * Reading R6: the tiers do not add; the highest tier reached applies (`simpleIssueTickets.combine`).
 *
 * @example simpleIssueTicketDeduction(12, CLOUD_DESKTOP_2024); // { deduction: 3, tier: "≥ 10" }
 * @example simpleIssueTicketDeduction(4, CLOUD_DESKTOP_2024); // { deduction: 0, tier: "< 5" }
 */
export function simpleIssueTicketDeduction(tickets: number, policy: Policy): { deduction: Exact; tier: string } {
  const { tiers, combine } = policy.repOffice.simpleIssueTickets;
  let descending = tiersByPolicy.get(tiers.value);
  if (descending === undefined) {
    descending = [...tiers.value].sort((a, b) => b.atLeast - a.atLeast);
    tiersByPolicy.set(tiers.value, descending);
  }
  const reached = descending.filter((tier) => tickets >= tier.atLeast);
  const applied = combine.value === "highest" ? reached.slice(0, 1) : reached;
  if (applied.length === 0) return { deduction: 0, tier: `< ${(descending.at(-1) as Tier).atLeast}` };
  return { deduction: exactSum(applied.map((tier) => tier.deduction)), tier: applied.map((t) => `≥ ${t.atLeast}`).join(" + ") };
}

type Tier = Policy["repOffice"]["simpleIssueTickets"]["tiers"]["value"][number];
// The tiers of a (deep-frozen) policy, highest first, sorted once per policy: no observable state.
const tiersByPolicy = new WeakMap<readonly Tier[], readonly Tier[]>();

/**
 * 三.2.3 代表处评分 (10 分), clause `3.2.3`: the rep office starts from 10 and deducts
 * 1) 项目交付质量 "出现问题代表处服务渠道经理进行酌情扣分" (its own figure);
 * 2) 无证上岗 "如果被确认为无证上岗,每次扣减0.5分";
 * 3) 原厂求助 "并进行相应扣分,每人天扣减0.5分";
 * 4) 简单问题单 "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (reading R6: tiers do not add);
 * 5) 关键事件 "代表处发现渠道服务相关的关键事件,酌情打分" (its own figure).
 *
 *     score = max(0, 10 − quality − 0.5 × cases − 0.5 × person-days − tickets' tier − key events)
 *
 * A figure not reported counts as 0; no record at all scores 10, not applicable (reading R9).
 *
 * @example scoreRepOffice({ deliveryQualityDeduction: 0, unlicensedWorkCases: 1, vendorAssistPersonDays: 0, simpleIssueTickets: 3, keyEventDeduction: 0 }).score; // 10 − 1 × 0.5 = 9.5
 */
export function scoreRepOffice(record: RepOfficeInput | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  return repOfficeItem(parseSection("repOffice", record, rules), rules);
}

/**
 * {@link scoreRepOffice} of a checked record (`undefined`: not reported).
 *
 * @example repOfficeItem({ simpleIssueTickets: 12, keyEventDeduction: 8 }, CLOUD_DESKTOP_2024).score; // 10 − 3 − 8 is below 0, floored → 0
 */
export function repOfficeItem(record: RepOfficeRecord | undefined, policy: Policy): ItemResult {
  const rules = policy.repOffice;
  const max = rules.max.value;
  if (record === undefined) return finishItem(max, max, "3.2.3", true, [STEPS["rep-office.none"]({ score: max })], policy);

  const { deliveryQualityDeduction: quality, unlicensedWorkCases: cases, vendorAssistPersonDays: personDays, simpleIssueTickets: tickets, keyEventDeduction: keyEvent } = record;
  const perCase = rules.unlicensedWorkPerCase.value;
  const perPersonDay = rules.vendorAssistPerPersonDay.value;
  const unlicensed = exactTimes(cases ?? 0, perCase);
  const vendorAssist = exactTimes(personDays ?? 0, perPersonDay);
  const ticketRule = simpleIssueTicketDeduction(tickets ?? 0, policy);
  const deductions = exactSum([quality ?? 0, unlicensed, vendorAssist, ticketRule.deduction, keyEvent ?? 0]);
  const score = exactMinus(max, deductions);

  const steps: Step[] = [
    STEPS["rep-office.start"]({ max }),
    STEPS["rep-office.delivery-quality"]({ deduction: quality ?? null }),
    STEPS["rep-office.unlicensed-work"]({ cases: cases ?? null, perCase, deduction: exactText(unlicensed) }),
    STEPS["rep-office.vendor-assist"]({ personDays: personDays ?? null, perPersonDay, deduction: exactText(vendorAssist) }),
    STEPS["rep-office.simple-issue-tickets"]({ tickets: tickets ?? null, tier: ticketRule.tier, deduction: exactText(ticketRule.deduction) }),
    STEPS["rep-office.key-event"]({ deduction: keyEvent ?? null }),
    STEPS["rep-office.result"]({ max, deductions: exactText(deductions), result: exactText(score) }),
  ];
  return finishItem(floorAtZero(score, "3.2.3", steps), max, "3.2.3", false, steps, policy);
}
