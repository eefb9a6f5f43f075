import { AssessmentInputError, type IssueDraft } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { isQuarterId, type QuarterId, quarterEnd } from "../dates/quarter.js";
import { CLOUD_DESKTOP_2024 } from "./cloud-desktop-2024.js";
import type { Policy } from "./schema.js";

/** Every policy the library ships, oldest first. A new policy year is one more entry. */
export const POLICIES: readonly Policy[] = [CLOUD_DESKTOP_2024];

/**
 * Whether a policy applies to a quarter: it is in force on the quarter's last day, when H3C assesses
 * ("H3C在每个季度(3月、6月、9月、12月)会对星级认证有效期内的所有渠道严格执行考核"; reading R12).
 *
 * @example appliesTo(CLOUD_DESKTOP_2024, "2024-Q1"); // false: in force from 2024-04-01
 */
export function appliesTo(policy: Policy, quarter: QuarterId): boolean {
  return policy.effectiveFrom.value <= quarterEnd(quarter);
}

/**
 * The latest shipped policy that applies to a quarter, or undefined.
 *
 * @example findPolicy("2024-Q2")?.id; // "cloud-desktop-2024"
 */
export function findPolicy(quarter: QuarterId): Policy | undefined {
  return POLICIES.findLast((policy) => appliesTo(policy, quarter));
}

/**
 * The policy in force for a quarter. A quarter before the first policy (before 2024-Q2) is an error.
 *
 * @example policyFor("2024-Q3") === CLOUD_DESKTOP_2024; // true
 * @example policyFor("2024-Q1"); // throws AssessmentInputError: no policy in force for 2024-Q1
 */
export function policyFor(quarter: string): Policy {
  if (!isQuarterId(quarter)) {
    throw new AssessmentInputError([{ path: ["quarter"], code: "NOT_QUARTER", message: inputMessages.notQuarter(quarter) }]);
  }
  const policy = findPolicy(quarter);
  if (policy) return policy;
  throw new AssessmentInputError([noPolicyIssue(quarter)]);
}

/**
 * The issue for a quarter that `policy` (by default: every shipped policy) does not apply to.
 *
 * @example noPolicyIssue("2024-Q1").message.en; // "no policy in force for 2024-Q1 (the earliest applies from 2024-04-01); …"
 */
export function noPolicyIssue(quarter: QuarterId, policy: Policy = CLOUD_DESKTOP_2024): IssueDraft {
  return { path: ["quarter"], code: "NO_POLICY", message: inputMessages.noPolicy(quarter, policy.effectiveFrom.value) };
}
