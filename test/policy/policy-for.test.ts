import { describe, expect, it } from "vitest";
import { AssessmentInputError, appliesTo, CLOUD_DESKTOP_2024, type Policy, POLICIES, policyFor } from "../../src/index.js";

function errorOf(run: () => unknown): AssessmentInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentInputError);
    return error as AssessmentInputError;
  }
  throw new Error("expected an AssessmentInputError");
}

const effectiveFrom = (date: string): Policy => {
  const policy = structuredClone(CLOUD_DESKTOP_2024) as any;
  policy.effectiveFrom.value = date;
  return policy as Policy;
};

describe("8.effective policyFor", () => {
  it("8.effective CLOUD_DESKTOP_2024 is in force from 2024-04-01 and is the only shipped policy", () => {
    expect(CLOUD_DESKTOP_2024.effectiveFrom.value).toBe("2024-04-01");
    expect(CLOUD_DESKTOP_2024.id).toBe("cloud-desktop-2024");
    expect(POLICIES).toEqual([CLOUD_DESKTOP_2024]);
  });

  it.each(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2030-Q4"])("%s → CLOUD_DESKTOP_2024 (the same object)", (quarter) => {
    expect(policyFor(quarter)).toBe(CLOUD_DESKTOP_2024);
  });

  it.each(["2024-Q1", "2023-Q4", "2000-Q2"])("%s, before 2024-04-01 → AssessmentInputError NO_POLICY at [quarter]", (quarter) => {
    const error = errorOf(() => policyFor(quarter));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: ["quarter"], pointer: "/quarter", code: "NO_POLICY" });
    expect(error.issues[0]?.message.zh).not.toBe("");
    expect(error.issues[0]?.message.en).not.toBe("");
  });

  it.each(["2024Q1", "2024-Q5", "2024-q2", "", "2024-04-01"])('"%s" → AssessmentInputError NOT_QUARTER at [quarter]', (quarter) => {
    const error = errorOf(() => policyFor(quarter));
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ["quarter"], code: "NOT_QUARTER" }]);
  });
});

describe("8.effective appliesTo (R12: in force on the quarter's last day)", () => {
  it("CLOUD_DESKTOP_2024: 2024-Q1 (ends 2024-03-31 < 2024-04-01) no; 2024-Q2 (ends 2024-06-30) yes; 2025-Q1 yes", () => {
    expect(appliesTo(CLOUD_DESKTOP_2024, "2024-Q1")).toBe(false);
    expect(appliesTo(CLOUD_DESKTOP_2024, "2024-Q2")).toBe(true);
    expect(appliesTo(CLOUD_DESKTOP_2024, "2025-Q1")).toBe(true);
  });

  it("a policy in force from 2024-05-15: 2024-Q2 (ends 06-30 ≥ 05-15) yes, 2024-Q1 no", () => {
    const policy = effectiveFrom("2024-05-15");
    expect(appliesTo(policy, "2024-Q2")).toBe(true);
    expect(appliesTo(policy, "2024-Q1")).toBe(false);
  });

  it("a policy in force from 2024-06-30 applies to 2024-Q2 (its last day); one from 2024-07-01 does not, but applies to 2024-Q3", () => {
    expect(appliesTo(effectiveFrom("2024-06-30"), "2024-Q2")).toBe(true);
    expect(appliesTo(effectiveFrom("2024-07-01"), "2024-Q2")).toBe(false);
    expect(appliesTo(effectiveFrom("2024-07-01"), "2024-Q3")).toBe(true);
  });
});
