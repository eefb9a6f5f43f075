import { describe, expect, it } from "vitest";
import { assessQuarter, CLOUD_DESKTOP_2024, scoreEcr, scoreSatisfaction, sumKeyEvents } from "../../src/index.js";
import { exactDivide } from "../../src/numbers/exact.js";
import { finishItem, floorAtZero, roundedScore } from "../../src/rules/item-result.js";
import type { Step } from "../../src/rules/step.js";
import { policyWith } from "../support/policies.js";
import { keyEvent, surveys } from "../support/sections.js";
import { rulesOf } from "../support/steps.js";

/**
 * Reading R4 of 三.1 (docs/interpretations.md): each item is computed exactly, then rounded to
 * 2 decimals, half up; the key-event adjustment is rounded the same way; total = sum of the rounded
 * items + the rounded adjustment, so the printed figures add up to the printed total. The policy
 * object holds the number of decimals. No item score is negative. Worked out by hand.
 */

describe("3.1 R4 an item's score: exact, then rounded to the policy's decimals, half up", () => {
  it("roundedScore: 50/3 → 16.67 with a rounding step showing 50/3; 9.5 stays 9.5 with no step", () => {
    const steps: Step[] = [];
    expect(roundedScore(exactDivide(50, 3), "3.2.1", steps, CLOUD_DESKTOP_2024)).toBe(16.67);
    expect(steps).toEqual([{ rule: "round", clause: "3.2.1", reading: "R4", message: expect.any(Object), figures: { exact: "50/3", rounded: 16.67, decimals: 2 } }]);
    const none: Step[] = [];
    expect(roundedScore(9.5, "3.2.3", none, CLOUD_DESKTOP_2024)).toBe(9.5);
    expect(none).toEqual([]);
  });

  it("a policy with 8 decimals: 1 ÷ 10^7 = 0.0000001 needs no rounding, so no rounding step claims one", () => {
    const policy = policyWith((p) => (p.rounding.decimals.value = 8));
    const steps: Step[] = [];
    expect(roundedScore(exactDivide(1, 10_000_000), "3.2.1", steps, policy)).toBe(1e-7);
    expect(steps).toEqual([]);
  });

  it("finishItem closes an item with its rounded score, max, clause and steps", () => {
    expect(finishItem(exactDivide(50, 3), 30, "3.2.1", false, [], CLOUD_DESKTOP_2024)).toEqual({
      score: 16.67,
      max: 30,
      clause: "3.2.1",
      notApplicable: false,
      steps: [expect.objectContaining({ rule: "round", figures: { exact: "50/3", rounded: 16.67, decimals: 2 } })],
    });
  });

  it("floorAtZero: −1.5 → 0 with a floor step showing −1.5; −1/3 → 0 showing \"-1/3\"; 0 and 2 stay, with no step", () => {
    const steps: Step[] = [];
    expect(floorAtZero(-1.5, "3.2.3", steps)).toBe(0);
    expect(floorAtZero(exactDivide(-1, 3), "3.2.2", steps)).toBe(0);
    expect(floorAtZero(0, "3.2.3", steps)).toBe(0);
    expect(floorAtZero(2, "3.2.3", steps)).toBe(2);
    expect(steps.map((step) => [step.rule, step.clause, step.figures])).toEqual([
      ["floor", "3.2.3", { value: "-1.5" }],
      ["floor", "3.2.2", { value: "-1/3" }],
    ]);
    expect(steps[0]?.message).toEqual({ zh: "结果 -1.5 低于 0,按 0 分计", en: "-1.5 is below 0: scored 0" });
  });

  it("with 1 decimal in the policy: (25 + 15 + 10) / 3 = 16.666… → 16.7; 9 % ECR in a band worth 11.25 → 11.3 (half up)", () => {
    const policy = policyWith((p) => {
      p.rounding.decimals.value = 1;
      p.ecr.bands.bands[1]!.points = 11.25;
    });
    const satisfaction = scoreSatisfaction(surveys("very_satisfied", "satisfied", "neutral"), policy);
    expect(satisfaction.score).toBe(16.7);
    expect(satisfaction.steps.at(-1)?.figures).toEqual({ exact: "50/3", rounded: 16.7, decimals: 1 });
    expect(scoreEcr({ simpleCalls: 9, totalCalls: 100 }, policy).score).toBe(11.3);
  });

  it("a zero is always +0, which every formatter prints as \"0\" (Intl prints −0 as \"-0\"): a policy that writes −0 points, and a 0.001 penalty", () => {
    const format = new Intl.NumberFormat("en-US");
    const policy = policyWith((p) => {
      p.ecr.bands.bands[5]!.points = -0;
      p.ecr.scoreWithoutCalls.value = -0;
      p.satisfaction.scoreWithoutSurveys.value = -0;
    });
    expect(format.format(scoreEcr({ simpleCalls: 50, totalCalls: 100 }, policy).score)).toBe("0");
    expect(format.format(scoreEcr(undefined, policy).score)).toBe("0");
    expect(format.format(scoreSatisfaction([], policy).score)).toBe("0");
    expect(format.format(sumKeyEvents([keyEvent("KE-1", "penalty", 0.001)]).adjustment)).toBe("0");
  });
});

describe("3.1 R4 the printed figures add up to the printed total", () => {
  it("30 + 16.67 + 9.7 + 12 + 15 + (0.1 − 0.2) = 83.27 (satisfaction 50/3 → 16.67; rep office 10 − 0.1 − 0.2; ECR 9 % → 12; training 4 of 5 = 80 % → 5, 4 of 4 → 10)", () => {
    const assessment = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      satisfaction: surveys("very_satisfied", "satisfied", "neutral"),
      repOffice: { deliveryQualityDeduction: 0.1, keyEventDeduction: 0.2 },
      ecr: { simpleCalls: 9, totalCalls: 100 },
      training: { online: { required: 5, completed: 4 }, offline: { required: 4, attended: 4 } },
      keyEvents: [keyEvent("KE-1", "bonus", 0.1), keyEvent("KE-2", "penalty", 0.2)],
    });
    expect(Object.values(assessment.items).map((item) => item.score)).toEqual([30, 16.67, 9.7, 12, 15]);
    expect(assessment.keyEventAdjustment).toBe(-0.1);
    expect(assessment.total).toBe(83.27);
  });

  it("a rounded adjustment is what the total adds: 30 + 25 + 10 + 15 + 20 − 1.005 → 100 − 1.01 = 98.99, the rounding a step of the key events", () => {
    const assessment = assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", keyEvents: [keyEvent("KE-1", "penalty", 1.005)] });
    expect(assessment.keyEventAdjustment).toBe(-1.01);
    expect(assessment.total).toBe(98.99);
    expect(rulesOf(assessment.keyEvents.steps)).toEqual(["key-events.penalty", "key-events.sum", "round"]);
  });
});
