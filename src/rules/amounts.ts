import type { IssueDraft } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";

/**
 * The largest count, deduction, rating or point the library accepts. No real quarter comes near it;
 * it keeps every sum of an input finite (a key event of 1e308 points would make the total Infinity).
 */
export const LARGEST_AMOUNT = 1_000_000_000;

/** A number a rule reads, where it sits in the rule's argument, and whether it must be whole. */
export type AmountCheck = readonly [value: number | undefined, path: readonly (string | number)[], kind: "whole" | "amount"];

/**
 * The numbers a rule cannot score: each value that is not a number from 0 to {@link LARGEST_AMOUNT}
 * (and whole, for counts).
 * Absent values pass. Rules run this so that a direct call with bad numbers fails with
 * {@link AssessmentInputError} instead of scoring NaN.
 *
 * @example amountIssues([[-1, ["simpleCalls"], "whole"]])[0].code; // "NOT_WHOLE_NUMBER"
 */
export function amountIssues(checks: readonly AmountCheck[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const [value, path, kind] of checks) {
    if (value === undefined) continue;
    const finite = typeof value === "number" && value >= 0 && value <= LARGEST_AMOUNT;
    if (kind === "whole" && !(finite && Number.isInteger(value))) {
      issues.push({ path, code: "NOT_WHOLE_NUMBER", message: inputMessages.notWholeNumber(value, LARGEST_AMOUNT) });
    } else if (!finite) {
      issues.push({ path, code: "NOT_AMOUNT", message: inputMessages.notAmount(value, LARGEST_AMOUNT) });
    }
  }
  return issues;
}
