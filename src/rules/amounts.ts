import type { IssueDraft } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";

/** A number a rule reads, where it sits in the rule's argument, and whether it must be whole. */
export type AmountCheck = readonly [value: number | undefined, path: readonly (string | number)[], kind: "whole" | "amount"];

/**
 * The numbers a rule cannot score: each value that is not finite and ≥ 0 (and whole, for counts).
 * Absent values pass. Rules run this so that a direct call with bad numbers fails with
 * {@link AssessmentInputError} instead of scoring NaN.
 *
 * @example amountIssues([[-1, ["simpleCalls"], "whole"]])[0].code; // "NOT_WHOLE_NUMBER"
 */
export function amountIssues(checks: readonly AmountCheck[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const [value, path, kind] of checks) {
    if (value === undefined) continue;
    const finite = typeof value === "number" && Number.isFinite(value) && value >= 0;
    if (kind === "whole" && !(finite && Number.isInteger(value))) {
      issues.push({ path, code: "NOT_WHOLE_NUMBER", message: inputMessages.notWholeNumber(value) });
    } else if (!finite) {
      issues.push({ path, code: "NOT_AMOUNT", message: inputMessages.notAmount(value) });
    }
  }
  return issues;
}
