import { type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { satisfactionMessages } from "../messages/steps.js";
import { type Exact, exactDivide, exactMinus, exactSum } from "../numbers/exact.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { Policy, ScoredOutcome } from "../policy/schema.js";
import { finishItem, floorAtZero, type ItemResult, type Step } from "./item-result.js";

/** A survey outcome: one of the five scored answers, or a failed survey. */
export type SatisfactionOutcome = ScoredOutcome | "unreachable" | "unreachable_after_reminder";

/** The outcome codes, in the policy's order. */
export const SATISFACTION_OUTCOMES = [
  "very_satisfied",
  "satisfied",
  "neutral",
  "dissatisfied",
  "very_dissatisfied",
  "unreachable",
  "unreachable_after_reminder",
] as const satisfies readonly SatisfactionOutcome[];

/** One project's final survey outcome, by code (`very_satisfied`) or by the policy's Chinese label (`非常满意`). */
export interface SatisfactionSurvey {
  readonly projectId: string;
  readonly outcome: string;
}

/**
 * The policy's Chinese label of an outcome.
 *
 * @example outcomeLabel("very_satisfied"); // "非常满意"
 */
export function outcomeLabel(code: SatisfactionOutcome, policy: Policy = CLOUD_DESKTOP_2024): string {
  const rules = policy.satisfaction;
  if (code === "unreachable") return rules.unreachable.label;
  if (code === "unreachable_after_reminder") return rules.unreachableAfterReminder.label;
  return rules.outcomes[code].label;
}

/**
 * The outcome code for a code or a Chinese label of the policy; undefined for anything else.
 *
 * @example outcomeCode("提醒后回访不通"); // "unreachable_after_reminder"
 */
export function outcomeCode(value: string, policy: Policy = CLOUD_DESKTOP_2024): SatisfactionOutcome | undefined {
  let codes = codesByPolicy.get(policy.satisfaction);
  if (codes === undefined) {
    codes = new Map(SATISFACTION_OUTCOMES.flatMap((code) => [[code, code] as const, [outcomeLabel(code, policy), code] as const]));
    codesByPolicy.set(policy.satisfaction, codes);
  }
  return codes.get(value);
}

// Codes and labels of a (deep-frozen) policy's outcomes, read once per policy: no observable state.
const codesByPolicy = new WeakMap<Policy["satisfaction"], ReadonlyMap<string, SatisfactionOutcome>>();

/**
 * What {@link scoreSatisfaction} cannot score: an outcome that is neither a code nor a label of the
 * policy, and a project surveyed twice ("each project appears once, with its final outcome").
 *
 * @example satisfactionIssues([{ projectId: "MP-01", outcome: "great" }])[0].code; // "UNKNOWN_OUTCOME"
 */
export function satisfactionIssues(surveys: readonly SatisfactionSurvey[], policy: Policy = CLOUD_DESKTOP_2024): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const firstIndex = new Map<string, number>();
  surveys.forEach((survey, index) => {
    if (outcomeCode(survey.outcome, policy) === undefined) {
      const accepted = SATISFACTION_OUTCOMES.map((code) => `${code} / ${outcomeLabel(code, policy)}`).join(", ");
      issues.push({ path: [index, "outcome"], code: "UNKNOWN_OUTCOME", message: inputMessages.unknownOutcome(survey.outcome, accepted) });
    }
    const first = firstIndex.get(survey.projectId);
    if (first === undefined) firstIndex.set(survey.projectId, index);
    else issues.push({ path: [index, "projectId"], code: "DUPLICATE_SURVEY", message: inputMessages.duplicateSurvey(survey.projectId, first) });
  });
  return issues;
}

/**
 * 三.2.2 客户满意度 (25 分), clause `3.2.2`:
 * "非常满意 25分 | 满意 15分 | 一般 10分 | 不满意 5分 | 非常不满意 0分 …
 * 若三次回访不通,扣除渠道满意度2分/每项目。针对回访不通项目,将联系合作伙伴的项目经理提醒客户注意接听回访电话,
 * 再回访不通,则扣除渠道满意度5分/每项目。客户满意度得分 =所回访项目客户满意度得分之和/回访单量。"
 *
 * Score = (sum of completed surveys' points ÷ completed surveys) − deductions, floored at 0.
 * Reading R2: the −5 replaces the −2 for the same project (`unreachableAfterReminder.addsToUnreachable`).
 * Reading R3: no completed survey → base 25; no survey at all → 25, not applicable.
 * Reading R11: 回访单量 counts the completed surveys only.
 *
 * @example
 * scoreSatisfaction([
 *   { projectId: "MP-01", outcome: "非常满意" },
 *   { projectId: "MP-02", outcome: "satisfied" },
 *   { projectId: "MP-03", outcome: "unreachable" },
 * ]).score; // (25 + 15) / 2 − 2 = 18
 */
