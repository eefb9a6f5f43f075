import * as z from "../zod.js";
import { AssessmentSchema } from "../assessment/schema.js";
import { FIELDS } from "../input/registry.js";
import { QuarterInputSchema } from "../input/quarter.js";
import { ApplicationSchema, CertificationProgressSchema, StandingRecordSchema } from "../standing/schema.js";

/** The JSON Schemas the package ships, by name. */
export const JSON_SCHEMA_NAMES = ["input", "assessment", "standing-record", "application", "certification-progress"] as const;
/** One of {@link JSON_SCHEMA_NAMES}. */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SCHEMAS: Record<JsonSchemaName, { schema: z.ZodType; io: "input" | "output"; title: string; description: string }> = {
  input: {
    schema: QuarterInputSchema,
    io: "input",
    title: "star-assessment partner-quarter input",
    description:
      "One partner's quarter for the H3C Cloud Desktop star-partner assessment. Checks across fields (completed ≤ required, simple calls ≤ calls, a rating for an on-time report, ids once, key-event dates inside the quarter …) are made by the library. / 云桌面服务资质认证 季度考核的一个合作伙伴季度;跨字段的检查由程序完成。",
  },
  assessment: {
    schema: AssessmentSchema,
    io: "output",
    title: "star-assessment assessment",
    description:
      "The scored partner-quarter: five items with their steps, the key-event adjustment, the total, the downgrade verdict (4.1) and the warnings. / 季度考核结果:五个考核项及计算步骤、关键事件加减分、总分、降级结论(四.1)与提示。",
  },
  "standing-record": {
    schema: StandingRecordSchema,
    io: "input",
    title: "star-assessment partner record",
    description:
      "A partner's record for its standing between assessments (4.2, 5, 7): certifications, engineers with their certificates, departures and pledges, stored quarterly verdicts and sanctions. Checks across fields (dates in order, unique engineer ids, the certificate type) are made by the library. / 合作伙伴档案(四.2、五、七):认证、工程师及其证书、离职与承诺函、已存的季度结论与处罚;跨字段的检查由程序完成。",
  },
  application: {
    schema: ApplicationSchema,
    io: "input",
    title: "star-assessment application",
    description: "An application for the Cloud Desktop star certification (1, 6, 7), checked by checkEligibility. / 云桌面星级认证申请(一、六、七),由 checkEligibility 检查。",
  },
  "certification-progress": {
    schema: CertificationProgressSchema,
    io: "input",
    title: "star-assessment certification progress",
    description: "The dates of a certification's steps (6): application, HQ review, interviews, on-site certification, HQ final opinion. / 认证各步骤的日期(六):申请、总部初审、面试、代表处现场认证、总部终审。",
  },
};

/**
 * A field's JSON Schema from its metadata: what it accepts (where the library says more than zod's
 * own conversion can), and a description in English and Chinese.
 */
function fromFieldMeta(context: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  const own = FIELDS.get(context.zodSchema as z.ZodType);
  // A field that may be null is described where it is named, outside its "anyOf" of the value and null.
  const inner = (context.zodSchema._zod.def as { type: string; innerType?: z.core.$ZodType }).innerType;
  const meta = own ?? (context.zodSchema._zod.def.type === "nullable" && inner !== undefined ? FIELDS.get(inner as z.ZodType) : undefined);
  if (meta === undefined) return;
  if (own !== undefined && meta.json !== undefined) {
    for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
    Object.assign(context.jsonSchema, structuredClone(meta.json));
  }
  const en = meta.description === undefined ? meta.label.en : `${meta.label.en}: ${meta.description.en}`;
  const zh = meta.description === undefined ? meta.label.zh : `${meta.label.zh}:${meta.description.zh}`;
  context.jsonSchema["description"] = `${en} / ${zh}`;
}

/**
 * The JSON Schema (draft 2020-12) of an input (a quarter, a record, an application, a progress) or of the output, generated from the zod schemas and
 * their fields' metadata, for systems in other languages. The same documents ship in the package as
 * `schemas/*.schema.json`.
 *
 * @example jsonSchema("input").title; // "star-assessment partner-quarter input"
 */
export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, io, title, description } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", override: fromFieldMeta });
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}
