import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, type Policy, scoreRepOffice } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";


const addPolicy = (): Policy => {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
  policy.repOffice.simpleIssueTickets.combine.value = "add";
  return policy as Policy;
};

describe("3.2.3 rep-office rating", () => {
  describe("3.2.3 each deduction alone, from 10", () => {
    it("nothing to deduct: all fields 0 → 10", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 0, unlicensedWorkCases: 0, vendorAssistPersonDays: 0, simpleIssueTickets: 0, keyEventDeduction: 0 });
      expect(result).toMatchObject({ score: 10, max: 10, clause: "3.2.3", notApplicable: false });
      expect(result.steps.map((s) => s.rule)).toEqual([
        "rep-office.start",
        "rep-office.delivery-quality",
        "rep-office.unlicensed-work",
        "rep-office.vendor-assist",
        "rep-office.simple-issue-tickets",
        "rep-office.key-event",
        "rep-office.result",
      ]);
    });

    it("项目交付质量 the rep office's own deduction 2.5 → 10 − 2.5 = 7.5", () => {
      expect(scoreRepOffice({ deliveryQualityDeduction: 2.5 }).score).toBe(7.5);
    });

    it("无证上岗 1 case × 0.5 → 10 − 0.5 = 9.5", () => {
      expect(scoreRepOffice({ unlicensedWorkCases: 1 }).score).toBe(9.5);
    });

    it("无证上岗 3 cases × 0.5 = 1.5 → 8.5", () => {
      const result = scoreRepOffice({ unlicensedWorkCases: 3 });
      expect(result.score).toBe(8.5);
      expect(result.steps.find((s) => s.rule === "rep-office.unlicensed-work")?.figures).toEqual({ cases: 3, perCase: 0.5, deduction: "1.5" });
    });

    it("原厂求助 1.5 person-days × 0.5 = 0.75 → 9.25", () => {
      const result = scoreRepOffice({ vendorAssistPersonDays: 1.5 });
      expect(result.score).toBe(9.25);
      expect(result.steps.find((s) => s.rule === "rep-office.vendor-assist")?.figures).toEqual({ personDays: 1.5, perPersonDay: 0.5, deduction: "0.75" });
    });

    it("原厂求助 4 person-days × 0.5 = 2 → 8", () => {
      expect(scoreRepOffice({ vendorAssistPersonDays: 4 }).score).toBe(8);
    });

    it("关键事件 the rep office's own deduction 4 → 6", () => {
      expect(scoreRepOffice({ keyEventDeduction: 4 }).score).toBe(6);
    });

    it("deliveryQualityDeduction 0.333 → 9.667 → 9.67 half up", () => {
      expect(scoreRepOffice({ deliveryQualityDeduction: 0.333 }).score).toBe(9.67);
    });

    it("vendor assist 0.25 person-days × 0.5 = 0.125 → 9.875 → 9.88 half up", () => {
      expect(scoreRepOffice({ vendorAssistPersonDays: 0.25 }).score).toBe(9.88);
    });
  });

  describe("3.2.3 R6 简单问题单: ≥ 5 → 1, ≥ 10 → 3, tiers do not add", () => {
    it.each([
      ["0 tickets < 5 → 10 − 0 = 10", 0, 10],
      ["4 tickets < 5 → 10 − 0 = 10", 4, 10],
      ["5 tickets ≥ 5 → 10 − 1 = 9", 5, 9],
      ["9 tickets ≥ 5 → 10 − 1 = 9", 9, 9],
      ["10 tickets ≥ 10 → 10 − 3 = 7", 10, 7],
      ["12 tickets ≥ 10 → 10 − 3 = 7, not 10 − (3 + 1) = 6", 12, 7],
      ["40 tickets ≥ 10 → 10 − 3 = 7", 40, 7],
    ] as [string, number, number][])("%s", (_why, tickets, score) => {
      expect(scoreRepOffice({ simpleIssueTickets: tickets }).score).toBe(score);
    });

    it("4 tickets → 0 deducted, tier < 5", () => {
      const step = scoreRepOffice({ simpleIssueTickets: 4 }).steps.find((s) => s.rule === "rep-office.simple-issue-tickets");
      expect(step).toMatchObject({ reading: "R6", figures: { tickets: 4, tier: "< 5", deduction: "0" } });
    });

    it("12 tickets → 3 deducted (≥ 10), not 4", () => {
      const step = scoreRepOffice({ simpleIssueTickets: 12 }).steps.find((s) => s.rule === "rep-office.simple-issue-tickets");
      expect(step?.figures).toEqual({ tickets: 12, tier: "≥ 10", deduction: "3" });
    });

    it('custom policy combine "add": 12 tickets → 3 + 1 = 4 → 6', () => {
      const result = scoreRepOffice({ simpleIssueTickets: 12 }, addPolicy());
      expect(result.score).toBe(6);
      expect(result.steps.find((s) => s.rule === "rep-office.simple-issue-tickets")?.figures).toEqual({ tickets: 12, tier: "≥ 10 + ≥ 5", deduction: "4" });
    });

    it('custom policy combine "add": 5 tickets → 1 → 9; 4 tickets → 0 → 10', () => {
      expect(scoreRepOffice({ simpleIssueTickets: 5 }, addPolicy()).score).toBe(9);
      expect(scoreRepOffice({ simpleIssueTickets: 4 }, addPolicy()).score).toBe(10);
    });
  });

  describe("3.2.3 deductions together, floored at 0", () => {
    it("1 + 2 × 0.5 + 3 × 0.5 + (6 tickets → 1) + 2 = 6.5 → 10 − 6.5 = 3.5", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 1, unlicensedWorkCases: 2, vendorAssistPersonDays: 3, simpleIssueTickets: 6, keyEventDeduction: 2 });
      expect(result.score).toBe(3.5);
      expect(result.steps.find((s) => s.rule === "rep-office.result")?.figures).toEqual({ deductions: "6.5", result: "3.5" });
    });

    it("8 + (10 tickets → 3) = 11 → 10 − 11 = −1 → 0, with a floor step", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 8, simpleIssueTickets: 10 });
      expect(result.score).toBe(0);
      expect(result.steps.find((s) => s.rule === "floor")).toMatchObject({ clause: "3.2.3", figures: { value: "-1" } });
    });

    it("exactly 10 deducted (key event 10) → 0, no floor step", () => {
      const result = scoreRepOffice({ keyEventDeduction: 10 });
      expect(result.score).toBe(0);
      expect(result.steps.some((s) => s.rule === "floor")).toBe(false);
    });
  });

  describe("3.2.3 absent figures", () => {
    it("undefined record → 10, not applicable", () => {
      const result = scoreRepOffice(undefined);
      expect(result).toMatchObject({ score: 10, max: 10, clause: "3.2.3", notApplicable: true });
      expect(result.steps.map((s) => s.rule)).toEqual(["rep-office.none"]);
    });

    it("empty record {}: missing fields are 0 → 10, applicable", () => {
      const result = scoreRepOffice({});
      expect(result.score).toBe(10);
      expect(result.notApplicable).toBe(false);
    });

    it("only unlicensedWorkCases 2 given: the others count 0 → 10 − 1 = 9", () => {
      expect(scoreRepOffice({ unlicensedWorkCases: 2 }).score).toBe(9);
    });
  });

  describe("3.2.3 bad numbers throw AssessmentInputError with paths", () => {
    it("unlicensedWorkCases 1.5 → NOT_WHOLE_NUMBER at [unlicensedWorkCases]", () => {
      expect(issuesOf(() => scoreRepOffice({ unlicensedWorkCases: 1.5 }))).toEqual([{ path: ["unlicensedWorkCases"], code: "NOT_WHOLE_NUMBER" }]);
    });

    it("simpleIssueTickets −1 → NOT_WHOLE_NUMBER at [simpleIssueTickets]", () => {
      expect(issuesOf(() => scoreRepOffice({ simpleIssueTickets: -1 }))).toEqual([{ path: ["simpleIssueTickets"], code: "NOT_WHOLE_NUMBER" }]);
    });

    it("vendorAssistPersonDays −0.5 → NOT_AMOUNT; deliveryQualityDeduction NaN → NOT_AMOUNT; keyEventDeduction Infinity → NOT_AMOUNT, all reported", () => {
      expect(issuesOf(() => scoreRepOffice({ deliveryQualityDeduction: Number.NaN, vendorAssistPersonDays: -0.5, keyEventDeduction: Infinity }))).toEqual([
        { path: ["deliveryQualityDeduction"], code: "NOT_AMOUNT" },
        { path: ["vendorAssistPersonDays"], code: "NOT_AMOUNT" },
        { path: ["keyEventDeduction"], code: "NOT_AMOUNT" },
      ]);
    });
  });
});
