import * as z from "../zod.js";
import type { OutcomeCode } from "../messages/steps.js";
import type { Policy } from "../policy/schema.js";
import { ALWAYS, listOf, strictFields, text } from "./fields.js";
import { inLibraryWords, report } from "./library-issues.js";
import { field, type FieldWords } from "./registry.js";
import { uniqueIds } from "./unique-ids.js";

/** The survey outcome codes, in the policy's order (三.2.2). */
export const OUTCOME_CODES = [
  "very_satisfied",
  "satisfied",
  "neutral",
  "dissatisfied",
  "very_dissatisfied",
  "unreachable",
  "unreachable_after_reminder",
] as const satisfies readonly OutcomeCode[];

const WORDS = {
  list: {
    label: { zh: "客户满意度回访", en: "satisfaction surveys" },
    description: { zh: "呼叫中心对重大项目的回访,每个项目一次,记最终结果(三.2.2)", en: "The call center's surveys of major projects, one per project with its final outcome (3.2.2)" },
  },
  projectId: { label: { zh: "项目编号", en: "project id" } },
} as const satisfies Record<string, FieldWords>;

/**
 * The policy's Chinese label of an outcome (三.2.2: 非常满意 … 回访不通, 提醒后回访不通).
 *
 * @example outcomeLabel("unreachable_after_reminder", CLOUD_DESKTOP_2024); // "提醒后回访不通"
 */
export function outcomeLabel(code: OutcomeCode, policy: Policy): string {
  const rules = policy.satisfaction;
  if (code === "unreachable") return rules.unreachable.label;
  if (code === "unreachable_after_reminder") return rules.unreachableAfterReminder.label;
  return rules.outcomes[code].label;
}

/** The outcome field under a policy: a code or the policy's label, read as the code. */
function outcome(policy: Policy) {
  const codes = new Map<string, OutcomeCode>(OUTCOME_CODES.flatMap((code) => [[code, code] as const, [outcomeLabel(code, policy), code] as const]));
  const accepted = OUTCOME_CODES.map((code) => ({ code, label: outcomeLabel(code, policy) }));
  const words: FieldWords = {
    label: { zh: "回访结果", en: "survey outcome" },
    description: {
      zh: `回访结果:代码或政策中的标签(${accepted.map((entry) => `${entry.label} ${entry.code}`).join("、")})`,
      en: `The outcome: a code or the policy's Chinese label (${accepted.map((entry) => `${entry.code} ${entry.label}`).join(", ")})`,
    },
  };
  const schema = z
    .string({ error: inLibraryWords })
    .superRefine((value, ctx) => {
      if (!codes.has(value)) report(ctx, "UNKNOWN_OUTCOME", { received: value, accepted });
    })
    .transform((value) => codes.get(value) as OutcomeCode);
  field(schema.in, words, { enum: [...codes.keys()] });
  return schema;
}

/**
 * The quarter's satisfaction surveys under a policy: each project once, with an outcome the policy
 * knows (its code or its Chinese label, read as the code).
 *
 * @example satisfactionSchema(CLOUD_DESKTOP_2024).parse([{ projectId: "MP-01", outcome: "非常满意" }])[0].outcome; // "very_satisfied"
 */
export function satisfactionSchema(policy: Policy) {
  const survey = strictFields({ projectId: text("projectId", WORDS.projectId, 200), outcome: outcome(policy) });
  return field(
    listOf(survey).superRefine((items, ctx) => uniqueIds(items, ctx, "projectId"), ALWAYS),
    WORDS.list,
  );
}

/** A survey as the rules read it (the outcome as its code). */
export type SatisfactionSurvey = z.output<ReturnType<typeof satisfactionSchema>>[number];
/** A survey as a caller gives it (the outcome as a code or the policy's label). */
export type SatisfactionSurveyInput = z.input<ReturnType<typeof satisfactionSchema>>[number];
