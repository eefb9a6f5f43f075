import * as z from "../zod.js";
import { AssessmentSchema } from "../assessment/schema.js";
import { FIELDS } from "../input/fields.js";
import { QuarterInputSchema } from "../input/quarter.js";

/** The JSON Schemas the package ships, by name. */
export const JSON_SCHEMA_NAMES = ["input", "assessment"] as const;
/** One of {@link JSON_SCHEMA_NAMES}. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const TITLES: Record<JsonSchemaName, { title: string; description: string }> = {
  input: {
    title: "star-assessment partner-quarter input",
    description:
      "One partner's quarter for the H3C Cloud Desktop star-partner assessment. Checks across fields (completed ≤ required, simple calls ≤ calls, a rating for an on-time report, ids once, key-event dates inside the quarter …) are made by the library. / 云桌面服务资质认证 季度考核的一个合作伙伴季度;跨字段的检查由程序完成。",
  },
  assessment: {
    title: "star-assessment assessment",
    description:
      "The scored partner-quarter: five items with their steps, the key-event adjustment, the total, the downgrade verdict (4.1) and the warnings. / 季度考核结果:五个考核项及计算步骤、关键事件加减分、总分、降级结论(四.1)与提示。",
  },
};

/**
 * A field's JSON Schema from its metadata: what it accepts (where the library says more than zod's
 * own conversion can), and a description in English and Chinese.
 */
function fromFieldMeta(context: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  const meta = FIELDS.get(context.zodSchema as z.ZodType);
  if (meta === undefined) return;
  if (meta.json !== undefined) {
    for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
    Object.assign(context.jsonSchema, structuredClone(meta.json));
  }
  const en = meta.description === undefined ? meta.label.en : `${meta.label.en}: ${meta.description.en}`;
  const zh = meta.description === undefined ? meta.label.zh : `${meta.label.zh}:${meta.description.zh}`;
  context.jsonSchema["description"] = `${en} / ${zh}`;
}

/**
 * The JSON Schema (draft 2020-12) of the input or the output, generated from the zod schemas and
 * their fields' metadata, for systems in other languages. The same documents ship in the package as
 * `schemas/*.schema.json`.
 *
 * @example jsonSchema("input").title; // "star-assessment partner-quarter input"
 */
export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const schema = name === "input" ? QuarterInputSchema : AssessmentSchema;
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: name === "input" ? "input" : "output", unrepresentable: "any", override: fromFieldMeta });
  const { $schema, ...rest } = generated;
  return { $schema, ...TITLES[name], ...rest };
}
