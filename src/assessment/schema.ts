import * as z from "../zod.js";
import { field } from "../input/registry.js";
import { ITEM_KEYS, ITEMS, type ItemKey } from "../items.js";
import { CLAUSE_IDS, READING_IDS } from "../policy/clauses.js";

/**
 * The output of {@link assessQuarter} as a zod schema: plain JSON, finite numbers, no
 * negative item score, the verdict with its reasons. Tests parse every assessment with it, and the
 * JSON Schema shipped for other languages is generated from it.
 */

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const clause = z.enum(CLAUSE_IDS);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const score = z.number().finite();

// One JSON Schema type per branch: strict validators refuse a list of types ("type": [...]).
const figure = field(z.union([z.number().finite(), z.string(), z.boolean(), z.null()]), { label: { zh: "计算数值", en: "figure" } }, {
  oneOf: [{ type: "number" }, { type: "string" }, { type: "boolean" }, { type: "null" }],
});

const step = z.strictObject({
  rule: z.string().min(1),
  clause,
  reading: z.enum(READING_IDS).optional(),
  warning: z.literal(true).optional(),
  message: bilingual,
  figures: z.record(z.string(), figure),
});

const item = z
  .strictObject({
    score: score.nonnegative(),
    max: score.nonnegative(),
    clause,
    notApplicable: z.boolean(),
    steps: z.array(step).min(1),
  })
  .refine((value) => value.score <= value.max, { message: "score above max" });

const reason = z.discriminatedUnion("code", [
  z.strictObject({
    code: z.literal("ITEM_ZERO"),
    clause: z.literal("4.1.a"),
    item: z.enum(ITEM_KEYS as [ItemKey, ...ItemKey[]]),
    effectiveFrom: date,
    restoresOn: date,
    message: bilingual,
  }),
  z.strictObject({
    code: z.literal("TOTAL_BELOW_THRESHOLD"),
    clause: z.literal("4.1.b"),
    total: score,
    threshold: score,
    effectiveFrom: date,
    reapplyFrom: date,
    message: bilingual,
  }),
  z.strictObject({
    code: z.literal("CUSTOMER_INFO_FALSIFIED"),
    clause: z.literal("3.2.2"),
    seeAlso: z.literal("7.1"),
    effectiveFrom: date,
    restoresOn: date,
    message: bilingual,
  }),
  z.strictObject({
    code: z.literal("MAJOR_KEY_EVENT"),
    clause: z.literal("4.2.2"),
    eventId: z.string().min(1),
    severity: z.enum(["downgrade", "blacklist"]),
    date,
    effectiveFrom: date,
    message: bilingual,
  }),
]);

export const AssessmentSchema = z.strictObject({
  partnerId: z.string().min(1),
  partnerName: z.string().nullable(),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
  policy: z.string().min(1),
  items: z.strictObject(Object.fromEntries(ITEMS.map(({ key }) => [key, item])) as Record<ItemKey, typeof item>),
  keyEventAdjustment: score,
  keyEvents: z.strictObject({ adjustment: score, clause: z.literal("3.2.6"), steps: z.array(step).min(1) }),
  total: score,
  verdict: z.strictObject({
    downgrade: z.boolean(),
    blacklist: z.boolean(),
    reasons: z.array(reason),
    effectiveFrom: date,
    restoresOn: date.nullable(),
    reapplyFrom: date.nullable(),
    message: bilingual,
  }),
  warnings: z.array(
    z.strictObject({
      code: z.literal("SECTION_MISSING"),
      path: z.array(z.string()).min(1),
      pointer: z.string().min(1),
      reading: z.enum(READING_IDS).nullable(),
      message: bilingual,
    }),
  ),
});
