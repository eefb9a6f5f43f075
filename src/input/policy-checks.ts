import { type IssueDraft, withPathPrefix } from "../errors/assessment-input-error.js";
import type { Policy } from "../policy/schema.js";
import { ecrIssues } from "../rules/ecr.js";
import { keyEventIssues } from "../rules/key-events.js";
import { majorProjectIssues } from "../rules/major-projects.js";
import { repOfficeIssues } from "../rules/rep-office.js";
import { satisfactionIssues } from "../rules/satisfaction.js";
import { trainingIssues } from "../rules/training.js";
import type { QuarterSections } from "./schema.js";

/**
 * The problems a well-formed partner-quarter can still have under a given policy: the cross-field
 * and policy-dependent checks each rule makes of its own argument (a rating above the maximum, an
 * on-time report without a rating, more simple calls than calls …), with paths from the input's root.
 *
 * @example quarterIssues({ …, ecr: { simpleCalls: 9, totalCalls: 5 } }, policy)[0].path; // ["ecr", "simpleCalls"]
 */
export function quarterIssues(input: QuarterSections, policy: Policy): IssueDraft[] {
  return [
    ...withPathPrefix(["majorProjects"], majorProjectIssues(input.majorProjects ?? [], policy)),
    ...withPathPrefix(["satisfaction"], satisfactionIssues(input.satisfaction ?? [], policy)),
    ...withPathPrefix(["repOffice"], repOfficeIssues(input.repOffice ?? {})),
    ...withPathPrefix(["ecr"], input.ecr ? ecrIssues(input.ecr) : []),
    ...withPathPrefix(["training"], trainingIssues(input.training ?? {})),
    ...withPathPrefix(["keyEvents"], keyEventIssues(input.keyEvents ?? [])),
  ];
}
