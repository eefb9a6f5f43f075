import * as z from "../zod.js";
import { ApplicationSchema, CertificationProgressSchema, StandingRecordSchema } from "../standing/schema.js";

/** The JSON Schemas of the standing inputs the package ships (`schemas/<name>.schema.json`). */
export const STANDING_JSON_SCHEMA_NAMES = ["standing-record", "application", "certification-progress"] as const;
/** One of {@link STANDING_JSON_SCHEMA_NAMES}. */
export type StandingJsonSchemaName = (typeof STANDING_JSON_SCHEMA_NAMES)[number];

const SCHEMAS = {
  "standing-record": {
    schema: StandingRecordSchema,
    title: "star-assessment partner record",
    description:
      "A partner's record for its standing between assessments (四.2, 五, 七): certifications, engineers with their certificates, departures and pledges, stored quarterly verdicts and sanctions. Cross-field rules (dates in order, unique engineer IDs, the certificate type) are checked by the library, not by this schema.",
  },
  application: {
    schema: ApplicationSchema,
    title: "star-assessment application",
    description: "An application for the Cloud Desktop star certification (一, 六, 七), checked by checkEligibility.",
  },
  "certification-progress": {
    schema: CertificationProgressSchema,
    title: "star-assessment certification progress",
    description: "The dates of a certification's steps (六): application, HQ review, interviews, on-site certification, HQ final opinion.",
  },
} as const;

/**
 * The JSON Schema (draft 2020-12) of a standing input, generated from its zod schema.
 *
 * @example standingJsonSchema("standing-record").title; // "star-assessment partner record"
 */
export function standingJsonSchema(name: StandingJsonSchemaName): Record<string, unknown> {
  const { schema, title, description } = SCHEMAS[name];
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return { $schema, title, description, ...rest };
}