export function scoreSatisfaction(surveys: readonly SatisfactionSurvey[], policy: Policy = CLOUD_DESKTOP_2024): ItemResult {
  throwIfAny(satisfactionIssues(surveys, policy));
  return scoreValidSatisfaction(surveys, policy);
}

/** {@link scoreSatisfaction} for input that {@link satisfactionIssues} has passed (the composer's schema runs the same checks). */
export function scoreValidSatisfaction(surveys: readonly SatisfactionSurvey[], policy: Policy): ItemResult {
  const rules = policy.satisfaction;
  if (surveys.length === 0) {
    const score = rules.scoreWithoutSurveys.value;
    const step: Step = { rule: "satisfaction.none", clause: "3.2.2", reading: "R3", message: satisfactionMessages.none(score), figures: { surveys: 0 } };
    return finishItem(score, { max: rules.max.value, clause: "3.2.2", notApplicable: true, steps: [step] }, policy);
  }

  const steps: Step[] = [];
  const completedPoints: number[] = [];
  const deductions: number[] = [];
  for (const survey of surveys) {
    const code = outcomeCode(survey.outcome, policy) as SatisfactionOutcome;
    if (code === "unreachable") {
      const deduction = rules.unreachable.deduction.value;
      deductions.push(deduction);
      steps.push({ rule: "satisfaction.unreachable", clause: "3.2.2", message: satisfactionMessages.unreachable(survey.projectId, deduction), figures: { project: survey.projectId, outcome: code, deduction } });
    } else if (code === "unreachable_after_reminder") {
      const adds = rules.unreachableAfterReminder.addsToUnreachable.value;
      const parts = adds ? [rules.unreachableAfterReminder.deduction.value, rules.unreachable.deduction.value] : [rules.unreachableAfterReminder.deduction.value];
      deductions.push(...parts);
      const deduction = String(exactSum(parts));
      steps.push({
        rule: "satisfaction.unreachable-after-reminder",
        clause: "3.2.2",
        reading: "R2",
        message: satisfactionMessages.unreachableAfterReminder(survey.projectId, deduction, adds),
        figures: { project: survey.projectId, outcome: code, deduction: Number(deduction) },
      });
    } else {
      const points = rules.outcomes[code].points.value;
      completedPoints.push(points);
      steps.push({ rule: "satisfaction.completed", clause: "3.2.2", message: satisfactionMessages.completed(survey.projectId, rules.outcomes[code].label, points), figures: { project: survey.projectId, outcome: code, points } });
    }
  }

  let base: Exact;
  if (completedPoints.length === 0) {
    base = rules.baseWithoutCompletedSurvey.value;
    steps.push({ rule: "satisfaction.base-without-completed", clause: "3.2.2", reading: "R3", message: satisfactionMessages.baseWithoutCompleted(base), figures: { completed: 0, base: String(base) } });
  } else {
    const sum = exactSum(completedPoints);
    base = exactDivide(sum, completedPoints.length);
    const figures = { sum: String(sum), completed: completedPoints.length, base: String(base) };
    steps.push({ rule: "satisfaction.base", clause: "3.2.2", reading: "R11", message: satisfactionMessages.base(figures.sum, figures.completed, figures.base), figures });
  }

  let score = base;
  if (deductions.length > 0) {
    const deducted = exactSum(deductions);
    score = exactMinus(base, deducted);
    const figures = { base: String(base), deductions: String(deducted), result: String(score) };
    steps.push({ rule: "satisfaction.deductions", clause: "3.2.2", message: satisfactionMessages.deductions(figures.base, figures.deductions, figures.result), figures });
  }
  return finishItem(floorAtZero(score, "3.2.2", steps), { max: rules.max.value, clause: "3.2.2", notApplicable: false, steps }, policy);
}
