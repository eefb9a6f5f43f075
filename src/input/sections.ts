import type { Policy } from "../policy/schema.js";
import { ecrSchema } from "./ecr.js";
import { keyEventsSchema } from "./key-events.js";
import { majorProjectsSchema, reportedProjectsSchema } from "./major-projects.js";
import { repOfficeSchema } from "./rep-office.js";
import { satisfactionSchema } from "./satisfaction.js";
import { trainingSchema } from "./training.js";

/** The schema of every section of a partner-quarter under one policy. */
export interface SectionSchemas {
  readonly majorProjects: ReturnType<typeof majorProjectsSchema>;
  readonly satisfaction: ReturnType<typeof satisfactionSchema>;
  readonly repOffice: ReturnType<typeof repOfficeSchema>;
  readonly ecr: ReturnType<typeof ecrSchema>;
  readonly training: ReturnType<typeof trainingSchema>;
  readonly keyEvents: ReturnType<typeof keyEventsSchema>;
  /** The major projects as a spreadsheet holds them (ratings with their report status). */
  readonly reportedProjects: ReturnType<typeof reportedProjectsSchema>;
}

// Built once per policy. Policies are deep-frozen (assertPolicy), so a cached schema never goes stale.
const built = new WeakMap<Policy, SectionSchemas>();

/**
 * The section schemas under a policy, built on first use and kept for that policy object: the
 * composer, the rule functions, the verdict builder and the spreadsheet functions all check a
 * section with these, so the same section gets the same answer everywhere.
 *
 * @example sectionSchemas(CLOUD_DESKTOP_2024) === sectionSchemas(CLOUD_DESKTOP_2024); // true
 */
export function sectionSchemas(policy: Policy): SectionSchemas {
  let schemas = built.get(policy);
  if (schemas === undefined) {
    schemas = {
      majorProjects: majorProjectsSchema(policy),
      satisfaction: satisfactionSchema(policy),
      repOffice: repOfficeSchema(),
      ecr: ecrSchema(),
      training: trainingSchema(),
      keyEvents: keyEventsSchema(),
      reportedProjects: reportedProjectsSchema(policy),
    };
    built.set(policy, schemas);
  }
  return schemas;
}
