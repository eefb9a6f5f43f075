import { expect } from "vitest";
import { AssessmentInputError } from "../../src/index.js";

/** The issues (path and code) of the AssessmentInputError that `run` throws; fails the test when it throws nothing. */
export function issuesOf(run: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentInputError);
    return (error as AssessmentInputError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error("expected an AssessmentInputError");
}
