import { type Assessment, assessQuarter } from "../assessment/assess.js";
import { parseQuarter } from "../input/parse.js";
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
 * `assessQuarter` does) and assesses it under its policy.
 *
 * @example assessed(data).assessment.total; // 92.5
 */
export function assessed(input: unknown, options: HeadroomOptions = {}): AssessedQuarter {
  const { input: quarter, policy } = parseQuarter(input, options.policy);
  return { quarter, policy, assessment: assessQuarter(input, { policy }) };
}
