import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, type Policy, type SatisfactionSurvey, scoreSatisfaction } from "../../src/index.js";

/**
 * 三.2.2 客户满意度 (25分): "非常满意 25分 | 满意 15分 | 一般 10分 | 不满意 5分 | 非常不满意 0分 … 若三次回访不通,扣除渠道满意度
 * 2分/每项目 … 再回访不通,则扣除渠道满意度5分/每项目。客户满意度得分 =所回访项目客户满意度得分之和/回访单量。"
 * Readings R2 (−5 replaces −2), R3 (no survey), R11 (回访单量 = completed surveys). Worked out by hand.
 */
const surveys = (...outcomes: string[]): SatisfactionSurvey[] => outcomes.map((outcome, i) => ({ projectId: `MP-${i + 1}`, outcome }));

describe("3.2.2 customer satisfaction: the steps show the figures they used", () => {
  it("R3 no survey at all: 25, not applicable; the step says 0 surveys", () => {
    expect(scoreSatisfaction([]).steps).toEqual([{ rule: "satisfaction.none", clause: "3.2.2", reading: "R3", message: expect.any(Object), figures: { surveys: 0 } }]);
  });

  it("\"若三次回访不通,扣除渠道满意度2分/每项目\": the step names the project, the outcome and the 2 points", () => {
    const result = scoreSatisfaction(surveys("satisfied", "回访不通"));
    expect(result.score).toBe(13); // 15 / 1 − 2
    expect(result.steps[1]).toEqual({ rule: "satisfaction.unreachable", clause: "3.2.2", message: expect.any(Object), figures: { project: "MP-2", outcome: "unreachable", deduction: 2 } });
  });

  it("R2 \"再回访不通 … 扣除5分\": the step shows 5, replacing the 2", () => {
    const result = scoreSatisfaction(surveys("very_satisfied", "提醒后回访不通"));
    expect(result.score).toBe(20); // 25 − 5
    expect(result.steps[1]).toMatchObject({ rule: "satisfaction.unreachable-after-reminder", reading: "R2", figures: { project: "MP-2", outcome: "unreachable_after_reminder", deduction: 5 } });
  });

  it("得分之和/回访单量 with deductions: (25 + 15 + 10) / 3 − 2 − 5 = 16.666… − 7 = 9.666… → 9.67; the steps carry the exact figures", () => {
    const result = scoreSatisfaction(surveys("非常满意", "满意", "一般", "回访不通", "提醒后回访不通"));
    expect(result.score).toBe(9.67);
    const byRule = Object.fromEntries(result.steps.map((step) => [step.rule, step.figures]));
    expect(byRule["satisfaction.base"]).toEqual({ sum: "50", completed: 3, base: "16.666666666666666667" });
    expect(byRule["satisfaction.deductions"]).toEqual({ base: "16.666666666666666667", deductions: "7", result: "9.666666666666666667" });
    expect(byRule["round"]).toMatchObject({ rounded: 9.67, decimals: 2 });
  });

  it("R2 with the deductions adding up (policy value addsToUnreachable): 10 − (5 + 2) = 3, and the step shows 7", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { satisfaction: { unreachableAfterReminder: { addsToUnreachable: { value: boolean } } } };
    policy.satisfaction.unreachableAfterReminder.addsToUnreachable.value = true;
    const result = scoreSatisfaction(surveys("neutral", "unreachable_after_reminder"), policy as unknown as Policy);
    expect(result.score).toBe(3);
    expect(result.steps[1]?.figures["deduction"]).toBe(7);
  });

  it("fractional policy points stay exact: 一般 10.1 and 不满意 5.2 → (10.1 + 5.2) / 2 = 7.65, not 7.6499…", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { satisfaction: { outcomes: Record<string, { points: { value: number } }> } };
    policy.satisfaction.outcomes["neutral"]!.points.value = 10.1;
    policy.satisfaction.outcomes["dissatisfied"]!.points.value = 5.2;
    const result = scoreSatisfaction(surveys("neutral", "dissatisfied"), policy as unknown as Policy);
    expect(result.score).toBe(7.65);
    expect(result.steps.find((step) => step.rule === "satisfaction.base")?.figures).toEqual({ sum: "15.3", completed: 2, base: "7.65" });
  });

  it("fractional deductions stay exact: 回访不通 −0.1 and 再回访不通 −0.2 from 15 → 15 − 0.3 = 14.7 (binary floats would say 0.30000000000000004)", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { satisfaction: { unreachable: { deduction: { value: number } }; unreachableAfterReminder: { deduction: { value: number } } } };
    policy.satisfaction.unreachable.deduction.value = 0.1;
    policy.satisfaction.unreachableAfterReminder.deduction.value = 0.2;
    const result = scoreSatisfaction(surveys("satisfied", "unreachable", "unreachable_after_reminder"), policy as unknown as Policy);
    expect(result.score).toBe(14.7);
    expect(result.steps.find((step) => step.rule === "satisfaction.deductions")?.figures).toEqual({ base: "15", deductions: "0.3", result: "14.7" });
  });
});
