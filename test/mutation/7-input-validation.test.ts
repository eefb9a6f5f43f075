import { describe, expect, it } from "vitest";
import { AssessmentInputError, assessQuarter } from "../../src/index.js";

/**
 * SPEC §7 Validation: "deductions and person-days finite and ≥ 0 … key-event points ≥ 0 … (each problem
 * reported, with its path)". Each problem is reported once: the schema's check and the rule's own
 * check of the same value say the same thing, so only one of them is listed.
 */
function problems(input: Record<string, unknown>): [string, string][] {
  try {
    assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", ...input });
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentInputError);
    return (error as AssessmentInputError).issues.map((issue) => [issue.pointer, issue.code]);
  }
  throw new Error("expected an AssessmentInputError");
}

describe("7 a bad amount is one problem, not two", () => {
  it.each([
    ["deliveryQualityDeduction", -1],
    ["vendorAssistPersonDays", -0.5],
    ["keyEventDeduction", -2],
  ])("3.2.3 repOffice.%s = %d → one problem at its path", (key, value) => {
    expect(problems({ repOffice: { [key]: value } })).toEqual([[`/repOffice/${key}`, "too_small"]]);
  });

  it("3.2.6 a key event of −1 points → one problem at /keyEvents/0/points", () => {
    expect(problems({ keyEvents: [{ id: "KE-1", kind: "penalty", points: -1, note: "" }] })).toEqual([["/keyEvents/0/points", "too_small"]]);
  });

  it("3.2.1 a rating of −1 on an on-time report → one problem at /majorProjects/0/rating", () => {
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: -1 };
    expect(problems({ majorProjects: [project] })).toEqual([["/majorProjects/0/rating", "too_small"]]);
  });

  it("3.2.1 an unreal deadline 2024-09-31 → one problem at /majorProjects/0/deadline", () => {
    const project = { id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-31", submittedOn: null };
    expect(problems({ majorProjects: [project] })).toEqual([["/majorProjects/0/deadline", "NOT_CALENDAR_DATE"]]);
  });
});
