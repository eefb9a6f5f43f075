import { describe, expect, it } from "vitest";
import {
  CLOUD_DESKTOP_2024,
  outcomeCode,
  type Policy,
  type SatisfactionSurvey,
  scoreSatisfaction,
} from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/** Surveys MP-1, MP-2 … with the given outcomes. */
const surveys = (...outcomes: string[]): SatisfactionSurvey[] => outcomes.map((outcome, i) => ({ projectId: `MP-${i + 1}`, outcome }));


const rules = (steps: readonly { rule: string }[]) => steps.map((step) => step.rule);

describe("3.2.2 customer satisfaction", () => {
  describe("3.2.2 each outcome alone, by code and by the policy's Chinese label", () => {
    it.each([
      ["very_satisfied", "非常满意", 25, 25],
      ["satisfied", "满意", 15, 15],
      ["neutral", "一般", 10, 10],
      ["dissatisfied", "不满意", 5, 5],
      ["very_dissatisfied", "非常不满意", 0, 0],
    ] as const)("%s / %s alone → %i points ÷ 1 completed survey = %i", (code, label, points, _score) => {
      const byCode = scoreSatisfaction(surveys(code));
      const byLabel = scoreSatisfaction(surveys(label));
      expect(byCode.score).toBe(points);
      expect(byLabel.score).toBe(points);
      expect(byCode).toMatchObject({ max: 25, clause: "3.2.2", notApplicable: false });
      expect(byCode.steps[0]).toMatchObject({ rule: "satisfaction.completed", figures: { outcome: code, points } });
      expect(byLabel.steps[0]?.figures["outcome"]).toBe(code);
      expect(rules(byCode.steps)).toEqual(["satisfaction.completed", "satisfaction.base"]);
    });

    it("outcomeCode maps labels and codes: 回访不通 → unreachable, 提醒后回访不通 → unreachable_after_reminder, 满意 → satisfied, great → undefined", () => {
      expect(outcomeCode("回访不通")).toBe("unreachable");
      expect(outcomeCode("提醒后回访不通")).toBe("unreachable_after_reminder");
      expect(outcomeCode("满意")).toBe("satisfied");
      expect(outcomeCode("非常不满意")).toBe("very_dissatisfied");
      expect(outcomeCode("unreachable")).toBe("unreachable");
      expect(outcomeCode("great")).toBe(undefined);
    });
  });

  describe("3.2.2 得分 = 所回访项目得分之和 / 回访单量, minus deductions", () => {
    it("(25 + 15) / 2 = 20", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied")).score).toBe(20);
    });

    it("(25 + 15 + 10) / 3 = 16.666… → 16.67 half up, with a rounding step", () => {
      const result = scoreSatisfaction(surveys("非常满意", "满意", "一般"));
      expect(result.score).toBe(16.67);
      expect(result.steps.at(-1)).toMatchObject({ rule: "round", clause: "3.2.2", reading: "R4", figures: { rounded: 16.67 } });
    });

    it("(25 + 15 + 15) / 3 = 18.333… → 18.33", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied", "satisfied")).score).toBe(18.33);
    });

    it("(25 × 7 + 10) / 8 = 185 / 8 = 23.125 → 23.13 half up", () => {
      const result = scoreSatisfaction(surveys(...Array<string>(7).fill("very_satisfied"), "neutral"));
      expect(result.score).toBe(23.13);
    });

    it("(25 × 3 + 0) / 4 = 75 / 4 = 18.75 exactly, no rounding step", () => {
      const result = scoreSatisfaction(surveys("very_satisfied", "very_satisfied", "very_satisfied", "very_dissatisfied"));
      expect(result.score).toBe(18.75);
      expect(rules(result.steps)).not.toContain("round");
    });

    it("(25 + 15) / 2 − 2 (unreachable) = 18; the failed survey is not counted in 回访单量", () => {
      const result = scoreSatisfaction(surveys("非常满意", "satisfied", "unreachable"));
      expect(result.score).toBe(18);
      expect(result.steps.find((s) => s.rule === "satisfaction.base")?.figures).toMatchObject({ sum: "40", completed: 2, base: "20" });
      expect(result.steps.find((s) => s.rule === "satisfaction.deductions")?.figures).toMatchObject({ base: "20", deductions: "2", result: "18" });
    });

    it("(25 + 15 + 10) / 3 − 2 = 14.666… → 14.67", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "satisfied", "neutral", "回访不通")).score).toBe(14.67);
    });

    it("(15 + 10) / 2 − 2 − 2 = 8.5 (−2 per project)", () => {
      expect(scoreSatisfaction(surveys("satisfied", "neutral", "unreachable", "unreachable")).score).toBe(8.5);
    });
  });

  describe("3.2.2 R2 提醒后回访不通: −5 replaces the −2 for the same project", () => {
    it("15 − 5 = 10 (not 15 − 7 = 8)", () => {
      const result = scoreSatisfaction(surveys("satisfied", "unreachable_after_reminder"));
      expect(result.score).toBe(10);
      expect(result.steps.find((s) => s.rule === "satisfaction.unreachable-after-reminder")).toMatchObject({ reading: "R2", figures: { deduction: 5 } });
    });

    it("by label: 满意 + 提醒后回访不通 → 15 − 5 = 10", () => {
      expect(scoreSatisfaction(surveys("满意", "提醒后回访不通")).score).toBe(10);
    });

    it("unreachable on one project and after-reminder on another: 25 − 2 − 5 = 18", () => {
      expect(scoreSatisfaction(surveys("very_satisfied", "unreachable", "unreachable_after_reminder")).score).toBe(18);
    });

    it("custom policy addsToUnreachable true: 15 − (5 + 2) = 8", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.satisfaction.unreachableAfterReminder.addsToUnreachable.value = true;
      const result = scoreSatisfaction(surveys("satisfied", "unreachable_after_reminder"), policy as Policy);
      expect(result.score).toBe(8);
      expect(result.steps.find((s) => s.rule === "satisfaction.unreachable-after-reminder")?.figures["deduction"]).toBe(7);
    });

    it("custom policy addsToUnreachable true, only after-reminder: 25 − 7 = 18", () => {
      const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
      policy.satisfaction.unreachableAfterReminder.addsToUnreachable.value = true;
      expect(scoreSatisfaction(surveys("提醒后回访不通"), policy as Policy).score).toBe(18);
    });
  });

  describe("3.2.2 R3 no completed survey", () => {
    it("only unreachable: base 25 − 2 = 23 (more than 满意 15: the policy's own arithmetic)", () => {
      const result = scoreSatisfaction(surveys("unreachable"));
      expect(result.score).toBe(23);
      expect(result.notApplicable).toBe(false);
      expect(result.steps.find((s) => s.rule === "satisfaction.base-without-completed")).toMatchObject({ reading: "R3", figures: { completed: 0, base: "25" } });
    });

    it("only unreachable_after_reminder: 25 − 5 = 20", () => {
      expect(scoreSatisfaction(surveys("unreachable_after_reminder")).score).toBe(20);
    });

    it("no survey at all → 25, not applicable", () => {
      const result = scoreSatisfaction([]);
      expect(result).toMatchObject({ score: 25, max: 25, clause: "3.2.2", notApplicable: true });
      expect(rules(result.steps)).toEqual(["satisfaction.none"]);
      expect(result.steps[0]?.reading).toBe("R3");
    });
  });

  describe("3.2.2 floor at 0", () => {
    it("非常不满意 0 − 5 − 5 − 5 = −15 → 0, with a floor step", () => {
      const result = scoreSatisfaction(surveys("very_dissatisfied", "unreachable_after_reminder", "unreachable_after_reminder", "unreachable_after_reminder"));
      expect(result.score).toBe(0);
      expect(result.steps.find((s) => s.rule === "floor")).toMatchObject({ clause: "3.2.2", figures: { value: "-15" } });
    });

    it("不满意 5 − 5 = 0 exactly: no floor step", () => {
      const result = scoreSatisfaction(surveys("dissatisfied", "unreachable_after_reminder"));
      expect(result.score).toBe(0);
      expect(rules(result.steps)).not.toContain("floor");
    });

    it("only 6 unreachable_after_reminder: 25 − 30 = −5 → 0", () => {
      expect(scoreSatisfaction(surveys(...Array<string>(6).fill("unreachable_after_reminder"))).score).toBe(0);
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
});
