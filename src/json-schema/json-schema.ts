import { z } from "zod";
import { AssessmentSchema } from "../assessment/schema.js";
import { QuarterInputSchema } from "../input/schema.js";

/** The JSON Schemas the package ships, by name. */
export const JSON_SCHEMA_NAMES = ["input", "assessment"] as const;
/** One of {@link JSON_SCHEMA_NAMES}. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const TITLES: Record<JsonSchemaName, { title: string; description: string }> = {
  input: {
    title: "star-assessment partner-quarter input",
    description:
      "One partner's quarter for the H3C Cloud Desktop star-partner assessment (云桌面服务资质认证 季度考核). Cross-field rules (completed ≤ required, simple calls ≤ calls, a rating for an on-time report …) are checked by the library, not by this schema.",
  },
  assessment: {
    title: "star-assessment assessment",
    description: "The scored partner-quarter: five items with their steps, the key-event adjustment, the total and the downgrade verdict (四.1).",
  },
};

/**
 * The JSON Schema (draft 2020-12) of the input or the output, generated from the zod schemas, for
 * systems in other languages. The same documents ship in the package as `schemas/*.schema.json`.
 *
 * @example jsonSchema("input").properties.quarter; // { type: "string", description: "YYYY-Qn" }
 */
export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const schema = name === "input" ? QuarterInputSchema : AssessmentSchema;
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: name === "input" ? "input" : "output", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return { $schema, ...TITLES[name], ...rest };
}
