import { Decimal } from "decimal.js";
import * as z from "../zod.js";
import { CLAUSE_IDS, READING_IDS } from "./clauses.js";
import type { DeepReadonly } from "./deep-freeze.js";
import { StandingPolicySchema } from "./standing.js";

/**
 * The policy as data: the zod schema every policy object must pass. Types are inferred
 * from it, so the schema is the single description of what a policy holds.
 */

const clauseId = z.enum(CLAUSE_IDS);
const readingId = z.enum(READING_IDS);
const points = z.number().finite().nonnegative();
const wholeCount = z.number().int().nonnegative();

/** A value of the policy with the clause it comes from and, where one applies, the reading of it. */
const param = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, clause: clauseId, reading: readingId.optional() });

/** A band edge as an exact decimal fraction, e.g. "0.08" for 8 %. Never a binary float. */
const EXACT_FRACTION = /^\d+(\.\d+)?$/;
const exactFraction = z.string().regex(EXACT_FRACTION, "an exact decimal such as \"0.08\"");

const bandEdge = z.strictObject({ at: exactFraction, inclusive: z.boolean() });

const band = z.strictObject({
  /** Lower edge: the first band starts at 0 inclusive. */
  from: bandEdge,
  /** Upper edge; null for the last band, which is unbounded. */
  to: bandEdge.nullable(),
  points,
});

/**
 * A table of bands over a ratio (0 … ∞), ascending. The schema rejects gaps and overlaps: each band
 * starts exactly where the one before ends, with the opposite edge kind (≤ 8 % then > 8 %).
 */
