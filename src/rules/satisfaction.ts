import { parseSection } from "../input/parse.js";
import { outcomeLabel, type SatisfactionSurvey, type SatisfactionSurveyInput } from "../input/satisfaction.js";
import { type Exact, exactDivide, exactMinus, exactSum, exactText } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy } from "../policy/schema.js";
import { finishItem, floorAtZero, type ItemResult } from "./item-result.js";
import { type Step, stepOf } from "./step.js";

/** The steps of this rule: each rule id with its clause and reading. */
const STEPS = {
  "satisfaction.none": stepOf("satisfaction.none", "3.2.2", "R3"),
  "satisfaction.unreachable": stepOf("satisfaction.unreachable", "3.2.2"),
  "satisfaction.unreachable-after-reminder": stepOf("satisfaction.unreachable-after-reminder", "3.2.2", "R2"),
  "satisfaction.completed": stepOf("satisfaction.completed", "3.2.2"),
  "satisfaction.base-without-completed": stepOf("satisfaction.base-without-completed", "3.2.2", "R3"),
  "satisfaction.base": stepOf("satisfaction.base", "3.2.2", "R11"),
  "satisfaction.deductions": stepOf("satisfaction.deductions", "3.2.2"),
} as const;

/**
 * 三.2.2 客户满意度 (25 分), clause `3.2.2`:
 * "非常满意 25分 | 满意 15分 | 一般 10分 | 不满意 5分 | 非常不满意 0分 …
 * 若三次回访不通,扣除渠道满意度2分/每项目。针对回访不通项目,将联系合作伙伴的项目经理提醒客户注意接听回访电话,
 * 再回访不通,则扣除渠道满意度5分/每项目。客户满意度得分 =所回访项目客户满意度得分之和/回访单量。"
 *
 *     score = max(0, Σ points of completed surveys ÷ completed surveys − Σ deductions)
 *
 * Reading R2: the −5 replaces the −2 for the same project (`unreachableAfterReminder.addsToUnreachable`).
 * Reading R3: no completed survey → base 25; no survey at all → 25, not applicable.
 * Reading R11: 回访单量 counts the completed surveys only.
 *
 * @example scoreSatisfaction([{ projectId: "MP-01", outcome: "非常满意" }, { projectId: "MP-02", outcome: "satisfied" }, { projectId: "MP-03", outcome: "unreachable" }]).score; // (25 + 15) ÷ 2 − 2 = 18
 */
export function scoreSatisfaction(surveys: readonly SatisfactionSurveyInput[] | undefined, policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  const rules = assertPolicy(policy);
  return satisfactionItem(parseSection("satisfaction", surveys, rules), rules);
}

/**
 * {@link scoreSatisfaction} of checked surveys (`undefined`: not reported).
 *
 * @example satisfactionItem([{ projectId: "MP-01", outcome: "unreachable_after_reminder" }], CLOUD_DESKTOP_2024).score; // 25 − 5 = 20
 */
export function satisfactionItem(surveys: readonly SatisfactionSurvey[] | undefined, policy: Policy): ItemResult {
  const rules = policy.satisfaction;
  const max = rules.max.value;
  if (surveys === undefined || surveys.length === 0) {
    const score = rules.scoreWithoutSurveys.value;
    return finishItem(score, max, "3.2.2", true, [STEPS["satisfaction.none"]({ surveys: 0, score })], policy);
  }

  const steps: Step[] = [];
  const completedPoints: number[] = [];
  const deductions: number[] = [];
  for (const { projectId: project, outcome } of surveys) {
    const label = outcomeLabel(outcome, policy);
    if (outcome === "unreachable") {
      const deduction = rules.unreachable.deduction.value;
      deductions.push(deduction);
      steps.push(STEPS["satisfaction.unreachable"]({ project, outcome, label, deduction }));
    } else if (outcome === "unreachable_after_reminder") {
      const addsToUnreachable = rules.unreachableAfterReminder.addsToUnreachable.value;
      const parts = addsToUnreachable ? [rules.unreachableAfterReminder.deduction.value, rules.unreachable.deduction.value] : [rules.unreachableAfterReminder.deduction.value];
      deductions.push(...parts);
      steps.push(STEPS["satisfaction.unreachable-after-reminder"]({ project, outcome, label, deduction: exactText(exactSum(parts)), addsToUnreachable }));
    } else {
      const points = rules.outcomes[outcome].points.value;
      completedPoints.push(points);
      steps.push(STEPS["satisfaction.completed"]({ project, outcome, label, points }));
    }
  }

  let base: Exact;
  if (completedPoints.length === 0) {
    base = rules.baseWithoutCompletedSurvey.value;
    steps.push(STEPS["satisfaction.base-without-completed"]({ completed: 0, base: rules.baseWithoutCompletedSurvey.value }));
  } else {
    const sum = exactSum(completedPoints);
    base = exactDivide(sum, completedPoints.length);
    steps.push(STEPS["satisfaction.base"]({ sum: exactText(sum), completed: completedPoints.length, base: exactText(base) }));
  }
  let score = base;
  if (deductions.length > 0) {
    const deducted = exactSum(deductions);
    score = exactMinus(base, deducted);
    steps.push(STEPS["satisfaction.deductions"]({ base: exactText(base), deductions: exactText(deducted), result: exactText(score) }));
  }
  return finishItem(floorAtZero(score, "3.2.2", steps), max, "3.2.2", false, steps, policy);
}
