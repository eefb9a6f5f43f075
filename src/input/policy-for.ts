import { isQuarterId } from "../dates/quarter.js";
import { AssessmentInputError } from "../errors/assessment-input-error.js";
import { issueMessage } from "../errors/issue-message.js";
import { findPolicy, POLICIES } from "../policy/policies.js";
import type { Policy } from "../policy/schema.js";

/**
 * The shipped policy in force for a quarter (reading R12). A quarter before the first policy (before
 * 2024-Q2), or a string that is no quarter, throws {@link AssessmentInputError}.
 *
 * @example policyFor("2024-Q3").id; // "cloud-desktop-2024"
 */
export function policyFor(quarter: string): Policy {
  if (!isQuarterId(quarter)) throw new AssessmentInputError([{ path: ["quarter"], code: "NOT_QUARTER", message: issueMessage("NOT_QUARTER", { received: quarter }) }]);
  const policy = findPolicy(quarter);
  if (policy !== undefined) return policy;
  const earliest = POLICIES[0] as Policy;
  throw new AssessmentInputError([{ path: ["quarter"], code: "NO_POLICY", message: issueMessage("NO_POLICY", { quarter, effectiveFrom: earliest.effectiveFrom.value }) }]);
}
