import { describe, expect, it } from "vitest";
import { type EcrCalls, parseRate, scoreEcr } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";


describe("3.2.4 ECR", () => {
  describe("3.2.4 bands by counts, both sides of every edge, compared exactly", () => {
    it.each([
      ["6/100 = 6 % → 15 (ECR≤8%)", 6, 100, 15],
      ["6/75 is exactly 8 % → 15 (ECR≤8%)", 6, 75, 15],
      ["12/150 is exactly 8 % → 15 (ECR≤8%)", 12, 150, 15],
      ["8/100 = 8 % → 15 (ECR≤8%)", 8, 100, 15],
      ["6/74 = 8.108… % → 12 (8%<ECR≤10%)", 6, 74, 12],
      ["8/99 = 8.08… % → 12 (8%<ECR≤10%)", 8, 99, 12],
      ["9/100 = 9 % → 12 (8%<ECR≤10%)", 9, 100, 12],
      ["10/100 = 10 % → 12 (8%<ECR≤10%)", 10, 100, 12],
      ["7/70 is exactly 10 % → 12 (8%<ECR≤10%)", 7, 70, 12],
      ["7/69 = 10.14… % → 9 (10%<ECR≤12%)", 7, 69, 9],
      ["11/100 = 11 % → 9 (10%<ECR≤12%)", 11, 100, 9],
      ["12/100 = 12 % → 9 (10%<ECR≤12%)", 12, 100, 9],
      ["13/100 = 13 % → 6 (12%<ECR≤14%)", 13, 100, 6],
      ["14/100 = 14 % → 6 (12%<ECR≤14%)", 14, 100, 6],
      ["7/50 is exactly 14 % → 6 (12%<ECR≤14%)", 7, 50, 6],
      ["15/100 = 15 % → 3 (14%<ECR≤16%)", 15, 100, 3],
      ["16/100 = 16 % → 3 (14%<ECR≤16%)", 16, 100, 3],
      ["20/125 is exactly 16 % → 3 (14%<ECR≤16%)", 20, 125, 3],
      ["16/99 = 16.16… % → 0 (16%<ECR)", 16, 99, 0],
      ["17/100 = 17 % → 0 (16%<ECR)", 17, 100, 0],
      ["6 of 10 = 60 % with > 5 simple calls → 0", 6, 10, 0],
      ["40/40 = 100 % → 0", 40, 40, 0],
    ])("%s", (_why, simpleCalls, totalCalls, points) => {
      const result = scoreEcr({ simpleCalls, totalCalls });
      expect(result.score).toBe(points);
      expect(result).toMatchObject({ max: 15, clause: "3.2.4", notApplicable: false });
      expect(result.steps.map((s) => s.rule)).toEqual(["ecr.band"]);
    });

    it("6/75 step: ecr 8%, band \"x ≤ 8%\", points 15", () => {
      expect(scoreEcr({ simpleCalls: 6, totalCalls: 75 }).steps[0]?.figures).toEqual({ simpleCalls: 6, totalCalls: 75, ecr: "8%", band: "x ≤ 8%", points: 15 });
    });

    it("9/100 step: band \"8% < x ≤ 10%\"; 17/100 step: band \"16% < x\"", () => {
      expect(scoreEcr({ simpleCalls: 9, totalCalls: 100 }).steps[0]?.figures["band"]).toBe("8% < x ≤ 10%");
      expect(scoreEcr({ simpleCalls: 17, totalCalls: 100 }).steps[0]?.figures["band"]).toBe("16% < x");
    });
  });

  describe("3.2.4 季度内公司简单问题不超过5个,得满分", () => {
    it("5 of 10 = 50 % but ≤ 5 simple calls → 15", () => {
      const result = scoreEcr({ simpleCalls: 5, totalCalls: 10 });
      expect(result.score).toBe(15);
      expect(result.notApplicable).toBe(false);
      expect(result.steps[0]).toMatchObject({ rule: "ecr.few-simple-calls", clause: "3.2.4", figures: { simpleCalls: 5, atMost: 5 } });
    });

    it("5 of 5 = 100 % → 15; 0 of 10 → 15 (applicable)", () => {
      expect(scoreEcr({ simpleCalls: 5, totalCalls: 5 }).score).toBe(15);
      const none = scoreEcr({ simpleCalls: 0, totalCalls: 10 });
      expect(none.score).toBe(15);
      expect(none.notApplicable).toBe(false);
    });

    it("6 of 10 = 60 %: 6 > 5, the ≤ 5 rule does not apply → 0", () => {
      expect(scoreEcr({ simpleCalls: 6, totalCalls: 10 }).score).toBe(0);
    });
  });

  describe("3.2.4 R8 no calls", () => {
    it("0/0 → 15, not applicable", () => {
      const result = scoreEcr({ simpleCalls: 0, totalCalls: 0 });
      expect(result).toMatchObject({ score: 15, max: 15, clause: "3.2.4", notApplicable: true });
      expect(result.steps[0]).toMatchObject({ rule: "ecr.no-calls", reading: "R8" });
    });

    it("undefined → 15, not applicable", () => {
      const result = scoreEcr(undefined);
      expect(result).toMatchObject({ score: 15, notApplicable: true });
      expect(result.steps.map((s) => s.rule)).toEqual(["ecr.no-calls"]);
    });
  });

  describe("3.2.4 a rate instead of counts", () => {
    it.each<[string, EcrCalls, number]>([
      ['"9.5%": 8 % < 9.5 % ≤ 10 % → 12', { rate: "9.5%" }, 12],
      ["0.095: 8 % < 9.5 % ≤ 10 % → 12", { rate: 0.095 }, 12],
      ["0.08 = 8 % → 15 (ECR≤8%)", { rate: 0.08 }, 15],
      ['"8%" → 15 (ECR≤8%)', { rate: "8%" }, 15],
      ['"8.01%" > 8 % → 12', { rate: "8.01%" }, 12],
      ["0.1 = 10 % → 12", { rate: 0.1 }, 12],
      ['"10.5%" → 9', { rate: "10.5%" }, 9],
      ["0.14 = 14 % → 6", { rate: 0.14 }, 6],
      ["0.16 = 16 % → 3", { rate: 0.16 }, 3],
      ['"16.0001%" > 16 % → 0', { rate: "16.0001%" }, 0],
      ['"0%" → 15', { rate: "0%" }, 15],
      ['"100%" → 0', { rate: "100%" }, 0],
      ["1 = 100 % → 0", { rate: 1 }, 0],
    ])("%s", (_why, calls, points) => {
      const result = scoreEcr(calls);
      expect(result.score).toBe(points);
      expect(result.notApplicable).toBe(false);
      expect(result.steps.map((s) => s.rule)).toEqual(["ecr.band"]);
    });

    it('rate "50%" with simpleCalls 5 → 15 by the ≤ 5 rule', () => {
      const result = scoreEcr({ rate: "50%", simpleCalls: 5 });
      expect(result.score).toBe(15);
      expect(result.steps[0]?.rule).toBe("ecr.few-simple-calls");
    });

    it('rate "50%" without a count never uses the ≤ 5 rule → 0', () => {
      expect(scoreEcr({ rate: "50%" }).score).toBe(0);
    });

    it("rate 0.1 with simpleCalls 6 (> 5) → band 10 % → 12", () => {
      const result = scoreEcr({ rate: 0.1, simpleCalls: 6 });
      expect(result.score).toBe(12);
      expect(result.steps[0]?.figures).toMatchObject({ rate: "0.1", simpleCalls: 6, ecr: "10%", points: 12 });
    });

    it('"9.5%" step figures: rate "0.095", simpleCalls null, ecr "9.5%"', () => {
      expect(scoreEcr({ rate: "9.5%" }).steps[0]?.figures).toEqual({ rate: "0.095", simpleCalls: null, ecr: "9.5%", band: "8% < x ≤ 10%", points: 12 });
    });

    it('parseRate: "9.5%" → 0.095, 0.08 → 0.08, "9.5" / "101%" / −0.1 / NaN → undefined', () => {
      expect(parseRate("9.5%")?.toString()).toBe("0.095");
      expect(parseRate(0.08)?.toString()).toBe("0.08");
      expect(parseRate("9.5")).toBe(undefined);
      expect(parseRate("101%")).toBe(undefined);
      expect(parseRate(-0.1)).toBe(undefined);
      expect(parseRate(Number.NaN)).toBe(undefined);
    });
  });

  describe("3.2.4 input problems throw AssessmentInputError", () => {
    it.each<[string, number | string]>([
      ['"9.5" has no % (9.5 % or 950 %?)', "9.5"],
      ['"101%" is above 100 %', "101%"],
      ["−0.1 is below 0", -0.1],
      ["NaN is not a rate", Number.NaN],
      ["1.01 is above 1", 1.01],
      ['"abc%" is not a number', "abc%"],
    ])("%s → NOT_RATE at [rate]", (_why, rate) => {
      expect(issuesOf(() => scoreEcr({ rate }))).toEqual([{ path: ["rate"], code: "NOT_RATE" }]);
    });

    it("9 simple of 5 total → SIMPLE_ABOVE_TOTAL at [simpleCalls]", () => {
      expect(issuesOf(() => scoreEcr({ simpleCalls: 9, totalCalls: 5 }))).toEqual([{ path: ["simpleCalls"], code: "SIMPLE_ABOVE_TOTAL" }]);
    });

    it("1 simple of 0 total → SIMPLE_ABOVE_TOTAL (not the no-calls rule)", () => {
      expect(issuesOf(() => scoreEcr({ simpleCalls: 1, totalCalls: 0 }))).toEqual([{ path: ["simpleCalls"], code: "SIMPLE_ABOVE_TOTAL" }]);
    });

    it("simpleCalls 6.5 and totalCalls −1 → NOT_WHOLE_NUMBER at both paths", () => {
      expect(issuesOf(() => scoreEcr({ simpleCalls: 6.5, totalCalls: -1 }))).toEqual([
        { path: ["simpleCalls"], code: "NOT_WHOLE_NUMBER" },
        { path: ["totalCalls"], code: "NOT_WHOLE_NUMBER" },
      ]);
    });

    it('rate "9%" with simpleCalls −1 → NOT_WHOLE_NUMBER at [simpleCalls]', () => {
      expect(issuesOf(() => scoreEcr({ rate: "9%", simpleCalls: -1 }))).toEqual([{ path: ["simpleCalls"], code: "NOT_WHOLE_NUMBER" }]);
    });
  });
});
