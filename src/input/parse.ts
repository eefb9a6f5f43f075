import { AssessmentInputError, type IssueDraft } from "../errors/assessment-input-error.js";
import { inputMessages } from "../messages/input.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { appliesTo, findPolicy, noPolicyIssue } from "../policy/policy-for.js";
import { assertPolicy } from "../policy/assert-policy.js";
import type { Policy } from "../policy/schema.js";
import { isQuarterId, type QuarterId } from "../dates/quarter.js";
import { quarterIssues } from "./policy-checks.js";
import { createQuarterInputSchema, PART_SCHEMAS, type QuarterInput, QuarterInputSchema, type QuarterSections, SECTION_SCHEMAS } from "./schema.js";
import { toIssueDraft } from "./zod-issues.js";

/** A validated partner-quarter with the policy it is assessed under. */
export interface ParsedQuarter {
  readonly input: QuarterInput;
  readonly policy: Policy;
}

/** The value at a path of the input, through own properties only (never a prototype's). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function wellFormedQuarter(data: unknown): QuarterId | undefined {
  const quarter = typeof data === "object" && data !== null ? (data as { quarter?: unknown }).quarter : undefined;
  return typeof quarter === "string" && isQuarterId(quarter) ? quarter : undefined;
}

/**
 * When the input as a whole fails its shape, zod skips the cross-field checks. This runs them on every
 * part that is well formed on its own (a section; else a list's elements or the training's parts), so
 * one pass lists the problems of every part.
 */
function wellFormedPartIssues(data: unknown, policy: Policy): IssueDraft[] {
  if (typeof data !== "object" || data === null) return [];
  const input = data as Record<string, unknown>;
  return (Object.keys(SECTION_SCHEMAS) as (keyof typeof SECTION_SCHEMAS)[]).flatMap((key): IssueDraft[] => {
    const section = SECTION_SCHEMAS[key].safeParse(input[key]);
    if (section.success) return quarterIssues({ [key]: section.data }, policy);
    const value = input[key];
    if (key === "training") {
      if (typeof value !== "object" || value === null) return [];
      const parts = Object.fromEntries(
        Object.entries(PART_SCHEMAS.training).flatMap(([part, schema]) => {
          const parsed = schema.safeParse((value as Record<string, unknown>)[part]);
          return parsed.success ? [[part, parsed.data]] : [];
        }),
      );
      return quarterIssues({ training: parts }, policy);
    }
    if (key === "repOffice" || key === "ecr" || !Array.isArray(value)) return [];
    // The well-formed elements, checked together (a repeated survey spans two), then put back at their index.
    const kept: { index: number; element: unknown }[] = [];
    value.forEach((element, index) => {
      const parsed = PART_SCHEMAS[key].safeParse(element);
      if (parsed.success) kept.push({ index, element: parsed.data });
    });
    const issues = quarterIssues({ [key]: kept.map((entry) => entry.element) } as QuarterSections, policy);
    return issues.map((issue) => ({ ...issue, path: [key, kept[issue.path[1] as number]?.index ?? -1, ...issue.path.slice(2)] }));
  });
}

// A broken input can hold thousands of problems (10,000 surveys where the projects go); the first
// hundred say what is wrong, and listing them all would cost seconds and megabytes.
const LISTED_ISSUES = 100;

/**
 * At most the first hundred issues, and one that counts the rest (`unconverted`: zod's issues never
 * converted; past a hundred of them the cross-field checks are skipped, as they could not be listed).
 */
function listedIssues(issues: readonly IssueDraft[], unconverted: number): IssueDraft[] {
  const more = Math.max(0, issues.length - LISTED_ISSUES) + unconverted;
  if (more === 0) return [...issues];
  return [...issues.slice(0, LISTED_ISSUES), { path: [], code: "TOO_MANY_ISSUES", message: inputMessages.tooManyIssues(LISTED_ISSUES, more) }];
}

// The rules' own number and date checks repeat zod's; where zod has spoken about a value, they are noise.
const REPEATS_ZOD = new Set(["NOT_WHOLE_NUMBER", "NOT_AMOUNT", "NOT_CALENDAR_DATE"]);

function uniqueIssues(issues: readonly IssueDraft[]): IssueDraft[] {
  const seen = new Set<string>();
  const zodPointers = new Set(issues.filter((issue) => !REPEATS_ZOD.has(issue.code)).map((issue) => JSON.stringify(issue.path)));
  return issues.filter((issue) => {
    const where = JSON.stringify(issue.path);
    const key = `${where} ${issue.code}`;
    if (seen.has(key) || (REPEATS_ZOD.has(issue.code) && zodPointers.has(where))) return false;
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
  const parsed = schema.safeParse(data);
  const issues: IssueDraft[] = [];
  const quarter = wellFormedQuarter(data);
  const chosen = quarter === undefined ? undefined : (policy ?? findPolicy(quarter));
  if (quarter !== undefined && (chosen === undefined || !appliesTo(chosen, quarter))) issues.push(noPolicyIssue(quarter, policy));
  if (!parsed.success) {
    // The values go into the messages; zod's reportInput would add them to every issue at a quarter of
    // the parse's time, also when there is none, so the listed ones are looked up here instead.
    issues.push(...parsed.error.issues.slice(0, LISTED_ISSUES).map((issue) => toIssueDraft({ ...issue, input: valueAt(data, issue.path) } as typeof issue)));
    // Past the listed hundred the parts' cross-field problems would not be shown anyway.
    if (parsed.error.issues.length <= LISTED_ISSUES) issues.push(...wellFormedPartIssues(data, chosen ?? policy ?? CLOUD_DESKTOP_2024));
  }
  if (!parsed.success || issues.length > 0) {
    const zodIssues = parsed.success ? 0 : parsed.error.issues.length;
    throw new AssessmentInputError(listedIssues(uniqueIssues(issues), Math.max(0, zodIssues - LISTED_ISSUES)));
  }
  return { input: parsed.data, policy: chosen as Policy };
}
