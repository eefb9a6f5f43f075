import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, type RepOfficeInput, scoreRepOffice } from "../../src/index.js";
import { simpleIssueTicketDeduction } from "../../src/rules/rep-office.js";
import { issuesOf } from "../support/issues-of.js";
import { policyWith } from "../support/policies.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { expectEnglishLabels, figuresOf, rulesOf, stepOf } from "../support/steps.js";

/**
 * 三.2.3 代表处评分 (10分): 10 minus 1) 项目交付质量 "酌情扣分"; 2) 无证上岗 "每次扣减0.5分"; 3) 原厂求助 "每人天扣减0.5分";
 * 4) 简单问题单 "季度内简单问题单>=5,则扣1分。简单问题单数量>=10,扣3分" (R6: the tiers do not add); 5) 关键事件 "酌情打分".
 * Floored at 0. Worked out by hand.
 */

type Tiers = { atLeast: number; deduction: number }[];
/** The 2024 policy with other ticket tiers, combined as `combine` says. */
const withTiers = (tiers: Tiers, combine: "highest" | "add" = "highest") =>
  policyWith((p) => {
    p.repOffice.simpleIssueTickets.tiers.value = tiers;
    p.repOffice.simpleIssueTickets.combine.value = combine;
  });
/** R6 read the other way: the tiers add up. */
const addPolicy = () => policyWith((p) => (p.repOffice.simpleIssueTickets.combine.value = "add"));
const figuresByRule = (record: RepOfficeInput, policy?: Parameters<typeof scoreRepOffice>[1]) =>
  Object.fromEntries(scoreRepOffice(record, policy).steps.map((step) => [step.rule, step.figures]));

