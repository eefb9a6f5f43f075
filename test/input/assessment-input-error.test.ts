import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  AssessmentInputError,
  type InputIssue,
  type IssueCode,
  isAssessmentInputError,
  type OutcomeCode,
  safeAssessQuarter,
  type SatisfactionSurvey,
  scoreEcr,
} from "../../src/index.js";

/**
 * Bad input → AssessmentInputError (README.md). Types that help: `InputIssue.code` and survey
 * outcomes typed as unions of their values, not `string`; an AssessmentInputError thrown by the
 * CommonJS build is recognised by code using the ESM build and the other way round (`instanceof`
 * alone fails across them): `isAssessmentInputError` and `Symbol.hasInstance`.
 */

const BRAND = Symbol.for("star-assessment.AssessmentInputError");

/** An error as another copy of the class makes it: its own constructor, the same registered brand. */
function foreignError(): Error & { issues: InputIssue[] } {
  class AssessmentInputError extends Error {
    override readonly name = "AssessmentInputError";
    readonly issues: InputIssue[] = [];
    constructor() {
      super("Invalid input, 0 problem(s)");
      Object.defineProperty(this, BRAND, { value: true });
    }
  }
  return new AssessmentInputError();
}

describe("7 AssessmentInputError across copies of the class (the ESM and the CommonJS build)", () => {
  it("an error of another copy, carrying the registered brand, is recognised by isAssessmentInputError and by instanceof", () => {
    const foreign = foreignError();
    expect(foreign.constructor).not.toBe(AssessmentInputError);
    expect(isAssessmentInputError(foreign)).toBe(true);
    expect(foreign instanceof AssessmentInputError).toBe(true);
  });

  it("a second load of the module is another copy of the class: its errors and ours are each other's", async () => {
    vi.resetModules();
    const copy = (await import("../../src/errors/assessment-input-error.js")) as typeof import("../../src/errors/assessment-input-error.js");
    expect(copy.AssessmentInputError).not.toBe(AssessmentInputError);
    const theirs = new copy.AssessmentInputError([{ path: ["quarter"], code: "NOT_QUARTER", message: { zh: "季度有误", en: "bad quarter" } }]);
    expect(theirs instanceof AssessmentInputError).toBe(true);
    expect(isAssessmentInputError(theirs)).toBe(true);
    const ours = new AssessmentInputError([]);
    expect(ours instanceof copy.AssessmentInputError).toBe(true);
    expect(copy.isAssessmentInputError(ours)).toBe(true);
    // the issues of an error from the other copy read the same
    expect(theirs.issues).toEqual([{ path: ["quarter"], pointer: "/quarter", code: "NOT_QUARTER", message: { zh: "季度有误", en: "bad quarter" } }]);
  });

  it("what is not one: a plain Error, an error named AssessmentInputError without the brand, a brand that is not true, null, text", () => {
    const named = Object.assign(new Error("x"), { name: "AssessmentInputError", issues: [] });
    const falseBrand = Object.defineProperty(new Error("x"), BRAND, { value: "yes" });
    const otherSymbol = Object.defineProperty(new Error("x"), Symbol("star-assessment.AssessmentInputError"), { value: true });
    for (const value of [new Error("x"), new TypeError("x"), named, falseBrand, otherSymbol, null, undefined, "AssessmentInputError", 0, {}]) {
      expect(isAssessmentInputError(value), String(value)).toBe(false);
      expect(value instanceof AssessmentInputError, String(value)).toBe(false);
    }
  });

  it("the errors the library throws are Errors, branded, with the name AssessmentInputError", () => {
    let thrown: unknown;
    try {
      scoreEcr({ simpleCalls: 4 } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toBeInstanceOf(AssessmentInputError);
    expect((thrown as Record<symbol, unknown>)[BRAND]).toBe(true);
    expect((thrown as Error).name).toBe("AssessmentInputError");
    const safe = safeAssessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q9" });
    expect(safe.success ? null : isAssessmentInputError(safe.error)).toBe(true);
  });
});

describe("7 types that help: unions, not string", () => {
  it("InputIssue.code is the union of the library's issue codes", () => {
    expectTypeOf<InputIssue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<"RATING_ABOVE_MAX">().toExtend<InputIssue["code"]>();
    expectTypeOf<"EVENT_OUTSIDE_QUARTER">().toExtend<InputIssue["code"]>();
    expectTypeOf<"invalid_type">().toExtend<InputIssue["code"]>();
    expectTypeOf<"RATING_ABOVE_MAXIMUM">().not.toExtend<InputIssue["code"]>();
    expectTypeOf<string>().not.toExtend<InputIssue["code"]>();
  });

  it("a checked survey's outcome is the union of the seven outcome codes", () => {
    expectTypeOf<SatisfactionSurvey["outcome"]>().toEqualTypeOf<OutcomeCode>();
    expectTypeOf<OutcomeCode>().toEqualTypeOf<"very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied" | "unreachable" | "unreachable_after_reminder">();
  });
});
