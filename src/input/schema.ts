import { z } from "zod";
import { inputMessages } from "../messages/input.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { findPolicy } from "../policy/policy-for.js";
import type { Policy } from "../policy/schema.js";
import { isCalendarDate } from "../dates/calendar-date.js";
import { isQuarterId } from "../dates/quarter.js";
import { LARGEST_AMOUNT } from "../rules/amounts.js";
import type { EcrCalls } from "../rules/ecr.js";
import { outcomeLabel, SATISFACTION_OUTCOMES } from "../rules/satisfaction.js";
import { quarterIssues } from "./policy-checks.js";

/**
 * The partner-quarter input (SPEC §7) as a zod schema: the one description of the input, from which
 * the TypeScript type and the shipped JSON Schema come. Unknown keys are errors (a typo must not
 * score silently). After the shape, it runs every rule's own checks under the policy in force for the
 * quarter (see {@link quarterIssues}).
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const wholeCount = z.number().int().nonnegative().max(LARGEST_AMOUNT);
const amount = z.number().nonnegative().max(LARGEST_AMOUNT);
const calendarDate = z.string().refine(isCalendarDate, { params: { code: "NOT_CALENDAR_DATE" } });

const outcomeValues = SATISFACTION_OUTCOMES.flatMap((code) => [code, outcomeLabel(code, CLOUD_DESKTOP_2024)]);

const majorProject = z.strictObject({
  id: text(200),
  product: text(200).describe("WorkSpace or LearningSpace; another product is scored with a warning"),
  seats: wholeCount.describe("点数"),
  deadline: calendarDate.describe("the quarter's deadline for the handover report"),
  submittedOn: calendarDate.nullable().describe("when the handover report was submitted; null if not"),
  rating: amount.optional().describe("the rep office's rating, 0 … 30; required when the report was on time"),
});

const survey = z.strictObject({
  projectId: text(200),
  outcome: z.enum(outcomeValues as [string, ...string[]]).describe("outcome code or the policy's Chinese label"),
});

const repOffice = z.strictObject({
  deliveryQualityDeduction: amount.optional(),
  unlicensedWorkCases: wholeCount.optional(),
  vendorAssistPersonDays: amount.optional(),
  simpleIssueTickets: wholeCount.optional(),
  keyEventDeduction: amount.optional(),
});

const ecr = z
  .strictObject({
    simpleCalls: wholeCount.optional(),
    totalCalls: wholeCount.optional(),
    rate: z.union([z.number(), z.string()]).optional().describe('0 … 1 or "0%" … "100%"'),
  })
  .describe("either { simpleCalls, totalCalls } or { rate, simpleCalls? }")
  .superRefine((value, ctx) => {
    const counts = value.totalCalls !== undefined;
    const rate = value.rate !== undefined;
    if (counts === rate || (counts && value.simpleCalls === undefined)) {
      ctx.addIssue({ code: "custom", path: [], params: { code: "RATE_OR_COUNTS", message: inputMessages.ratesOrCounts() } });
    }
  })
  .transform(({ simpleCalls, totalCalls, rate }): EcrCalls =>
    rate === undefined ? { simpleCalls: simpleCalls ?? 0, totalCalls: totalCalls ?? 0 } : { rate, simpleCalls },
  );

const trainingParts = {
  online: z.strictObject({ required: wholeCount, completed: wholeCount }).optional(),
  offline: z.strictObject({ required: wholeCount, attended: wholeCount }).optional(),
};
const training = z.strictObject(trainingParts);

const keyEvent = z.strictObject({
  id: text(200),
  kind: z.enum(["bonus", "penalty"]),
  points: amount,
  note: z.string().max(2000),
  major: z.enum(["downgrade", "blacklist"]).optional().describe("set for a major key event (四.2.2)"),
  date: calendarDate.optional().describe("required for a major key event"),
});

/**
 * The parts of the sections that can be checked on their own: a list's elements, the training's two
 * parts. When a section fails its shape, the cross-field checks still run on its well-formed parts.
 */
export const PART_SCHEMAS = {
  majorProjects: majorProject,
  satisfaction: survey,
  keyEvents: keyEvent,
  training: trainingParts,
} as const;

/** The scored sections of a partner-quarter, each of which can be checked on its own. */
export const SECTION_SCHEMAS = {
  majorProjects: z.array(majorProject).optional(),
  satisfaction: z.array(survey).optional(),
  repOffice: repOffice.optional(),
  ecr: ecr.optional(),
  training: training.optional(),
  keyEvents: z.array(keyEvent).optional(),
};

const quarterShape = z.strictObject({
  partner: z.strictObject({ id: text(200), name: text(500).optional() }),
  quarter: z.string().refine(isQuarterId, { params: { code: "NOT_QUARTER" } }).describe("YYYY-Qn"),
  ...SECTION_SCHEMAS,
  flags: z.strictObject({ customerInfoFalsified: z.boolean().optional() }).optional(),
});

/**
 * The partner-quarter schema checked under a given policy, or, without one, under the shipped policy
 * in force for the input's quarter (the 2024 policy when none is).
 *
 * @example createQuarterInputSchema(myPolicy).safeParse(data).success;
 */
export function createQuarterInputSchema(policy?: Policy) {
  return quarterShape.superRefine((input, ctx) => {
    const rules = policy ?? (isQuarterId(input.quarter) ? findPolicy(input.quarter) : undefined) ?? CLOUD_DESKTOP_2024;
    for (const issue of quarterIssues(input, rules)) {
      ctx.addIssue({ code: "custom", path: [...issue.path], params: { code: issue.code, message: issue.message } });
    }
  });
}

/** The partner-quarter input (SPEC §7), checked under the policy in force for its quarter. */
export const QuarterInputSchema = /* @__PURE__ */ createQuarterInputSchema();

/** A validated partner-quarter. */
export type QuarterInput = z.output<typeof quarterShape>;
/** The scored sections of a validated partner-quarter. */
export type QuarterSections = Pick<QuarterInput, keyof typeof SECTION_SCHEMAS>;
