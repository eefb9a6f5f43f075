import { AssessmentInputError, type IssueDraft } from "../errors/assessment-input-error.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { appliesTo, findPolicy, noPolicyIssue } from "../policy/policy-for.js";
import { type Policy, PolicySchema } from "../policy/schema.js";
import { isQuarterId, type QuarterId } from "../quarter/quarter.js";
import { quarterIssues } from "./policy-checks.js";
import { createQuarterInputSchema, type QuarterInput, QuarterInputSchema, type QuarterSections, SECTION_SCHEMAS } from "./schema.js";
import { toIssueDraft } from "./zod-issues.js";

/** A validated partner-quarter with the policy it is assessed under. */
export interface ParsedQuarter {
  readonly input: QuarterInput;
  readonly policy: Policy;
}

/** Thrown when a policy object is invalid: a programming error, not an input error. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  readonly issues: readonly IssueDraft[];
  constructor(issues: readonly IssueDraft[]) {
    super(`Invalid policy object:\n${issues.map((issue) => `- /${issue.path.join("/")}: ${issue.message.en}`).join("\n")}`);
    this.issues = issues;
  }
}

/**
 * Validates a policy object (bands without gaps or overlaps, every value with its clause) and
 * returns it; throws {@link PolicyError} listing every problem.
 *
 * @example assertPolicy(CLOUD_DESKTOP_2024); // returns it
 */
export function assertPolicy(policy: unknown): Policy {
  const checked = PolicySchema.safeParse(policy, { reportInput: true });
  if (!checked.success) throw new PolicyError(checked.error.issues.map(toIssueDraft));
  return policy as Policy;
}

function wellFormedQuarter(data: unknown): QuarterId | undefined {
  const quarter = typeof data === "object" && data !== null ? (data as { quarter?: unknown }).quarter : undefined;
  return typeof quarter === "string" && isQuarterId(quarter) ? quarter : undefined;
}

/**
 * When the input as a whole fails its shape, zod skips the cross-field checks; this runs them on each
 * section that is well formed on its own, so one pass lists the problems of every section.
 */
function wellFormedSectionIssues(data: unknown, policy: Policy | undefined): IssueDraft[] {
  if (typeof data !== "object" || data === null) return [];
  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SECTION_SCHEMAS)) {
    const section = schema.safeParse((data as Record<string, unknown>)[key]);
    if (section.success) sections[key] = section.data;
  }
  return quarterIssues(sections as QuarterSections, policy ?? CLOUD_DESKTOP_2024);
}

function uniqueIssues(issues: readonly IssueDraft[]): IssueDraft[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${JSON.stringify(issue.path)} ${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a partner-quarter and picks its policy: `policy` when given (it must apply to the
 * quarter), else the shipped policy in force for the quarter. Every problem goes into one
 * {@link AssessmentInputError}; an invalid `policy` throws {@link PolicyError}.
 *
 * @example parseQuarter(JSON.parse(text)).policy.id; // "cloud-desktop-2024"
 */
export function parseQuarter(data: unknown, policy?: Policy): ParsedQuarter {
  const schema = policy === undefined ? QuarterInputSchema : createQuarterInputSchema(assertPolicy(policy));
  const parsed = schema.safeParse(data, { reportInput: true });
  const issues: IssueDraft[] = [];
  const quarter = wellFormedQuarter(data);
  const chosen = quarter === undefined ? undefined : (policy ?? findPolicy(quarter));
  if (quarter !== undefined && (chosen === undefined || !appliesTo(chosen, quarter))) issues.push(noPolicyIssue(quarter, policy));
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map(toIssueDraft));
    issues.push(...wellFormedSectionIssues(data, chosen ?? policy));
  }
  if (!parsed.success || issues.length > 0) throw new AssessmentInputError(uniqueIssues(issues));
  return { input: parsed.data, policy: chosen as Policy };
}
