import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { repOfficeMessages } from "../messages/steps.js";
import { type Exact, exactMinus, exactSum, exactTimes } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { amountIssues } from "./amounts.js";
import { finishItem, floorAtZero, type ItemResult, type Step } from "./item-result.js";

/** What the rep office reports for the quarter; an absent figure is 0. */
export interface RepOfficeRecord {
  /** 项目交付质量: the rep office's own deduction, ≥ 0. */
  readonly deliveryQualityDeduction?: number | undefined;
  /** 无证上岗次数. */
  readonly unlicensedWorkCases?: number | undefined;
  /** 自服务项目原厂求助: person-days of H3C engineers on self-service projects (half days allowed). */
  readonly vendorAssistPersonDays?: number | undefined;
  /** 简单问题单: simple-question tickets to the rep office. */
  readonly simpleIssueTickets?: number | undefined;
  /** 关键事件: the rep office's own key-event deduction, ≥ 0. */
  readonly keyEventDeduction?: number | undefined;
}

/**
 * What {@link scoreRepOffice} cannot score: counts that are not whole numbers ≥ 0, deductions and
 * person-days that are not finite numbers ≥ 0.
 *
 * @example repOfficeIssues({ unlicensedWorkCases: 1.5 })[0].path; // ["unlicensedWorkCases"]
 */
export function repOfficeIssues(record: RepOfficeRecord): IssueDraft[] {
  return amountIssues([
    [record.deliveryQualityDeduction, ["deliveryQualityDeduction"], "amount"],
    [record.unlicensedWorkCases, ["unlicensedWorkCases"], "whole"],
    [record.vendorAssistPersonDays, ["vendorAssistPersonDays"], "amount"],
    [record.simpleIssueTickets, ["simpleIssueTickets"], "whole"],
    [record.keyEventDeduction, ["keyEventDeduction"], "amount"],
  ]);
}

/**
 * The deduction for simple-question tickets to the rep office: "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分".
 * Reading R6: the tiers do not add; the highest tier reached applies (`simpleIssueTickets.combine`).
 *
 * @example simpleIssueTicketDeduction(12); // 3, not 3 + 1
 */
export function simpleIssueTicketDeduction(tickets: number, policy: Policy = CLOUD_DESKTOP_2024): { deduction: Exact; tier: string } {
  const { tiers, combine } = policy.repOffice.simpleIssueTickets;
  const reached = [...tiers.value].sort((a, b) => b.atLeast - a.atLeast).filter((tier) => tickets >= tier.atLeast);
  const applied = combine.value === "highest" ? reached.slice(0, 1) : reached;
  const deduction = exactSum(applied.map((tier) => tier.deduction));
  const tier = applied.length === 0 ? "< " + Math.min(...tiers.value.map((t) => t.atLeast)) : applied.map((t) => `≥ ${t.atLeast}`).join(" + ");
  return { deduction, tier };
}

/**
 * 三.2.3 代表处评分 (10 分), clause `3.2.3`: the rep office starts from 10 and deducts
 * 1) 项目交付质量 "出现问题代表处服务渠道经理进行酌情扣分" (its own figure);
 * 2) 无证上岗 "如果被确认为无证上岗,每次扣减0.5分";
 * 3) 原厂求助 "并进行相应扣分,每人天扣减0.5分";
 * 4) 简单问题单 "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (reading R6: tiers do not add);
 * 5) 关键事件 "代表处发现渠道服务相关的关键事件,酌情打分" (its own figure).
 * Floored at 0. No record at all: 10, not applicable (reading R9).
 *
 * @example
 * scoreRepOffice({ deliveryQualityDeduction: 0, unlicensedWorkCases: 1, vendorAssistPersonDays: 0, simpleIssueTickets: 3, keyEventDeduction: 0 }).score;
 * // 10 − 1 × 0.5 = 9.5
 */
export function scoreRepOffice(record: RepOfficeRecord | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  if (record !== undefined) throwIfAny(repOfficeIssues(record));
  return scoreValidRepOffice(record, policy);
}

/** {@link scoreRepOffice} for input that {@link repOfficeIssues} has passed (the composer's schema runs the same checks). */
export function scoreValidRepOffice(record: RepOfficeRecord | undefined, policy: Policy): ItemResult {
  const rules = policy.repOffice;
  const max = rules.max.value;
  if (record === undefined) {
    const step: Step = { rule: "rep-office.none", clause: "3.2.3", reading: "R9", message: repOfficeMessages.none(max), figures: {} };
    return finishItem(max, { max, clause: "3.2.3", notApplicable: true, steps: [step] }, policy);
  }

  const quality = record.deliveryQualityDeduction ?? 0;
  const cases = record.unlicensedWorkCases ?? 0;
  const personDays = record.vendorAssistPersonDays ?? 0;
  const tickets = record.simpleIssueTickets ?? 0;
  const keyEvent = record.keyEventDeduction ?? 0;
  const unlicensed = exactTimes(cases, rules.unlicensedWorkPerCase.value);
  const vendorAssist = exactTimes(personDays, rules.vendorAssistPerPersonDay.value);
  const ticketRule = simpleIssueTicketDeduction(tickets, policy);

  const steps: Step[] = [
    { rule: "rep-office.start", clause: "3.2.3", message: repOfficeMessages.start(max), figures: { max } },
    { rule: "rep-office.delivery-quality", clause: "3.2.3", message: repOfficeMessages.deliveryQuality(String(quality)), figures: { deduction: String(quality) } },
    {
      rule: "rep-office.unlicensed-work",
      clause: "3.2.3",
      message: repOfficeMessages.unlicensedWork(cases, rules.unlicensedWorkPerCase.value, String(unlicensed)),
      figures: { cases, perCase: rules.unlicensedWorkPerCase.value, deduction: String(unlicensed) },
    },
    {
      rule: "rep-office.vendor-assist",
      clause: "3.2.3",
      message: repOfficeMessages.vendorAssist(personDays, rules.vendorAssistPerPersonDay.value, String(vendorAssist)),
      figures: { personDays, perPersonDay: rules.vendorAssistPerPersonDay.value, deduction: String(vendorAssist) },
    },
    {
      rule: "rep-office.simple-issue-tickets",
      clause: "3.2.3",
      reading: "R6",
      message: repOfficeMessages.simpleIssueTickets(tickets, ticketRule.tier, String(ticketRule.deduction)),
      figures: { tickets, tier: ticketRule.tier, deduction: String(ticketRule.deduction) },
    },
    { rule: "rep-office.key-event", clause: "3.2.3", message: repOfficeMessages.keyEvent(String(keyEvent)), figures: { deduction: String(keyEvent) } },
  ];
  const deductions = exactSum([quality, unlicensed, vendorAssist, ticketRule.deduction, keyEvent]);
  const score = exactMinus(max, deductions);
  const figures = { deductions: String(deductions), result: String(score) };
  steps.push({ rule: "rep-office.result", clause: "3.2.3", message: repOfficeMessages.result(max, figures.deductions, figures.result), figures });
  return finishItem(floorAtZero(score, "3.2.3", steps), { max, clause: "3.2.3", notApplicable: false, steps }, policy);
}
