import { describe, expect, it } from "vitest";
import { quarterTotal, totalOf } from "../../src/assessment/total.js";
import { AssessmentInputError, CLOUD_DESKTOP_2024 } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

const items = (majorProjects: number, satisfaction: number, repOffice: number, ecr: number, training: number) => ({ majorProjects, satisfaction, repOffice, ecr, training });

describe("3.1 total (reading R4)", () => {
  it("adds rounded items and the adjustment exactly: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5", () => {
    expect(totalOf(items(28, 25, 9.5, 15, 13), 2, CLOUD_DESKTOP_2024)).toBe(92.5);
  });

  it("is exact where binary floats are not: 0.1 + 0.2 = 0.3, and 25.13 + 15.63 + 10 + 3 + 20 + 2 = 75.76", () => {
    expect(totalOf(items(0.1, 0.2, 0, 0, 0), 0, CLOUD_DESKTOP_2024)).toBe(0.3);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(totalOf(items(25.13, 15.63, 10, 3, 20), 2, CLOUD_DESKTOP_2024)).toBe(75.76);
  });

  it("is not clamped, and a negative adjustment can take it below 0; zero is +0", () => {
    expect(totalOf(items(30, 25, 10, 15, 20), 1.5, CLOUD_DESKTOP_2024)).toBe(101.5);
    expect(totalOf(items(0, 0, 0.5, 0, 0), -3, CLOUD_DESKTOP_2024)).toBe(-2.5);
    expect(Object.is(totalOf(items(0, 0, 2, 0, 0), -2, CLOUD_DESKTOP_2024), 0)).toBe(true);
  });

  it("rounds each part half up first when it has more decimals than the policy, so the printed parts add up: 16.666 → 16.67, 16.67 + 16.67 = 33.34; 0.005 → 0.01", () => {
    expect(totalOf(items(16.666, 16.666, 0, 0, 0), 0, CLOUD_DESKTOP_2024)).toBe(33.34);
    expect(totalOf(items(16.664, 16.664, 0, 0, 0), 0, CLOUD_DESKTOP_2024)).toBe(33.32);
    expect(totalOf(items(0, 0, 0, 0, 0), 0.005, CLOUD_DESKTOP_2024)).toBe(0.01);
    // the adjustment's tie goes away from zero (R4: ties away from zero): −1.005 → −1.01, 100 − 1.01 = 98.99
    expect(totalOf(items(30, 25, 10, 15, 20), -1.005, CLOUD_DESKTOP_2024)).toBe(98.99);
  });
});

describe("3.1 quarterTotal: the total of item scores a caller holds, checked first", () => {
  it("the example quarter's parts: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5; without an adjustment, 0", () => {
    expect(quarterTotal({ itemScores: { majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 }, adjustment: 2 })).toBe(92.5);
    expect(quarterTotal({ itemScores: { majorProjects: 28, satisfaction: 25, repOffice: 9.5, ecr: 15, training: 13 } })).toBe(90.5);
  });

  it("an item above its maximum (三.1: 30, 25, 10, 15, 20), a negative one, a missing one and a non-finite adjustment are input errors", () => {
    expect(issuesOf(() => quarterTotal({ itemScores: { majorProjects: 30.01, satisfaction: 25, repOffice: 10, ecr: 15, training: 20 } }))).toEqual([{ path: ["itemScores", "majorProjects"], code: "ITEM_SCORE_ABOVE_MAX" }]);
    expect(issuesOf(() => quarterTotal({ itemScores: { majorProjects: 30, satisfaction: -1, repOffice: 10, ecr: 15, training: 20 } }))).toEqual([{ path: ["itemScores", "satisfaction"], code: "NOT_ITEM_SCORE" }]);
    expect(issuesOf(() => quarterTotal({ itemScores: { majorProjects: 30, satisfaction: 25, repOffice: 10, ecr: 15 }, adjustment: Number.POSITIVE_INFINITY }))).toEqual([
      { path: ["itemScores", "training"], code: "invalid_type" },
      { path: ["adjustment"], code: "invalid_type" },
    ]);
    expect(() => quarterTotal(null)).toThrow(AssessmentInputError);
  });
});
