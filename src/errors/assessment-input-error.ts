import type { Bilingual } from "../messages/bilingual.js";

/** One problem of an input, where it is and what is wrong, in Chinese and English. */
export interface InputIssue {
  /** Path of the value inside the input, e.g. `["majorProjects", 0, "rating"]`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/majorProjects/0/rating`. */
  readonly pointer: string;
  /** A stable code: zod's issue code (`invalid_type`, `too_big` …) or one of the library's (`RATING_ABOVE_MAX` …). */
  readonly code: string;
  readonly message: Bilingual;
}

/** An {@link InputIssue} before its JSON Pointer is written. */
export type IssueDraft = Omit<InputIssue, "pointer">;

/**
 * Throws one {@link AssessmentInputError} when there is any issue.
 *
 * @example throwIfAny([]); // returns
 */
export function throwIfAny(issues: readonly IssueDraft[]): void {
  if (issues.length > 0) throw new AssessmentInputError(issues);
}

/**
 * The same issues with `prefix` put in front of their paths, for a rule argument inside a larger input.
 *
 * @example withPathPrefix(["ecr"], [{ path: ["simpleCalls"], code, message }])[0].path; // ["ecr", "simpleCalls"]
 */
export function withPathPrefix(prefix: readonly (string | number)[], issues: readonly IssueDraft[]): IssueDraft[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

function toPointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).split("~").join("~0").split("/").join("~1")}`).join("");
}

/**
 * Thrown for input that cannot be scored: lists every problem found, never a partial score.
 *
 * @example
 * try { assessQuarter(data); } catch (error) {
 *   if (error instanceof AssessmentInputError) for (const issue of error.issues) console.log(issue.pointer, issue.message.en);
 * }
 */
export class AssessmentInputError extends Error {
  override readonly name = "AssessmentInputError";
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly IssueDraft[]) {
    const withPointers = issues.map((issue) => ({ ...issue, pointer: toPointer(issue.path) }));
    const lines = withPointers.map((issue) => `- ${issue.pointer || "/"}: ${issue.message.en} / ${issue.message.zh}`);
    super(`Invalid input, ${issues.length} problem(s) / 输入有误,共 ${issues.length} 处:\n${lines.join("\n")}`);
    this.issues = withPointers;
  }
}
