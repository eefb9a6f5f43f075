import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, parseRate, type Policy, scoreEcr } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

/**
 * 三.2.4 ECR (15分): "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分 …
 * 季度内公司简单问题不超过5个,得满分。" SPEC §3: edges compared exactly; a rate may be given instead of counts
 * ("9.5%"); no calls at all scores 15 (R8). Worked out by hand.
 */
describe("3.2.4 ECR", () => {
  it("R8 no calls at all (0 of 0): 15, not applicable; the step shows 0 calls", () => {
    const result = scoreEcr({ simpleCalls: 0, totalCalls: 0 });
    expect(result).toMatchObject({ score: 15, notApplicable: true });
    expect(result.steps).toEqual([{ rule: "ecr.no-calls", clause: "3.2.4", reading: "R8", message: expect.any(Object), figures: { totalCalls: 0 } }]);
  });

  it("R8 no ECR record: 15, not applicable, same step", () => {
    expect(scoreEcr(undefined).steps[0]?.figures).toEqual({ totalCalls: 0 });
  });

  it.each([
    ["8.05%", 12, "8.05%"],
    ["10.05%", 9, "10.05%"],
    ["8.5%", 12, "8.5%"],
    ["16.01%", 0, "16.01%"],
    ["12%", 9, "12%"],
    [" 12.00 % ", 9, "12%"],
  ])("a rate %j: band %i; the step shows the ECR as %s (two decimals, trailing zeros dropped, none lost)", (rate, points, shown) => {
    const result = scoreEcr({ rate });
    expect(result.score).toBe(points);
    expect(result.steps[0]?.figures["ecr"]).toBe(shown);
  });

  it("counts shown as percentages keep their zeros inside: 161 of 2000 = 8.05 % → 12; 201 of 2000 = 10.05 % → 9", () => {
    expect(scoreEcr({ simpleCalls: 161, totalCalls: 2000 }).steps[0]?.figures).toMatchObject({ ecr: "8.05%", points: 12 });
    expect(scoreEcr({ simpleCalls: 201, totalCalls: 2000 }).steps[0]?.figures).toMatchObject({ ecr: "10.05%", points: 9 });
  });

  it("a rate as a number between 0 and 1: 0.095 → 12, 1 (100 %) → 0; 1.01, −0.01, NaN and Infinity are not rates", () => {
    expect(scoreEcr({ rate: 0.095 }).score).toBe(12);
    expect(scoreEcr({ rate: 1 }).score).toBe(0);
    expect(parseRate("100%")?.toString()).toBe("1");
    for (const rate of [1.01, -0.01, Number.NaN, Number.POSITIVE_INFINITY, "100.5%", "-1%", "9.5"]) {
      expect(issuesOf(() => scoreEcr({ rate }))).toEqual([{ path: ["rate"], code: "NOT_RATE" }]);
    }
  });

  it("SPEC §6 a band edge the policy writes in a form that is not a plain decimal (\"8%\") is refused, naming it", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { ecr: { bands: { bands: { to: { at: string } | null }[] } } };
    policy.ecr.bands.bands[0]!.to!.at = "8%";
    expect(() => scoreEcr({ simpleCalls: 9, totalCalls: 100 }, policy as unknown as Policy)).toThrow("not a plain decimal: 8%");
  });
});
