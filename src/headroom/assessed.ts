import { type Assessment, assessParsed } from "../assessment/assess.js";
import { parseQuarter } from "../input/parse.js";
import type { QuarterInput } from "../input/quarter.js";
import type { Policy } from "../policy/schema.js";

/** A partner-quarter validated and assessed: what every headroom question starts from. */
export interface AssessedQuarter {
  /** The input as the caller gave it: a lever answers in its form (a label stays a label, "9.5%" a percent string). */
  readonly given: unknown;
  /** The input as the rules read it (outcome codes, exact rates). */
  readonly quarter: QuarterInput;
  readonly policy: Policy;
  readonly assessment: Assessment;
}

/** Options of the headroom functions: the policy, by default the one in force for the quarter. */
export interface HeadroomOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Validates a partner-quarter and assesses it, as `assessQuarter` does (throwing
 * {@link AssessmentInputError} with every problem), under its policy: the one passed, else the one in
 * force for the quarter, picked as `assessQuarter` picks it.
 *
 * @example assessed({ partner: { id: "P-1" }, quarter: "2024-Q3" }).assessment.total; // 30 + 25 + 10 + 15 + 20 = 100
 */
export function assessed(input: unknown, options: HeadroomOptions = {}): AssessedQuarter {
  const { input: quarter, policy } = parseQuarter(input, options.policy);
  return { given: input, quarter, policy, assessment: assessParsed(quarter, policy) };
}
