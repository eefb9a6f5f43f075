import type { Bilingual } from "../messages/bilingual.js";
import type { IssueCode } from "../messages/issues.js";

export type { IssueCode };

/** One problem of an input, where it is and what is wrong, in Chinese and English. */
export interface InputIssue {
  /** Path of the value inside the input, e.g. `["majorProjects", 0, "rating"]`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/majorProjects/0/rating`. */
  readonly pointer: string;
  /** A stable code: zod's kind for a value of the wrong type, an unknown key or a value outside a list; else the library's own (`RATING_ABOVE_MAX` …). */
  readonly code: IssueCode;
  readonly message: Bilingual;
}

/** An {@link InputIssue} before its JSON Pointer is written. */
export type IssueDraft = Omit<InputIssue, "pointer">;

/**
 * The same issues with `prefix` put in front of their paths, for a part inside a larger input.
 *
 * @example withPathPrefix(["ecr"], [{ path: ["simpleCalls"], code: "NOT_WHOLE_NUMBER", message: { zh: "…", en: "…" } }])[0].path; // ["ecr", "simpleCalls"]
 */
export function withPathPrefix(prefix: readonly (string | number)[], issues: readonly IssueDraft[]): IssueDraft[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/**
 * A path as a JSON Pointer (RFC 6901).
 *
 * @example toPointer(["majorProjects", 0, "a/b"]); // "/majorProjects/0/a~1b"
 */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).split("~").join("~0").split("/").join("~1")}`).join("");
}

// The ESM and CommonJS builds each define the class; a registered symbol marks an instance of
// either, so `instanceof` and `isAssessmentInputError` work across them.
const BRAND = Symbol.for("star-assessment.AssessmentInputError");

/**
 * Thrown for input that cannot be scored: lists every problem found, never a partial score.
 * `instanceof AssessmentInputError` is true for an error of the ESM or the CommonJS build alike.
 *
 * @example new AssessmentInputError([{ path: ["quarter"], code: "NOT_QUARTER", message: { zh: "季度有误", en: "bad quarter" } }]).issues[0].pointer; // "/quarter"
 */
export class AssessmentInputError extends Error {
  override readonly name = "AssessmentInputError";
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly IssueDraft[]) {
    const withPointers = issues.map((issue) => ({ ...issue, pointer: toPointer(issue.path) }));
    const lines = withPointers.map((issue) => `- ${issue.pointer || "/"}: ${issue.message.en} / ${issue.message.zh}`);
    super(`Invalid input, ${issues.length} problem(s) / 输入有误,共 ${issues.length} 处:\n${lines.join("\n")}`);
    this.issues = withPointers;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isAssessmentInputError(value);
  }
}

/**
 * Whether a value is an {@link AssessmentInputError}, from this build or another (ESM or CommonJS).
 *
 * @example isAssessmentInputError(new AssessmentInputError([])); // true
 * @example isAssessmentInputError(new Error("x")); // false
 */
export function isAssessmentInputError(value: unknown): value is AssessmentInputError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
