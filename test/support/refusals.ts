import { expect, it } from "vitest";
import { AssessmentInputError, assessQuarter, type InputIssue, isAssessmentInputError } from "../../src/index.js";

/**
 * Every exported function that takes one section applies exactly the composer's checks to it: the
 * same input gets the same answer from every entry point, and a JavaScript TypeError never reaches a
 * caller (docs/interpretations.md, "The same input gets the same answer everywhere"). A table of bad
 * sections, each with the issues worked out by hand, run against a rule function called directly and against
 * the composer (`assessQuarter`) given the same section.
 */

/** A section of a partner-quarter that a rule function scores. */
export type SectionKey = "majorProjects" | "satisfaction" | "repOffice" | "ecr" | "training" | "keyEvents";

/** A bad section and the issues (path inside the section, code) it must get. */
export interface Refusal {
  readonly why: string;
  readonly section: unknown;
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly code: string }[];
}

/** The error `run` throws; fails the test unless it is an AssessmentInputError (never a TypeError). */
export function inputErrorOf(run: () => unknown): AssessmentInputError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected an AssessmentInputError, nothing was thrown").toBeDefined();
  expect(isAssessmentInputError(thrown), `expected an AssessmentInputError, got ${String(thrown)}`).toBe(true);
  return thrown as AssessmentInputError;
}

/**
 * One test per refusal: the rule called directly throws AssessmentInputError with exactly the
 * issues of the table, and the composer given the same section throws the same issues (same codes,
 * same sentences), the section's key in front of each path. A problem of the section as a whole
 * (path `[]`) is the one place the sentences may differ: the composer can name the section by its
 * key ("ecr (400-hotline calls): …"), the rule only as "the value".
 */
export function refusesAsTheComposer(key: SectionKey, rule: (section: never) => unknown, refusals: readonly Refusal[]): void {
  it.each(refusals)("$why", ({ section, issues }) => {
    const direct = inputErrorOf(() => rule(section as never));
    expect(direct.issues.map(({ path, code }) => ({ path, code }))).toEqual(issues);
    for (const issue of direct.issues) {
      expect(issue.message.zh).not.toBe("");
      expect(issue.message.en).not.toBe("");
    }
    const composed = inputErrorOf(() => assessQuarter({ partner: { id: "P-1" }, quarter: "2024-Q3", [key]: section }));
    const words = (issue: InputIssue) => (issue.path.length === 0 ? expect.any(Object) : issue.message);
    expect(composed.issues).toEqual(direct.issues.map((issue) => ({ ...issue, path: [key, ...issue.path], pointer: `/${key}${issue.pointer}`, message: words(issue) })));
  });
}