describe("3.2.3 rep-office rating", () => {
  describe("3.2.3 each deduction alone, from 10", () => {
    it("nothing to deduct: all fields 0 → 10, one step per deduction", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 0, unlicensedWorkCases: 0, vendorAssistPersonDays: 0, simpleIssueTickets: 0, keyEventDeduction: 0 });
      expect(result).toMatchObject({ score: 10, max: 10, clause: "3.2.3", notApplicable: false });
      expect(rulesOf(result.steps)).toEqual([
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
      expect(figuresOf(result.steps, "rep-office.unlicensed-work")).toEqual({ cases: 3, perCase: 0.5, deduction: "1.5" });
    });

    it("原厂求助 1.5 person-days × 0.5 = 0.75 → 9.25", () => {
      const result = scoreRepOffice({ vendorAssistPersonDays: 1.5 });
      expect(result.score).toBe(9.25);
      expect(figuresOf(result.steps, "rep-office.vendor-assist")).toEqual({ personDays: 1.5, perPersonDay: 0.5, deduction: "0.75" });
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
      ["11 tickets ≥ 10 → 10 − 3 = 7", 11, 7],
      ["12 tickets ≥ 10 → 10 − 3 = 7, not 10 − (3 + 1) = 6", 12, 7],
      ["40 tickets ≥ 10 → 10 − 3 = 7", 40, 7],
    ] as [string, number, number][])("%s", (_why, tickets, score) => {
      expect(scoreRepOffice({ simpleIssueTickets: tickets }).score).toBe(score);
    });

    it("4 tickets → 0 deducted, tier < 5; 12 tickets → 3 deducted (≥ 10), not 4", () => {
      expect(stepOf(scoreRepOffice({ simpleIssueTickets: 4 }).steps, "rep-office.simple-issue-tickets")).toMatchObject({ reading: "R6", figures: { tickets: 4, tier: "< 5", deduction: "0" } });
      expect(figuresOf(scoreRepOffice({ simpleIssueTickets: 12 }).steps, "rep-office.simple-issue-tickets")).toEqual({ tickets: 12, tier: "≥ 10", deduction: "3" });
    });

    it("simpleIssueTicketDeduction: 12 → 3 (≥ 10); 4 → 0 (< 5)", () => {
      expect(simpleIssueTicketDeduction(12, CLOUD_DESKTOP_2024)).toEqual({ deduction: 3, tier: "≥ 10" });
      expect(simpleIssueTicketDeduction(4, CLOUD_DESKTOP_2024)).toEqual({ deduction: 0, tier: "< 5" });
    });

    it.each([
      [4, 10, "< 5"],
      [5, 9, "≥ 5"],
      [9, 9, "≥ 5"],
      [10, 7, "≥ 10"],
      [12, 7, "≥ 10"],
    ])("the highest tier reached, whatever order the policy lists them in (≥5 then ≥10): %i tickets → %d", (tickets, score, tier) => {
      const policy = withTiers([
        { atLeast: 5, deduction: 1 },
        { atLeast: 10, deduction: 3 },
      ]);
      expect(scoreRepOffice({ simpleIssueTickets: tickets }, policy).score).toBe(score);
      expect(figuresByRule({ simpleIssueTickets: tickets }, policy)["rep-office.simple-issue-tickets"]).toMatchObject({ tickets, tier });
    });

    it("three tiers in any order (≥10 扣3, ≥5 扣1, ≥20 扣5): 25 tickets → 10 − 5 = 5; 15 → 7; 7 → 9", () => {
      const policy = withTiers([
        { atLeast: 10, deduction: 3 },
        { atLeast: 20, deduction: 5 },
        { atLeast: 5, deduction: 1 },
      ]);
      expect([25, 15, 7].map((tickets) => scoreRepOffice({ simpleIssueTickets: tickets }, policy).score)).toEqual([5, 7, 9]);
    });

    it('R6 read the other way (policy value `combine: add`): 12 tickets → 10 − (3 + 1) = 6, tier "≥ 10 + ≥ 5"; 5 → 9; 4 → 10', () => {
      const result = scoreRepOffice({ simpleIssueTickets: 12 }, addPolicy());
      expect(result.score).toBe(6);
      expect(figuresOf(result.steps, "rep-office.simple-issue-tickets")).toEqual({ tickets: 12, tier: "≥ 10 + ≥ 5", deduction: "4" });
      expect(scoreRepOffice({ simpleIssueTickets: 5 }, addPolicy()).score).toBe(9);
      expect(scoreRepOffice({ simpleIssueTickets: 4 }, addPolicy()).score).toBe(10);
    });
  });

  describe("3.2.3 deductions together, floored at 0", () => {
    it("1 + 2 × 0.5 + 3 × 0.5 + (6 tickets → 1) + 2 = 6.5 → 10 − 6.5 = 3.5", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 1, unlicensedWorkCases: 2, vendorAssistPersonDays: 3, simpleIssueTickets: 6, keyEventDeduction: 2 });
      expect(result.score).toBe(3.5);
      expect(figuresOf(result.steps, "rep-office.result")).toEqual({ max: 10, deductions: "6.5", result: "3.5" });
    });

    it("the steps show every deduction: 10 − 1.5 (交付质量) − 0.5 × 2 (无证上岗) − 0.5 × 1.5 (原厂求助) − 1 (6 tickets) − 0.5 (关键事件) = 10 − 4.75 = 5.25", () => {
      const record = { deliveryQualityDeduction: 1.5, unlicensedWorkCases: 2, vendorAssistPersonDays: 1.5, simpleIssueTickets: 6, keyEventDeduction: 0.5 };
      expect(scoreRepOffice(record).score).toBe(5.25);
      expect(figuresByRule(record)).toEqual({
        "rep-office.start": { max: 10 },
        "rep-office.delivery-quality": { deduction: 1.5 },
        "rep-office.unlicensed-work": { cases: 2, perCase: 0.5, deduction: "1" },
        "rep-office.vendor-assist": { personDays: 1.5, perPersonDay: 0.5, deduction: "0.75" },
        "rep-office.simple-issue-tickets": { tickets: 6, tier: "≥ 5", deduction: "1" },
        "rep-office.key-event": { deduction: 0.5 },
        "rep-office.result": { max: 10, deductions: "4.75", result: "5.25" },
      });
    });

    it("deductions add exactly: 交付质量 0.1 + 关键事件 0.2 = 0.3, so 10 − 0.3 = 9.7 (binary floats: 0.30000000000000004)", () => {
      expect(figuresByRule({ deliveryQualityDeduction: 0.1, keyEventDeduction: 0.2 })["rep-office.result"]).toEqual({ max: 10, deductions: "0.3", result: "9.7" });
    });

    it("8 + (10 tickets → 3) = 11 → 10 − 11 = −1 → 0, with a floor step showing −1", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 8, simpleIssueTickets: 10 });
      expect(result.score).toBe(0);
      expect(stepOf(result.steps, "floor")).toMatchObject({ clause: "3.2.3", figures: { value: "-1" } });
    });

    it("exactly 10 deducted (key event 10) → 0, no floor step", () => {
      const result = scoreRepOffice({ keyEventDeduction: 10 });
      expect(result.score).toBe(0);
      expect(rulesOf(result.steps)).not.toContain("floor");
    });

    it("R4 up to the input bound: 999,999,999.123456 (交付质量) + 0.000001 (关键事件) = 999,999,999.123457 exactly; 10 − that is shown before the floor", () => {
      const result = scoreRepOffice({ deliveryQualityDeduction: 999_999_999.123456, keyEventDeduction: 0.000001 });
      expect(result.score).toBe(0);
      expect(figuresOf(result.steps, "rep-office.result")).toEqual({ max: 10, deductions: "999999999.123457", result: "-999999989.123457" });
      expect(figuresOf(result.steps, "floor")).toEqual({ value: "-999999989.123457" });
    });

    it("an amount with more than 6 decimals (0.0000001) is refused: it is no real deduction, and every accepted amount is held exactly", () => {
      expect(() => scoreRepOffice({ keyEventDeduction: 0.0000001 })).toThrow(/keyEventDeduction .*with at most 6 decimals, received 1e-7/);
    });
  });

  describe("3.2.3 absent figures", () => {
    it("undefined record → 10, not applicable, with one step saying nothing was reported", () => {
      const result = scoreRepOffice(undefined);
      expect(result).toMatchObject({ score: 10, max: 10, clause: "3.2.3", notApplicable: true });
      expect(result.steps).toEqual([{ rule: "rep-office.none", clause: "3.2.3", reading: "R9", message: expect.any(Object), figures: { score: 10 } }]);
    });

    it("empty record {}: missing fields count 0 → 10, applicable; each step says \"not reported, counted as 0\"", () => {
      const result = scoreRepOffice({});
      expect(result.score).toBe(10);
      expect(result.notApplicable).toBe(false);
      expect(figuresOf(result.steps, "rep-office.delivery-quality")).toEqual({ deduction: null });
      expect(stepOf(result.steps, "rep-office.unlicensed-work").message).toEqual({ zh: "无证上岗:未报告,按 0 计", en: "unlicensed work: not reported, counted as 0" });
    });

    it("only unlicensedWorkCases 2 given: the others count 0 → 10 − 1 = 9", () => {
      expect(scoreRepOffice({ unlicensedWorkCases: 2 }).score).toBe(9);
    });
  });

  describe("3.2.3 messages", () => {
    it("every English step gives its labels in English", () => {
      const steps = [
        ...scoreRepOffice({ deliveryQualityDeduction: 8, unlicensedWorkCases: 2, vendorAssistPersonDays: 1.5, simpleIssueTickets: 12, keyEventDeduction: 0.333 }).steps,
        ...scoreRepOffice({}).steps,
        ...scoreRepOffice(undefined).steps,
      ];
      expect(rulesOf(steps)).toContain("floor");
      for (const step of steps) expectEnglishLabels(step);
    });
  });

  describe("3.2.3 bad numbers throw AssessmentInputError with paths", () => {
    it("unlicensedWorkCases 1.5 → NOT_WHOLE_NUMBER at [unlicensedWorkCases]", () => {
      expect(issuesOf(() => scoreRepOffice({ unlicensedWorkCases: 1.5 }))).toEqual([{ path: ["unlicensedWorkCases"], code: "NOT_WHOLE_NUMBER" }]);
    });

    it("simpleIssueTickets −1 → NOT_WHOLE_NUMBER at [simpleIssueTickets]", () => {
      expect(issuesOf(() => scoreRepOffice({ simpleIssueTickets: -1 }))).toEqual([{ path: ["simpleIssueTickets"], code: "NOT_WHOLE_NUMBER" }]);
    });

    it("vendorAssistPersonDays −0.5 → NOT_AMOUNT, deliveryQualityDeduction NaN and keyEventDeduction Infinity → invalid_type: all reported", () => {
      expect(issuesOf(() => scoreRepOffice({ deliveryQualityDeduction: Number.NaN, vendorAssistPersonDays: -0.5, keyEventDeduction: Infinity }))).toEqual([
        { path: ["deliveryQualityDeduction"], code: "invalid_type" },
        { path: ["vendorAssistPersonDays"], code: "NOT_AMOUNT" },
        { path: ["keyEventDeduction"], code: "invalid_type" },
      ]);
    });
  });

  describe("3.2.3 called directly, scoreRepOffice refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("repOffice", scoreRepOffice, [
      { why: "null → invalid_type at the record", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "a list instead of a record → invalid_type", section: [], issues: [{ path: [], code: "invalid_type" }] },
      { why: "a misspelled key (unlicensedWorkCase) → unrecognized_keys at it", section: { unlicensedWorkCase: 1 }, issues: [{ path: ["unlicensedWorkCase"], code: "unrecognized_keys" }] },
      { why: "NaN → invalid_type at [deliveryQualityDeduction]", section: { deliveryQualityDeduction: Number.NaN }, issues: [{ path: ["deliveryQualityDeduction"], code: "invalid_type" }] },
      { why: "Infinity → invalid_type at [keyEventDeduction]", section: { keyEventDeduction: Number.POSITIVE_INFINITY }, issues: [{ path: ["keyEventDeduction"], code: "invalid_type" }] },
      ...(["deliveryQualityDeduction", "vendorAssistPersonDays", "keyEventDeduction", "simpleIssueTickets"] as const).map((key) => ({
        why: `a string number ("1") as ${key} → invalid_type, not scored`,
        section: { [key]: "1" },
        issues: [{ path: [key], code: "invalid_type" }],
      })),
      { why: "past the input bound (1,000,000,001 person-days) → NOT_AMOUNT", section: { vendorAssistPersonDays: 1_000_000_001 }, issues: [{ path: ["vendorAssistPersonDays"], code: "NOT_AMOUNT" }] },
    ]);
  });
});
