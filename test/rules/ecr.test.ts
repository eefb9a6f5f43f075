import { describe, expect, it } from "vitest";
import { type EcrInput, parseRate, scoreEcr } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";
import { edge, policyWith } from "../support/policies.js";
import { refusesAsTheComposer } from "../support/refusals.js";
import { expectEnglishLabels, figuresOf, rulesOf } from "../support/steps.js";

/**
 * 三.2.4 ECR (15分): "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分。" Edges are compared exactly; a rate may be given instead of counts
 * ("9.5%"); no calls at all scores 15 (R8). Expected values worked out by hand from the clause.
 */

describe("3.2.4 ECR", () => {
  describe("3.2.4 bands by counts, both sides of every edge, compared exactly", () => {
    it.each([
      ["6/100 = 6 % → 15 (ECR≤8%)", 6, 100, 15],
      ["79,999/1,000,000 = 7.9999 % → 15 (ECR≤8%)", 79_999, 1_000_000, 15],
      ["6/75 is exactly 8 % → 15 (ECR≤8%)", 6, 75, 15],
      ["12/150 is exactly 8 % → 15 (ECR≤8%)", 12, 150, 15],
      ["8/100 = 8 % → 15 (ECR≤8%)", 8, 100, 15],
      ["80,001/1,000,000 = 8.0001 % → 12 (8%<ECR≤10%)", 80_001, 1_000_000, 12],
      ["6/74 = 8.108… % → 12 (8%<ECR≤10%)", 6, 74, 12],
      ["8/99 = 8.08… % → 12 (8%<ECR≤10%)", 8, 99, 12],
      ["9/100 = 9 % → 12 (8%<ECR≤10%)", 9, 100, 12],
      ["99,999/1,000,000 = 9.9999 % → 12 (8%<ECR≤10%)", 99_999, 1_000_000, 12],
      ["10/100 = 10 % → 12 (8%<ECR≤10%)", 10, 100, 12],
      ["7/70 is exactly 10 % → 12 (8%<ECR≤10%)", 7, 70, 12],
      ["100,001/1,000,000 = 10.0001 % → 9 (10%<ECR≤12%)", 100_001, 1_000_000, 9],
      ["7/69 = 10.14… % → 9 (10%<ECR≤12%)", 7, 69, 9],
      ["11/100 = 11 % → 9 (10%<ECR≤12%)", 11, 100, 9],
      ["12/100 = 12 % → 9 (10%<ECR≤12%)", 12, 100, 9],
      ["120,001/1,000,000 = 12.0001 % → 6 (12%<ECR≤14%)", 120_001, 1_000_000, 6],
      ["13/100 = 13 % → 6 (12%<ECR≤14%)", 13, 100, 6],
      ["14/100 = 14 % → 6 (12%<ECR≤14%)", 14, 100, 6],
      ["7/50 is exactly 14 % → 6 (12%<ECR≤14%)", 7, 50, 6],
      ["140,001/1,000,000 = 14.0001 % → 3 (14%<ECR≤16%)", 140_001, 1_000_000, 3],
      ["15/100 = 15 % → 3 (14%<ECR≤16%)", 15, 100, 3],
      ["16/100 = 16 % → 3 (14%<ECR≤16%)", 16, 100, 3],
      ["20/125 is exactly 16 % → 3 (14%<ECR≤16%)", 20, 125, 3],
      ["160,001/1,000,000 = 16.0001 % → 0 (16%<ECR)", 160_001, 1_000_000, 0],
      ["16/99 = 16.16… % → 0 (16%<ECR)", 16, 99, 0],
      ["17/100 = 17 % → 0 (16%<ECR)", 17, 100, 0],
      ["6 of 10 = 60 % with > 5 simple calls → 0", 6, 10, 0],
      ["40/40 = 100 % → 0", 40, 40, 0],
      ["80,000,001/1,000,000,000 (the input bound) = 8.0000001 % → 12", 80_000_001, 1_000_000_000, 12],
    ])("%s", (_why, simpleCalls, totalCalls, points) => {
      const result = scoreEcr({ simpleCalls, totalCalls });
      expect(result.score).toBe(points);
      expect(result).toMatchObject({ max: 15, clause: "3.2.4", notApplicable: false });
      expect(rulesOf(result.steps)).toEqual(["ecr.band"]);
    });

    it("6/75 step: the counts, ECR 8%, band \"x ≤ 8%\", 15 points; no rate", () => {
      expect(scoreEcr({ simpleCalls: 6, totalCalls: 75 }).steps).toEqual([
        { rule: "ecr.band", clause: "3.2.4", message: expect.any(Object), figures: { simpleCalls: 6, totalCalls: 75, rate: null, ecr: "8%", band: "x ≤ 8%", points: 15 } },
      ]);
    });

    it("9/100 step: band \"8% < x ≤ 10%\"; 17/100 step: band \"16% < x\"", () => {
      expect(figuresOf(scoreEcr({ simpleCalls: 9, totalCalls: 100 }).steps, "ecr.band").band).toBe("8% < x ≤ 10%");
      expect(figuresOf(scoreEcr({ simpleCalls: 17, totalCalls: 100 }).steps, "ecr.band").band).toBe("16% < x");
    });

    it("counts shown as percentages keep their zeros inside: 161 of 2000 = 8.05 % → 12; 201 of 2000 = 10.05 % → 9", () => {
      expect(figuresOf(scoreEcr({ simpleCalls: 161, totalCalls: 2000 }).steps, "ecr.band")).toMatchObject({ ecr: "8.05%", points: 12 });
      expect(figuresOf(scoreEcr({ simpleCalls: 201, totalCalls: 2000 }).steps, "ecr.band")).toMatchObject({ ecr: "10.05%", points: 9 });
    });
  });

  describe("3.2.4 季度内公司简单问题不超过5个,得满分", () => {
    it("5 of 10 = 50 % but ≤ 5 simple calls → 15; the step shows 5 and the limit 5", () => {
      const result = scoreEcr({ simpleCalls: 5, totalCalls: 10 });
      expect(result.score).toBe(15);
      expect(result.notApplicable).toBe(false);
      expect(result.steps).toEqual([{ rule: "ecr.few-simple-calls", clause: "3.2.4", message: expect.any(Object), figures: { simpleCalls: 5, atMost: 5, score: 15 } }]);
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

  describe("3.2.4 R8 no calls, or nothing reported", () => {
    it("0/0 → 15, not applicable; the step shows 0 calls", () => {
      const result = scoreEcr({ simpleCalls: 0, totalCalls: 0 });
      expect(result).toMatchObject({ score: 15, max: 15, clause: "3.2.4", notApplicable: true });
      expect(result.steps).toEqual([{ rule: "ecr.no-calls", clause: "3.2.4", reading: "R8", message: expect.any(Object), figures: { totalCalls: 0, score: 15 } }]);
    });

    it("undefined (the section left out) → 15, not applicable, and the step says nothing was reported, not that there were no calls", () => {
      const result = scoreEcr(undefined);
      expect(result).toMatchObject({ score: 15, notApplicable: true });
      expect(result.steps).toEqual([{ rule: "ecr.not-reported", clause: "3.2.4", reading: "R8", message: expect.any(Object), figures: { score: 15 } }]);
      expect(result.steps[0]?.message.en).toContain("no 400-hotline figures reported");
      expect(result.steps[0]?.message.zh).toContain("未报告");
    });
  });

  describe("3.2.4 a rate instead of counts", () => {
    it.each<[string, EcrInput, number]>([
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
      ['"9.5％" (a full-width percent sign) → 12', { rate: "9.5％" }, 12],
    ])("%s", (_why, calls, points) => {
      const result = scoreEcr(calls);
      expect(result.score).toBe(points);
      expect(result.notApplicable).toBe(false);
      expect(rulesOf(result.steps)).toEqual(["ecr.band"]);
    });

    it.each([
      ["8.05%", 12, "8.05%"],
      ["10.05%", 9, "10.05%"],
      ["8.5%", 12, "8.5%"],
      ["16.01%", 0, "16.01%"],
      ["12%", 9, "12%"],
      [" 12.00 % ", 9, "12%"],
    ])("a rate %j: band %i; the step shows the ECR as %s (trailing zeros dropped, none lost)", (rate, points, shown) => {
      const result = scoreEcr({ rate });
      expect(result.score).toBe(points);
      expect(figuresOf(result.steps, "ecr.band").ecr).toBe(shown);
    });

    it('rate "50%" with simpleCalls 5 → 15 by the ≤ 5 rule', () => {
      const result = scoreEcr({ rate: "50%", simpleCalls: 5 });
      expect(result.score).toBe(15);
      expect(rulesOf(result.steps)).toEqual(["ecr.few-simple-calls"]);
    });

    it('rate "50%" without a count never uses the ≤ 5 rule → 0', () => {
      expect(scoreEcr({ rate: "50%" }).score).toBe(0);
    });

    it("rate 0.1 with simpleCalls 6 (> 5) → band 10 % → 12", () => {
      const result = scoreEcr({ rate: 0.1, simpleCalls: 6 });
      expect(result.score).toBe(12);
      expect(figuresOf(result.steps, "ecr.band")).toEqual({ simpleCalls: 6, totalCalls: null, rate: "0.1", ecr: "10%", band: "8% < x ≤ 10%", points: 12 });
    });

    it('"9.5%" step figures: rate "0.095", no counts, ecr "9.5%"', () => {
      expect(figuresOf(scoreEcr({ rate: "9.5%" }).steps, "ecr.band")).toEqual({ simpleCalls: null, totalCalls: null, rate: "0.095", ecr: "9.5%", band: "8% < x ≤ 10%", points: 12 });
    });

    it('parseRate: "9.5%" → 0.095, 0.08 → 0.08, "100%" → 1; "9.5" / "101%" / −0.1 / NaN → undefined', () => {
      expect(parseRate("9.5%")).toBe("0.095");
      expect(parseRate(0.08)).toBe("0.08");
      expect(parseRate("100%")).toBe("1");
      expect(parseRate("9.5")).toBe(undefined);
      expect(parseRate("101%")).toBe(undefined);
      expect(parseRate(-0.1)).toBe(undefined);
      expect(parseRate(Number.NaN)).toBe(undefined);
    });
  });

  describe("3.2.4 messages never contradict their figures", () => {
    it("80,001 of 1,000,000 calls is 8.0001 %, shown exactly in the band 8% < x ≤ 10%, never as the edge 8%", () => {
      const step = scoreEcr({ simpleCalls: 80_001, totalCalls: 1_000_000 }).steps[0]!;
      expect(step.figures).toMatchObject({ ecr: "8.0001%", band: "8% < x ≤ 10%", points: 12 });
      expect(step.message.en).toBe("ECR = 80001/1000000 = 8.0001%, in the band 8% < x ≤ 10%: 12 points");
      expect(step.message.zh).toBe("ECR = 80001/1000000 = 8.0001%,落在 8% < x ≤ 10% 区间,得 12 分");
    });

    it("80,001 of 1,000,001 calls (8.0000919…%) is shown as ≈8.0001%, not ≈8%; 401/5000 = 8.02 % exactly", () => {
      expect(figuresOf(scoreEcr({ simpleCalls: 80_001, totalCalls: 1_000_001 }).steps, "ecr.band")).toMatchObject({ ecr: "≈8.0001%", band: "8% < x ≤ 10%" });
      expect(figuresOf(scoreEcr({ simpleCalls: 401, totalCalls: 5000 }).steps, "ecr.band")).toMatchObject({ ecr: "8.02%", band: "8% < x ≤ 10%" });
    });

    it("99,999 of 1,000,001 calls (9.99989…%) is ≈9.9999% in 8% < x ≤ 10%, not ≈10%", () => {
      expect(figuresOf(scoreEcr({ simpleCalls: 99_999, totalCalls: 1_000_001 }).steps, "ecr.band")).toMatchObject({ ecr: "≈9.9999%", band: "8% < x ≤ 10%", points: 12 });
    });

    it("a rate is named as given: \"(given as a rate)\"; every English step gives its labels in English", () => {
      const byRate = scoreEcr({ rate: "9.5%" }).steps[0]!;
      expect(byRate.message.en).toBe("ECR = 9.5% (given as a rate), in the band 8% < x ≤ 10%: 12 points");
      for (const calls of [undefined, { simpleCalls: 0, totalCalls: 0 }, { simpleCalls: 4, totalCalls: 50 }, { simpleCalls: 9, totalCalls: 100 }, { rate: "9.5%" }]) {
        for (const step of scoreEcr(calls).steps) expectEnglishLabels(step);
      }
    });

    it("a later policy with edges 8 % and 8.00001 %: 800,001 of 10,000,000 calls is that edge exactly, shown as 8.00001% in 8% < x ≤ 8.00001% (once looped for ever)", () => {
      const policy = policyWith((p) => {
        p.ecr.bands.bands.splice(1, 0, { from: edge("0.08", false), to: edge("0.0800001", true), points: 14 });
        p.ecr.bands.bands[2]!.from = edge("0.0800001", false);
      });
      const result = scoreEcr({ simpleCalls: 800_001, totalCalls: 10_000_000 }, policy);
      expect(result.score).toBe(14);
      expect(figuresOf(result.steps, "ecr.band")).toMatchObject({ ecr: "8.00001%", band: "8% < x ≤ 8.00001%", points: 14 });
    });
  });

  describe("3.2.4 R4 a band worth a fraction of a point is rounded like any item", () => {
    it("ECR 9 % in a band worth 11.125 → 11.13, with a rounding step that shows 11.125", () => {
      const policy = policyWith((p) => (p.ecr.bands.bands[1]!.points = 11.125));
      const result = scoreEcr({ simpleCalls: 9, totalCalls: 100 }, policy);
      expect(result.score).toBe(11.13);
      expect(result.steps.at(-1)).toEqual({ rule: "round", clause: "3.2.4", reading: "R4", message: expect.any(Object), figures: { exact: "11.125", rounded: 11.13, decimals: 2 } });
    });
  });

  describe("3.2.4 input problems throw AssessmentInputError", () => {
    it.each<[string, number | string]>([
      ['"9.5" has no % (9.5 % or 950 %?)', "9.5"],
      ['"101%" is above 100 %', "101%"],
      ['"100.5%" is above 100 %', "100.5%"],
      ['"-1%" is below 0', "-1%"],
      ["−0.1 is below 0", -0.1],
      ["−0.01 is below 0", -0.01],
      ["NaN is not a rate", Number.NaN],
      ["Infinity is not a rate", Number.POSITIVE_INFINITY],
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

    it("a missing count is named as missing, not as \"counts or a rate, not both\": simpleCalls 4 alone → ECR_FIELD_MISSING at [totalCalls]", () => {
      let message = "";
      try {
        scoreEcr({ simpleCalls: 4 });
      } catch (error) {
        message = (error as { issues: { message: { en: string } }[] }).issues[0]?.message.en ?? "";
      }
      expect(message).toContain("totalCalls is missing");
      expect(message).not.toContain("not both");
    });
  });

  describe("3.2.4 called directly, scoreEcr refuses what the composer refuses, with paths, never a TypeError", () => {
    refusesAsTheComposer("ecr", scoreEcr, [
      { why: "null → invalid_type at the record", section: null, issues: [{ path: [], code: "invalid_type" }] },
      { why: "no call total (simpleCalls 4 alone) → ECR_FIELD_MISSING at [totalCalls]", section: { simpleCalls: 4 }, issues: [{ path: ["totalCalls"], code: "ECR_FIELD_MISSING" }] },
      { why: "no simple calls (totalCalls 50 alone) → ECR_FIELD_MISSING at [simpleCalls]", section: { totalCalls: 50 }, issues: [{ path: ["simpleCalls"], code: "ECR_FIELD_MISSING" }] },
      { why: "an empty record → ECR_FIELD_MISSING at the record", section: {}, issues: [{ path: [], code: "ECR_FIELD_MISSING" }] },
      {
        why: "a misspelled key (simpleCall) → unrecognized_keys at it, and simpleCalls missing",
        section: { simpleCall: 4, totalCalls: 50 },
        issues: [
          { path: ["simpleCall"], code: "unrecognized_keys" },
          { path: ["simpleCalls"], code: "ECR_FIELD_MISSING" },
        ],
      },
      { why: "counts and a rate at once → RATE_OR_COUNTS", section: { simpleCalls: 6, totalCalls: 50, rate: "12%" }, issues: [{ path: [], code: "RATE_OR_COUNTS" }] },
      { why: "NaN simple calls → invalid_type at [simpleCalls]", section: { simpleCalls: Number.NaN, totalCalls: 50 }, issues: [{ path: ["simpleCalls"], code: "invalid_type" }] },
      { why: "Infinity calls → invalid_type at [totalCalls]", section: { simpleCalls: 6, totalCalls: Number.POSITIVE_INFINITY }, issues: [{ path: ["totalCalls"], code: "invalid_type" }] },
      { why: 'a string number "4" → invalid_type at [simpleCalls]', section: { simpleCalls: "4", totalCalls: 50 }, issues: [{ path: ["simpleCalls"], code: "invalid_type" }] },
      { why: "1,000,000,001 calls (past the input bound) → NOT_WHOLE_NUMBER", section: { simpleCalls: 6, totalCalls: 1_000_000_001 }, issues: [{ path: ["totalCalls"], code: "NOT_WHOLE_NUMBER" }] },
    ]);
  });
});