const bandTable = z
  .strictObject({ clause: clauseId, bands: z.array(band).min(1) })
  .superRefine((table, ctx) => {
    const { bands } = table;
    // An edge that is not an exact decimal has its own issue already; the order of the bands can wait.
    const edges = bands.flatMap((band) => (band.to === null ? [band.from.at] : [band.from.at, band.to.at]));
    if (!edges.every((at) => EXACT_FRACTION.test(at))) return;
    const first = bands[0];
    if (first && !(new Decimal(first.from.at).isZero() && first.from.inclusive)) {
      ctx.addIssue({ code: "custom", path: ["bands", 0, "from"], message: "the first band must start at 0 inclusive" });
    }
    bands.forEach((current, index) => {
      const next = bands[index + 1];
      if (current.to === null) {
        if (next) ctx.addIssue({ code: "custom", path: ["bands", index, "to"], message: "only the last band may be unbounded" });
        return;
      }
      const from = new Decimal(current.from.at);
      const to = new Decimal(current.to.at);
      const empty = to.lessThan(from) || (to.equals(from) && !(current.from.inclusive && current.to.inclusive));
      if (empty) ctx.addIssue({ code: "custom", path: ["bands", index], message: "the band is empty" });
      if (!next) {
        ctx.addIssue({ code: "custom", path: ["bands", index, "to"], message: "the last band must be unbounded (to: null)" });
        return;
      }
      if (!new Decimal(next.from.at).equals(to)) {
        ctx.addIssue({
          code: "custom",
          path: ["bands", index + 1, "from"],
          message: `a gap or overlap: this band starts at ${next.from.at}, the band before ends at ${current.to.at}`,
        });
      } else if (next.from.inclusive === current.to.inclusive) {
        ctx.addIssue({
          code: "custom",
          path: ["bands", index + 1, "from"],
          message: `edge ${current.to.at} is ${current.to.inclusive ? "in both bands (overlap)" : "in neither band (gap)"}`,
        });
      }
    });
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const satisfactionOutcome = z.strictObject({ label: z.string().min(1), points: param(points) });

type Ctx = z.core.$RefinementCtx<unknown>;

/** Reports a value of the policy above its item's maximum (三.1 分值), at its path inside the section. */
function notAbove(ctx: Ctx, value: number, max: number, path: (string | number)[]): void {
  if (value > max) ctx.addIssue({ code: "custom", path, message: `${value} is above the item's max ${max}` });
}

// Each section checks its own values against each other, so a problem in one section never hides
// another section's problems: the policy's error lists them all.

const majorProjects = z
  .strictObject({
    max: param(points),
    ratingMax: param(points),
    scoreWithoutProjects: param(points),
    deadlineDayIsOnTime: param(z.boolean()),
    aggregation: param(z.enum(["mean", "seat-weighted-mean"])),
    definition: z.strictObject({
      products: param(z.array(z.string().min(1)).min(1)),
      minSeats: param(wholeCount),
    }),
  })
  .superRefine((section, ctx) => {
    notAbove(ctx, section.ratingMax.value, section.max.value, ["ratingMax"]);
    notAbove(ctx, section.scoreWithoutProjects.value, section.max.value, ["scoreWithoutProjects"]);
  });

const satisfaction = z
  .strictObject({
    max: param(points),
    outcomes: z.strictObject({
      very_satisfied: satisfactionOutcome,
      satisfied: satisfactionOutcome,
      neutral: satisfactionOutcome,
      dissatisfied: satisfactionOutcome,
      very_dissatisfied: satisfactionOutcome,
    }),
    unreachable: z.strictObject({ label: z.string().min(1), deduction: param(points) }),
    unreachableAfterReminder: z.strictObject({
      label: z.string().min(1),
      deduction: param(points),
      addsToUnreachable: param(z.boolean()),
    }),
    baseWithoutCompletedSurvey: param(points),
    scoreWithoutSurveys: param(points),
  })
  .superRefine((section, ctx) => {
    for (const [code, outcome] of Object.entries(section.outcomes)) notAbove(ctx, outcome.points.value, section.max.value, ["outcomes", code, "points"]);
    notAbove(ctx, section.baseWithoutCompletedSurvey.value, section.max.value, ["baseWithoutCompletedSurvey"]);
    notAbove(ctx, section.scoreWithoutSurveys.value, section.max.value, ["scoreWithoutSurveys"]);
    const labels = [...Object.values(section.outcomes).map((o) => o.label), section.unreachable.label, section.unreachableAfterReminder.label];
    if (new Set(labels).size !== labels.length) ctx.addIssue({ code: "custom", path: [], message: "satisfaction labels must be distinct" });
  });

const repOffice = z.strictObject({
  max: param(points),
  unlicensedWorkPerCase: param(points),
  vendorAssistPerPersonDay: param(points),
  simpleIssueTickets: z.strictObject({
    tiers: param(z.array(z.strictObject({ atLeast: wholeCount, deduction: points })).min(1)).superRefine((tiers, ctx) => {
      const thresholds = tiers.value.map((t) => t.atLeast);
      if (new Set(thresholds).size !== thresholds.length) ctx.addIssue({ code: "custom", path: [], message: "ticket tiers must have distinct thresholds" });
    }),
    combine: param(z.enum(["highest", "add"])),
  }),
});

const ecr = z
  .strictObject({
    max: param(points),
    bands: bandTable,
    fullScoreAtMostSimpleCalls: param(wholeCount),
    scoreWithoutCalls: param(points),
  })
  .superRefine((section, ctx) => {
    notAbove(ctx, section.scoreWithoutCalls.value, section.max.value, ["scoreWithoutCalls"]);
    section.bands.bands.forEach((b, i) => notAbove(ctx, b.points, section.max.value, ["bands", "bands", i, "points"]));
  });

const trainingPart = z.strictObject({ max: param(points), bands: bandTable });

const training = z
  .strictObject({
    max: param(points),
    online: trainingPart,
    offline: trainingPart,
  })
  .superRefine((section, ctx) => {
    if (section.online.max.value + section.offline.max.value !== section.max.value) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "training max must be online max + offline max" });
    }
    for (const part of ["online", "offline"] as const) {
      section[part].bands.bands.forEach((b, i) => notAbove(ctx, b.points, section[part].max.value, [part, "bands", "bands", i, "points"]));
    }
  });

export const PolicySchema = z.strictObject({
  id: z.string().min(1),
  title: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  source: z.string().min(1),
  effectiveFrom: param(isoDate),
  rounding: z.strictObject({
    decimals: param(wholeCount),
    mode: param(z.literal("half-up")),
  }),
  majorProjects,
  satisfaction,
  repOffice,
  ecr,
  training,
  verdict: z.strictObject({
    passThreshold: param(points),
    itemZeroDowngradeQuarters: param(wholeCount.min(1)),
    reapplyAfterQuarters: param(wholeCount.min(1)),
    falsifiedCustomerInfoCancelQuarters: param(wholeCount.min(1)),
  }),
  standing: StandingPolicySchema,
});

/** A policy as written (before validation and freezing). */
export type PolicyInput = z.input<typeof PolicySchema>;
/** A validated, deep-frozen policy. */
export type Policy = DeepReadonly<z.output<typeof PolicySchema>>;
/** A band table of a policy: ascending, gap-free bands over a ratio. */
export type BandTable = DeepReadonly<z.output<typeof bandTable>>;
/** One band of a {@link BandTable}. */
export type Band = BandTable["bands"][number];
/** A satisfaction outcome code that carries points. */
export type ScoredOutcome = keyof Policy["satisfaction"]["outcomes"];
