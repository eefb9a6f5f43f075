import type * as z from "../zod.js";
import { isQuarterId, type QuarterId } from "../dates/quarter.js";
import { AssessmentInputError, type IssueDraft } from "../errors/assessment-input-error.js";
import { issueMessage } from "../errors/issue-message.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { findPolicy, POLICIES } from "../policy/policies.js";
import type { Policy } from "../policy/schema.js";
import { toIssueDrafts } from "./issues.js";
import { type QuarterInput, quarterSchema } from "./quarter.js";
import { type SectionSchemas, sectionSchemas } from "./sections.js";

// A broken input can hold thousands of problems (10,000 surveys where the projects go); the first
// hundred say what is wrong, and listing them all would cost seconds and megabytes.
const LISTED_ISSUES = 100;

/**
 * Parses `data` with `schema`, or throws one {@link AssessmentInputError} listing every problem (the
 * first hundred, and a count of the rest) with its path, code and sentences.
 *
 * @example parseWith(sectionSchemas(CLOUD_DESKTOP_2024).ecr, { simpleCalls: 4, totalCalls: 50 }); // { simpleCalls: 4, totalCalls: 50 }
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues: IssueDraft[] = [];
  let read = 0;
  for (const issue of parsed.error.issues) {
    if (issues.length >= LISTED_ISSUES) break;
    issues.push(...toIssueDrafts(issue));
    read += 1;
  }
  // The problems past the hundred: those made and not listed, and those of the zod issues not read
  // (an unknown-keys issue is one problem per key, as toIssueDrafts lists it).
  const unread = parsed.error.issues.slice(read).reduce((sum, issue) => sum + (issue.code === "unrecognized_keys" ? issue.keys.length : 1), 0);
  const more = Math.max(0, issues.length - LISTED_ISSUES) + unread;
  const listed = issues.slice(0, LISTED_ISSUES);
  if (more > 0) listed.push({ path: [], code: "TOO_MANY_ISSUES", message: issueMessage("TOO_MANY_ISSUES", { listed: LISTED_ISSUES, more }) });
  throw new AssessmentInputError(listed);
}

/** A section of a partner-quarter, by its key. */
export type SectionKey = Exclude<keyof SectionSchemas, "reportedProjects">;

/**
 * One section of a partner-quarter checked as the composer checks it (its schema under `policy`),
 * with paths relative to the section; throws {@link AssessmentInputError}. `undefined` is a section
 * left out, which the readings score as "nothing to report".
 *
 * @example parseSection("training", { online: { required: 6, completed: 6 } }, CLOUD_DESKTOP_2024); // { online: { required: 6, completed: 6 } }
 */
export function parseSection<K extends keyof SectionSchemas>(key: K, data: unknown, policy: Policy): z.output<SectionSchemas[K]> | undefined {
  if (data === undefined) return undefined;
  return parseWith(sectionSchemas(assertPolicy(policy))[key], data) as z.output<SectionSchemas[K]>;
}

/** A validated partner-quarter with the policy it is assessed under. */
export interface ParsedQuarter {
  readonly input: QuarterInput;
  readonly policy: Policy;
}

/** The quarter an input names, if it is a well-formed quarter id. */
function quarterOf(data: unknown): QuarterId | undefined {
  const quarter = typeof data === "object" && data !== null ? (data as { quarter?: unknown }).quarter : undefined;
  return typeof quarter === "string" && isQuarterId(quarter) ? quarter : undefined;
}

/**
 * Validates a partner-quarter and picks its policy: `policy` when given (it must apply to the
 * quarter), else the shipped policy in force for the quarter. Every problem goes into one
 * {@link AssessmentInputError}; an invalid `policy` throws {@link PolicyError}.
 *
 * @example parseQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3" }).policy.id; // "cloud-desktop-2024"
 */
export function parseQuarter(data: unknown, policy?: Policy): ParsedQuarter {
  const quarter = quarterOf(data);
  // Without a policy in force, the earliest one is used: its schema reports NO_POLICY with its date.
  let rules: Policy;
  if (policy !== undefined) rules = assertPolicy(policy);
  else if (quarter === undefined) rules = POLICIES.at(-1) as Policy;
  else rules = findPolicy(quarter) ?? (POLICIES[0] as Policy);
  return { input: parseWith(quarterSchema(rules), data), policy: rules };
}
