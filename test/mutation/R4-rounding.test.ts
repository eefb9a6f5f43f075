import { describe, expect, it } from "vitest";
import { assessQuarter, CLOUD_DESKTOP_2024, type KeyEvent, type Policy, scoreEcr, scoreRepOffice, scoreSatisfaction, sumKeyEvents } from "../../src/index.js";

/**
 * Reading R4 (docs/interpretations.md; SPEC §3 "Total and rounding"): each item is computed exactly, then
 * rounded to the policy's decimals, half up; total = sum of the rounded items + adjustment. "The policy
 * object holds the number of decimals." Worked out by hand.
 */
type Writable = {
  rounding: { decimals: { value: number } };
  ecr: { bands: { bands: { points: number }[] }; scoreWithoutCalls: { value: number } };
  satisfaction: { scoreWithoutSurveys: { value: number } };
};
function policyWith(change: (policy: Writable) => void): Policy {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as Writable;
  change(policy);
  return policy as unknown as Policy;
}

describe("R4 rounding to the policy's decimals, half up", () => {
  it("a band worth a fraction of a point is rounded too: ECR 9 % in a band worth 11.125 → 11.13, with a rounding step", () => {
    const policy = policyWith((p) => (p.ecr.bands.bands[1]!.points = 11.125));
    const result = scoreEcr({ simpleCalls: 9, totalCalls: 100 }, policy);
    expect(result.score).toBe(11.13);
    expect(result.steps.at(-1)).toMatchObject({ rule: "round", clause: "3.2.4", reading: "R4", figures: { exact: "11.125", rounded: 11.13, decimals: 2 } });
  });

  it("with 1 decimal in the policy: (25 + 15 + 10) / 3 = 16.666… → 16.7; 9 % ECR in a band worth 11.25 → 11.3", () => {
    const policy = policyWith((p) => {
      p.rounding.decimals.value = 1;
      p.ecr.bands.bands[1]!.points = 11.25;
    });
    const surveys = ["very_satisfied", "satisfied", "neutral"].map((outcome, i) => ({ projectId: `MP-${i}`, outcome }));
    expect(scoreSatisfaction(surveys, policy).score).toBe(16.7);
    expect(scoreEcr({ simpleCalls: 9, totalCalls: 100 }, policy).score).toBe(11.3);
  });

  it("with 0 decimals: key events 2.5 − 0 → 3 (half up), −2.5 → −3 (half away from zero)", () => {
    const policy = policyWith((p) => (p.rounding.decimals.value = 0));
    expect(sumKeyEvents([{ id: "KE-1", kind: "bonus", points: 2.5, note: "" }], policy).adjustment).toBe(3);
    expect(sumKeyEvents([{ id: "KE-1", kind: "penalty", points: 2.5, note: "" }], policy).adjustment).toBe(-3);
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
    expect(format.format(sumKeyEvents([{ id: "KE-1", kind: "penalty", points: 0.001, note: "" }]).adjustment)).toBe("0");
  });

  it("total = the rounded items + the adjustment, exactly: 30 + 16.67 + 9.7 + 12 + 15 + 0.1 − 0.2 = 83.27 (training: 4 of 5 = 80 % → 5, 4 of 4 → 10)", () => {
    const assessment = assessQuarter({
      partner: { id: "P-1" },
      quarter: "2024-Q3",
      satisfaction: ["very_satisfied", "satisfied", "neutral"].map((outcome, i) => ({ projectId: `MP-${i}`, outcome })),
      repOffice: { deliveryQualityDeduction: 0.1, keyEventDeduction: 0.2 },
      ecr: { simpleCalls: 9, totalCalls: 100 },
      training: { online: { required: 5, completed: 4 }, offline: { required: 4, attended: 4 } },
      keyEvents: [
        { id: "KE-1", kind: "bonus", points: 0.1, note: "" },
        { id: "KE-2", kind: "penalty", points: 0.2, note: "" },
      ],
    });
    expect(Object.values(assessment.items).map((item) => item.score)).toEqual([30, 16.67, 9.7, 12, 15]);
    expect(assessment.keyEventAdjustment).toBe(-0.1);
    expect(assessment.total).toBe(83.27);
  });
});

describe("R4 \"each item is computed exactly (decimal.js, never binary floats)\", up to the input limit of 1,000,000,000", () => {
  it("3.2.6 nine penalties of 999,999,999.99999 and one of 999,999,990.999999: Σ penalty = 9,999,999,990.999909 exactly (binary floats: …908)", () => {
    const events: KeyEvent[] = [
      ...Array.from({ length: 9 }, (_, i): KeyEvent => ({ id: `KE-${i}`, kind: "penalty", points: 999_999_999.99999, note: "" })),
      { id: "KE-9", kind: "penalty", points: 999_999_990.999999, note: "" },
    ];
    const result = sumKeyEvents(events);
    expect(result.steps.at(-1)?.figures).toEqual({ bonus: "0", penalty: "9999999990.999909", adjustment: "-9999999990.999909" });
    expect(result.adjustment).toBe(-9_999_999_991);
  });

  it("3.2.3 deductions 999,999,999.123456 (交付质量) + 0.0000000001 (关键事件) = 999,999,999.1234560001; 10 − that is shown exactly before the floor", () => {
    const result = scoreRepOffice({ deliveryQualityDeduction: 999_999_999.123456, keyEventDeduction: 0.0000000001 });
    expect(result.score).toBe(0);
    expect(result.steps.find((step) => step.rule === "rep-office.result")?.figures).toEqual({ deductions: "999999999.1234560001", result: "-999999989.1234560001" });
    expect(result.steps.find((step) => step.rule === "floor")?.figures).toEqual({ value: "-999999989.1234560001" });
  });
});
