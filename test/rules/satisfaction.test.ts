import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, OUTCOME_CODES, outcomeLabel, scoreSatisfaction } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { policyWith } from "../support/policies.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { surveys } from "../support/sections.js";
import { expectEnglishLabels, figuresOf, rulesOf, stepOf } from "../support/steps.js";

/**
 * 三.2.2 客户满意度 (25分): "非常满意 25分 | 满意 15分 | 一般 10分 | 不满意 5分 | 非常不满意 0分 … 若三次回访不通,扣除渠道满意度
 * 2分/每项目 … 再回访不通,则扣除渠道满意度5分/每项目。客户满意度得分 =所回访项目客户满意度得分之和/回访单量。"
 * Readings R2 (−5 replaces −2), R3 (no survey), R11 (回访单量 = completed surveys). Worked out by hand.
 */

describe("3.2.2 customer satisfaction", () => {
  describe("3.2.2 each outcome alone, by code and by the policy's Chinese label", () => {
    it.each([
      ["very_satisfied", "非常满意", 25],
      ["satisfied", "满意", 15],
      ["neutral", "一般", 10],
      ["dissatisfied", "不满意", 5],
      ["very_dissatisfied", "非常不满意", 0],
    ] as const)("%s / %s alone → %i points ÷ 1 completed survey", (code, label, points) => {
      const byCode = scoreSatisfaction(surveys(code));
      const byLabel = scoreSatisfaction(surveys(label));
      expect(byCode.score).toBe(points);
      expect(byLabel.score).toBe(points);
      expect(byCode).toMatchObject({ max: 25, clause: "3.2.2", notApplicable: false });
      expect(byCode.steps[0]).toEqual({ rule: "satisfaction.completed", clause: "3.2.2", message: expect.any(Object), figures: { project: "MP-1", outcome: code, label, points } });
      expect(byLabel.steps).toEqual(byCode.steps);
      expect(rulesOf(byCode.steps)).toEqual(["satisfaction.completed", "satisfaction.base"]);
    });

    it("outcomeLabel gives the policy's label of each of the seven codes: 非常满意 … 回访不通, 提醒后回访不通", () => {
      expect(OUTCOME_CODES.map((code) => outcomeLabel(code, CLOUD_DESKTOP_2024))).toEqual(["非常满意", "满意", "一般", "不满意", "非常不满意", "回访不通", "提醒后回访不通"]);
    });

    it("labels come from the policy in use: a policy that calls 满意 \"比较满意\" scores \"比较满意\" 15 and no longer knows \"满意\"", () => {
      const policy = policyWith((p) => (p.satisfaction.outcomes.satisfied.label = "比较满意"));
      const result = scoreSatisfaction(surveys("比较满意"), policy);
      expect(result.score).toBe(15);
      expect(figuresOf(result.steps, "satisfaction.completed")).toEqual({ project: "MP-1", outcome: "satisfied", label: "比较满意", points: 15 });
      expect(issuesOf(() => scoreSatisfaction(surveys("满意"), policy))).toEqual([{ path: [0, "outcome"], code: "UNKNOWN_OUTCOME" }]);
    });
  });

  describe("3.2.2 得分 = 所回访项目得分之和 / 回访单量, minus deductions", () => {
    it("(25 + 15) / 2 = 20", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied")).score).toBe(20);
    });

    it("(25 + 15 + 10) / 3 = 50/3 = 16.666… → 16.67 half up; the base is the exact 50/3, then a rounding step", () => {
      const result = scoreSatisfaction(surveys("非常满意", "满意", "一般"));
      expect(result.score).toBe(16.67);
      expect(figuresOf(result.steps, "satisfaction.base")).toEqual({ sum: "50", completed: 3, base: "50/3" });
      expect(stepOf(result.steps, "satisfaction.base").reading).toBe("R11");
      expect(result.steps.at(-1)).toEqual({ rule: "round", clause: "3.2.2", reading: "R4", message: expect.any(Object), figures: { exact: "50/3", rounded: 16.67, decimals: 2 } });
    });

    it("(25 + 15 + 15) / 3 = 55/3 = 18.333… → 18.33", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied", "satisfied")).score).toBe(18.33);
    });

    it("(25 × 7 + 10) / 8 = 185 / 8 = 23.125 → 23.13 half up", () => {
      expect(scoreSatisfaction(surveys(...Array<string>(7).fill("very_satisfied"), "neutral")).score).toBe(23.13);
    });

    it("(25 × 3 + 0) / 4 = 75 / 4 = 18.75 exactly, no rounding step", () => {
      const result = scoreSatisfaction(surveys("very_satisfied", "very_satisfied", "very_satisfied", "very_dissatisfied"));
      expect(result.score).toBe(18.75);
      expect(rulesOf(result.steps)).not.toContain("round");
    });

    it("(25 + 15) / 2 − 2 (unreachable) = 18; the failed survey is not counted in 回访单量 (R11)", () => {
      const result = scoreSatisfaction(surveys("非常满意", "satisfied", "unreachable"));
      expect(result.score).toBe(18);
      expect(figuresOf(result.steps, "satisfaction.base")).toEqual({ sum: "40", completed: 2, base: "20" });
      expect(figuresOf(result.steps, "satisfaction.deductions")).toEqual({ base: "20", deductions: "2", result: "18" });
    });

    it("\"若三次回访不通,扣除渠道满意度2分/每项目\": 15 / 1 − 2 = 13; the step names the project, the outcome, its label and the 2 points", () => {
      const result = scoreSatisfaction(surveys("satisfied", "回访不通"));
      expect(result.score).toBe(13);
      expect(result.steps[1]).toEqual({ rule: "satisfaction.unreachable", clause: "3.2.2", message: expect.any(Object), figures: { project: "MP-2", outcome: "unreachable", label: "回访不通", deduction: 2 } });
    });

    it("(25 + 15 + 10) / 3 − 2 = 50/3 − 2 = 44/3 = 14.666… → 14.67", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied", "neutral", "回访不通")).score).toBe(14.67);
    });

    it("(15 + 10) / 2 − 2 − 2 = 8.5 (−2 per project)", () => {
      expect(scoreSatisfaction(surveys("satisfied", "neutral", "unreachable", "unreachable")).score).toBe(8.5);
    });

    it("with both deductions: (25 + 15 + 10) / 3 − 2 − 5 = 50/3 − 7 = 29/3 = 9.666… → 9.67; the steps carry the exact ratios", () => {
      const result = scoreSatisfaction(surveys("非常满意", "满意", "一般", "回访不通", "提醒后回访不通"));
      expect(result.score).toBe(9.67);
      expect(figuresOf(result.steps, "satisfaction.base")).toEqual({ sum: "50", completed: 3, base: "50/3" });
      expect(figuresOf(result.steps, "satisfaction.deductions")).toEqual({ base: "50/3", deductions: "7", result: "29/3" });
      expect(figuresOf(result.steps, "round")).toEqual({ exact: "29/3", rounded: 9.67, decimals: 2 });
    });
  });

  describe("3.2.2 R2 提醒后回访不通: −5 replaces the −2 for the same project", () => {
    it("15 − 5 = 10 (not 15 − 7 = 8); the step shows 5, replacing the 2", () => {
      const result = scoreSatisfaction(surveys("satisfied", "unreachable_after_reminder"));
      expect(result.score).toBe(10);
      expect(stepOf(result.steps, "satisfaction.unreachable-after-reminder")).toMatchObject({
        reading: "R2",
        figures: { project: "MP-2", outcome: "unreachable_after_reminder", label: "提醒后回访不通", deduction: "5", addsToUnreachable: false },
      });
    });

    it("by label: 满意 + 提醒后回访不通 → 15 − 5 = 10; 非常满意 + 提醒后回访不通 → 25 − 5 = 20", () => {
      expect(scoreSatisfaction(surveys("满意", "提醒后回访不通")).score).toBe(10);
      expect(scoreSatisfaction(surveys("very_satisfied", "提醒后回访不通")).score).toBe(20);
    });

    it("unreachable on one project and after-reminder on another: 25 − 2 − 5 = 18", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "unreachable", "unreachable_after_reminder")).score).toBe(18);
    });

    it("R2 read the other way (policy value addsToUnreachable): 15 − (5 + 2) = 8 and 10 − 7 = 3; the step shows 7, added to the 2", () => {
      const policy = policyWith((p) => (p.satisfaction.unreachableAfterReminder.addsToUnreachable.value = true));
      const result = scoreSatisfaction(surveys("satisfied", "unreachable_after_reminder"), policy);
      expect(result.score).toBe(8);
      expect(figuresOf(result.steps, "satisfaction.unreachable-after-reminder")).toMatchObject({ deduction: "7", addsToUnreachable: true });
      expect(stepOf(result.steps, "satisfaction.unreachable-after-reminder").message.en).toContain("added to the unreachable deduction");
      expect(scoreSatisfaction(surveys("neutral", "unreachable_after_reminder"), policy).score).toBe(3);
    });

    it("R2 read the other way, only after-reminder: 25 − 7 = 18", () => {
      const policy = policyWith((p) => (p.satisfaction.unreachableAfterReminder.addsToUnreachable.value = true));
      expect(scoreSatisfaction(surveys("提醒后回访不通"), policy).score).toBe(18);
    });
  });

  describe("3.2.2 R3 no completed survey", () => {
    it("only unreachable: base 25 − 2 = 23 (more than 满意 15: the policy's own arithmetic)", () => {
      const result = scoreSatisfaction(surveys("unreachable"));
      expect(result.score).toBe(23);
      expect(result.notApplicable).toBe(false);
      expect(stepOf(result.steps, "satisfaction.base-without-completed")).toMatchObject({ reading: "R3", figures: { completed: 0, base: 25 } });
    });

    it("only unreachable_after_reminder: 25 − 5 = 20", () => {
      expect(scoreSatisfaction(surveys("unreachable_after_reminder")).score).toBe(20);
    });

    it("no survey at all → 25, not applicable; the step says 0 surveys", () => {
      const result = scoreSatisfaction([]);
      expect(result).toMatchObject({ score: 25, max: 25, clause: "3.2.2", notApplicable: true });
      expect(result.steps).toEqual([{ rule: "satisfaction.none", clause: "3.2.2", reading: "R3", message: expect.any(Object), figures: { surveys: 0, score: 25 } }]);
    });

    it("undefined (the section left out) scores as no survey: 25, not applicable", () => {
      expect(scoreSatisfaction(undefined)).toMatchObject({ score: 25, notApplicable: true });
    });
  });

  describe("3.2.2 floor at 0", () => {
    it("非常不满意 0 − 5 − 5 − 5 = −15 → 0, with a floor step", () => {
      const result = scoreSatisfaction(surveys("very_dissatisfied", "unreachable_after_reminder", "unreachable_after_reminder", "unreachable_after_reminder"));
      expect(result.score).toBe(0);
      expect(stepOf(result.steps, "floor")).toMatchObject({ clause: "3.2.2", figures: { value: "-15" } });
    });

    it("不满意 5 − 5 = 0 exactly: no floor step", () => {
      const result = scoreSatisfaction(surveys("dissatisfied", "unreachable_after_reminder"));
      expect(result.score).toBe(0);
      expect(rulesOf(result.steps)).not.toContain("floor");
    });

    it("only 6 unreachable_after_reminder: 25 − 30 = −5 → 0", () => {
      expect(scoreSatisfaction(surveys(...Array<string>(6).fill("unreachable_after_reminder"))).score).toBe(0);
    });
  });

  describe("3.2.2 a later policy's points stay exact", () => {
    it("一般 10.1 and 不满意 5.2 → (10.1 + 5.2) / 2 = 7.65, not 7.6499…", () => {
      const policy = policyWith((p) => {
        p.satisfaction.outcomes.neutral.points.value = 10.1;
        p.satisfaction.outcomes.dissatisfied.points.value = 5.2;
      });
      const result = scoreSatisfaction(surveys("neutral", "dissatisfied"), policy);
      expect(result.score).toBe(7.65);
      expect(figuresOf(result.steps, "satisfaction.base")).toEqual({ sum: "15.3", completed: 2, base: "7.65" });
    });

    it("回访不通 −0.1 and 再回访不通 −0.2 from 15 → 15 − 0.3 = 14.7 (binary floats would say 0.30000000000000004)", () => {
      const policy = policyWith((p) => {
        p.satisfaction.unreachable.deduction.value = 0.1;
        p.satisfaction.unreachableAfterReminder.deduction.value = 0.2;
      });
      const result = scoreSatisfaction(surveys("satisfied", "unreachable", "unreachable_after_reminder"), policy);
      expect(result.score).toBe(14.7);
      expect(figuresOf(result.steps, "satisfaction.deductions")).toEqual({ base: "15", deductions: "0.3", result: "14.7" });
    });

    it("R4 with 1 decimal in the policy: (25 + 15 + 10) / 3 = 16.666… → 16.7", () => {
      const policy = policyWith((p) => (p.rounding.decimals.value = 1));
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied", "neutral"), policy).score).toBe(16.7);
    });
  });

  describe("3.2.2 messages give English labels in English, the policy's label after them", () => {
    it("满意 reads \"satisfied\" (满意) in English and 满意 in Chinese; 回访不通 and 提醒后回访不通 read as English first", () => {
      const result = scoreSatisfaction(surveys("满意", "回访不通", "提醒后回访不通"));
      expect(stepOf(result.steps, "satisfaction.completed").message).toEqual({ zh: "项目 MP-1:回访结果“满意”,15 分", en: 'project MP-1: survey outcome "satisfied" (满意), 15 points' });
      expect(stepOf(result.steps, "satisfaction.unreachable").message.en).toBe("project MP-2: unreachable after three calls (回访不通), minus 2");
      expect(stepOf(result.steps, "satisfaction.unreachable-after-reminder").message.en).toContain("unreachable again after the partner's project manager was reminded (提醒后回访不通), minus 5");
      for (const step of [...result.steps, ...scoreSatisfaction(surveys(...OUTCOME_CODES)).steps, ...scoreSatisfaction([]).steps]) expectEnglishLabels(step);
    });
  });

  describe("3.2.2 input problems throw AssessmentInputError", () => {
    it('unknown outcome "great" → UNKNOWN_OUTCOME at [1, outcome]', () => {
      expect(issuesOf(() => scoreSatisfaction(surveys("satisfied", "great")))).toEqual([{ path: [1, "outcome"], code: "UNKNOWN_OUTCOME" }]);
    });

    it("MP-01 surveyed twice → DUPLICATE_SURVEY at the second one, [1, projectId]", () => {
      const twice = [
        { projectId: "MP-01", outcome: "satisfied" },
        { projectId: "MP-01", outcome: "very_satisfied" },
      ];
      expect(issuesOf(() => scoreSatisfaction(twice))).toEqual([{ path: [1, "projectId"], code: "DUPLICATE_SURVEY" }]);
    });

    it("both problems at once are both reported", () => {
      const bad = [
        { projectId: "MP-01", outcome: "ok" },
        { projectId: "MP-01", outcome: "satisfied" },
      ];
      expect(issuesOf(() => scoreSatisfaction(bad))).toEqual([
        { path: [0, "outcome"], code: "UNKNOWN_OUTCOME" },
        { path: [1, "projectId"], code: "DUPLICATE_SURVEY" },
      ]);
    });
  });

  describe("3.2.2 called directly, scoreSatisfaction refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("satisfaction", scoreSatisfaction, [
      { why: "null → invalid_type at the list", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "a null survey → invalid_type at [0]", section: [null], issues: [{ path: [0], code: "invalid_type" }] },
      {
        why: "a misspelled key (projectID) → unrecognized_keys at it, and projectId missing",
        section: [{ projectID: "MP-1", outcome: "满意" }],
        issues: [
          { path: [0, "projectId"], code: "invalid_type" },
          { path: [0, "projectID"], code: "unrecognized_keys" },
        ],
      },
      { why: "a missing outcome → invalid_type at [0, outcome]", section: [{ projectId: "MP-1" }], issues: [{ path: [0, "outcome"], code: "invalid_type" }] },
      { why: "a number where the project id belongs → invalid_type at [0, projectId]", section: [{ projectId: 1, outcome: "满意" }], issues: [{ path: [0, "projectId"], code: "invalid_type" }] },
      { why: "an outcome the policy does not know (great) → UNKNOWN_OUTCOME", section: surveys("great"), issues: [{ path: [0, "outcome"], code: "UNKNOWN_OUTCOME" }] },
      { why: "NaN as an outcome → invalid_type at [0, outcome]", section: [{ projectId: "MP-1", outcome: Number.NaN }], issues: [{ path: [0, "outcome"], code: "invalid_type" }] },
      { why: 'a project surveyed twice ("MP-1" and " MP-1 ") → DUPLICATE_SURVEY at [1, projectId]', section: [{ projectId: "MP-1", outcome: "满意" }, { projectId: " MP-1 ", outcome: "一般" }], issues: [{ path: [1, "projectId"], code: "DUPLICATE_SURVEY" }] },
    ]);
  });
});
