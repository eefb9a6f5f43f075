import { type Assessment, assessQuarter } from "../assessment/assess.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { policyFor } from "../policy/policy-for.js";
import type { QuarterInput } from "../input/schema.js";
import type { Policy } from "../policy/schema.js";

/** A partner-quarter validated and assessed: what every headroom question starts from. */
export interface AssessedQuarter {
  readonly quarter: QuarterInput;
  readonly policy: Policy;
  readonly assessment: Assessment;
}

/** Options of the headroom functions: the policy, by default the one in force for the quarter. */
export interface HeadroomOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Validates a partner-quarter (throwing {@link AssessmentInputError} with every problem, as
 * `assessQuarter` does) and assesses it under its policy: the one passed, else the one in force for
 * the quarter, as `assessQuarter` picks it. The input is validated once; its sections are then read
 * as given (a label stays a label, a rate string a rate string), which is how a lever reports a value.
 *
 * @example assessed({ partner: { id: "P-1" }, quarter: "2024-Q3" }).assessment.total; // 30 + 25 + 10 + 15 + 20 = 100
 */
export function assessed(input: unknown, options: HeadroomOptions = {}): AssessedQuarter {
  const assessment = assessQuarter(input, options);
  const policy = options.policy === undefined ? policyFor(assessment.quarter) : assertPolicy(options.policy);
  return { quarter: input as QuarterInput, policy, assessment };
}
