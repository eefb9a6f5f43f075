import { describe, expect, it } from "vitest";
import { totalScore } from "../../src/assessment/total.js";
import { CLOUD_DESKTOP_2024 } from "../../src/index.js";

const items = (majorProjects: number, satisfaction: number, repOffice: number, ecr: number, training: number) => ({ majorProjects, satisfaction, repOffice, ecr, training });

describe("3.1 total (reading R4)", () => {
  it("adds rounded items and the adjustment exactly: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5", () => {
    expect(totalScore(items(28, 25, 9.5, 15, 13), 2, CLOUD_DESKTOP_2024)).toBe(92.5);
  });

  it("is exact where binary floats are not: 0.1 + 0.2 = 0.3, and 25.13 + 15.63 + 10 + 3 + 20 + 2 = 75.76", () => {
    expect(totalScore(items(0.1, 0.2, 0, 0, 0), 0, CLOUD_DESKTOP_2024)).toBe(0.3);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(totalScore(items(25.13, 15.63, 10, 3, 20), 2, CLOUD_DESKTOP_2024)).toBe(75.76);
  });

  it("is not clamped, and a negative adjustment can take it below 0; zero is +0", () => {
    expect(totalScore(items(30, 25, 10, 15, 20), 1.5, CLOUD_DESKTOP_2024)).toBe(101.5);
    expect(totalScore(items(0, 0, 0.5, 0, 0), -3, CLOUD_DESKTOP_2024)).toBe(-2.5);
    expect(Object.is(totalScore(items(0, 0, 2, 0, 0), -2, CLOUD_DESKTOP_2024), 0)).toBe(true);
  });

  it("rounds half up through decimal.js when a part has more decimals than the policy: 16.666 + 16.666 = 33.332 → 33.33; 0.005 → 0.01", () => {
    expect(totalScore(items(16.666, 16.666, 0, 0, 0), 0, CLOUD_DESKTOP_2024)).toBe(33.33);
    expect(totalScore(items(0, 0, 0, 0, 0), 0.005, CLOUD_DESKTOP_2024)).toBe(0.01);
  });
});
