import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, type Policy, type RepOfficeRecord, scoreRepOffice } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 三.2.3 代表处评分 (10分): 10 minus 1) 项目交付质量 "酌情扣分"; 2) 无证上岗 "每次扣减0.5分"; 3) 原厂求助 "每人天扣减0.5分";
 * 4) 简单问题单 "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (R6: the tiers do not add); 5) 关键事件 "酌情打分".
 * Floored at 0. Worked out by hand.
 */
type Tiers = { atLeast: number; deduction: number }[];
function withTiers(tiers: Tiers, combine: "highest" | "add" = "highest"): Policy {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { repOffice: { simpleIssueTickets: { tiers: { value: Tiers }; combine: { value: string } } } };
  policy.repOffice.simpleIssueTickets.tiers.value = tiers;
  policy.repOffice.simpleIssueTickets.combine.value = combine;
  return policy as unknown as Policy;
}
const figuresOf = (record: RepOfficeRecord, policy?: Policy) => Object.fromEntries(scoreRepOffice(record, policy).steps.map((step) => [step.rule, step.figures]));

describe("3.2.3 rep-office rating", () => {
  describe("3.2.3 R6 simple-question tickets: the highest tier reached, whatever order the policy lists the tiers in", () => {
    it.each([
      [4, 10, "< 5"],
      [5, 9, "≥ 5"],
      [9, 9, "≥ 5"],
      [10, 7, "≥ 10"],
      [12, 7, "≥ 10"],
    ])("tiers listed ≥5 then ≥10: %i tickets → %d", (tickets, score, tier) => {
      const policy = withTiers([
        { atLeast: 5, deduction: 1 },
        { atLeast: 10, deduction: 3 },
      ]);
      expect(scoreRepOffice({ simpleIssueTickets: tickets }, policy).score).toBe(score);
      expect(figuresOf({ simpleIssueTickets: tickets }, policy)["rep-office.simple-issue-tickets"]).toMatchObject({ tickets, tier });
    });

    it("three tiers in any order (≥10 扣3, ≥5 扣1, ≥20 扣5): 25 tickets → 10 − 5 = 5; 15 → 7; 7 → 9", () => {
      const policy = withTiers([
        { atLeast: 10, deduction: 3 },
        { atLeast: 20, deduction: 5 },
        { atLeast: 5, deduction: 1 },
      ]);
      expect([25, 15, 7].map((tickets) => scoreRepOffice({ simpleIssueTickets: tickets }, policy).score)).toEqual([5, 7, 9]);
    });

    it("R6 read the other way (tiers add up, policy value `combine: add`): 12 tickets → 10 − (3 + 1) = 6, tier \"≥ 10 + ≥ 5\"", () => {
      const policy = withTiers(
        [
          { atLeast: 5, deduction: 1 },
          { atLeast: 10, deduction: 3 },
        ],
        "add",
      );
      expect(scoreRepOffice({ simpleIssueTickets: 12 }, policy).score).toBe(6);
      expect(figuresOf({ simpleIssueTickets: 12 }, policy)["rep-office.simple-issue-tickets"]).toEqual({ tickets: 12, tier: "≥ 10 + ≥ 5", deduction: "4" });
    });
  });

  describe("3.2.3 the steps show every deduction the rep office made", () => {
    it("starts from 10; 交付质量 1.5 and 关键事件 0.5 are its own figures: 10 − 1.5 − 0.5 × 2 (无证上岗) − 0.5 × 1.5 (原厂求助) − 1 (6 tickets) − 0.5 = 5.25", () => {
      const record = { deliveryQualityDeduction: 1.5, unlicensedWorkCases: 2, vendorAssistPersonDays: 1.5, simpleIssueTickets: 6, keyEventDeduction: 0.5 };
      expect(scoreRepOffice(record).score).toBe(5.25);
      expect(figuresOf(record)).toEqual({
        "rep-office.start": { max: 10 },
        "rep-office.delivery-quality": { deduction: "1.5" },
        "rep-office.unlicensed-work": { cases: 2, perCase: 0.5, deduction: "1" },
        "rep-office.vendor-assist": { personDays: 1.5, perPersonDay: 0.5, deduction: "0.75" },
        "rep-office.simple-issue-tickets": { tickets: 6, tier: "≥ 5", deduction: "1" },
        "rep-office.key-event": { deduction: "0.5" },
        "rep-office.result": { deductions: "4.75", result: "5.25" },
      });
    });

    it("deductions add exactly: 交付质量 0.1 + 关键事件 0.2 = 0.3, so 10 − 0.3 = 9.7 (binary floats: 0.30000000000000004)", () => {
      expect(figuresOf({ deliveryQualityDeduction: 0.1, keyEventDeduction: 0.2 })["rep-office.result"]).toEqual({ deductions: "0.3", result: "9.7" });
    });

    it("floored at 0: 10 − 8 (交付质量) − 3 (12 tickets) = −1 → 0, with a floor step showing −1", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 8, simpleIssueTickets: 12 });
      expect(result.score).toBe(0);
      expect(result.steps.find((step) => step.rule === "floor")?.figures).toEqual({ value: "-1" });
    });
  });

  describe("3.2.3 SPEC §7 deductions and person-days are finite numbers ≥ 0", () => {
    it.each(["deliveryQualityDeduction", "vendorAssistPersonDays", "keyEventDeduction"] as const)(
      "%s given as the text \"1\" (a JavaScript caller without types) is refused, not scored",
      (key) => {
        expect(issuesOf(() => scoreRepOffice({ [key]: "1" } as unknown as RepOfficeRecord))).toEqual([{ path: [key], code: "NOT_AMOUNT" }]);
      },
    );
  });
});
