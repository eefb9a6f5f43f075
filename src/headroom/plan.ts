import * as z from "../zod.js";
import { count, strictFields } from "../input/fields.js";
import { report } from "../input/library-issues.js";
import { field, type FieldWords } from "../input/registry.js";
import { parseWith } from "../input/parse.js";
import type { TrainingPart } from "../messages/steps.js";
import { exactMinus } from "../numbers/exact.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { describeBand } from "../policy/band.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { BandTable, Policy } from "../policy/schema.js";
import { trainingItem } from "../rules/training.js";
import { numeratorBreakpoints } from "./band-edges.js";
import { gridPosition, gridValue, numberOf } from "./grid.js";
import { simpleCallsAxis } from "./levers/ecr.js";
import { repOfficeLevers } from "./levers/rep-office.js";
import { linearNearest } from "./linear-edges.js";
import { axisSegments, type Segment, stepAxis } from "./step-axis.js";

/**
 * Planning a quarter before it happens (docs/headroom.md): from the calls, online learners and core engineers
 * a partner expects, the most simple calls and the fewest completions and attendances for every band
 * of 三.2.4 and 三.2.5, and how many rep-office deductions (三.2.3) keep that item above 0. Every answer
 * comes from the band edges (band-edges.ts) and is scored by the item's own rule.
 */

/** The volumes a partner expects this quarter; each is optional. */
export interface ExpectedVolumes {
  /** Calls to the 400 hotline (ECR's denominator). */
  readonly calls?: number | undefined;
  /** Learners required to take the online mandatory courses. */
  readonly online?: number | undefined;
  /** Core engineers required at the offline training. */
  readonly offline?: number | undefined;
}

/** One band of ECR at the expected calls: the most simple calls that score at least its points. */
export interface EcrPlanBand {
  readonly points: number;
  /** The band's range of ECR, e.g. "8% < x ≤ 10%". */
  readonly band: string;
  readonly maxSimpleCalls: number | null;
}

/** One band of a training part at the expected head count: the fewest who must complete or attend to score at least its points. */
export interface TrainingPlanBand {
  readonly points: number;
  readonly band: string;
  readonly minDone: number | null;
}

/** What {@link planQuarter} gives. */
export interface QuarterPlan {
  readonly policy: string;
  readonly ecr: { readonly calls: number; readonly fullScoreAtMostSimpleCalls: number; readonly bands: readonly EcrPlanBand[] } | null;
  readonly online: { readonly required: number; readonly bands: readonly TrainingPlanBand[] } | null;
  readonly offline: { readonly required: number; readonly bands: readonly TrainingPlanBand[] } | null;
  readonly repOffice: RepOfficeBudget;
}

/** The deductions of 三.2.3 the rep-office item can take and stay above 0 (四.1.a). */
export interface RepOfficeBudget {
  readonly max: number;
  /** The largest total deduction, in the score's own precision (0.01 point), that keeps the item above 0. */
  readonly budget: number;
  /** Each figure alone (the others 0): the largest value on its grid that keeps the item above 0; null when it never brings it to 0. */
  readonly alone: Readonly<Record<"deliveryQualityDeduction" | "unlicensedWorkCases" | "vendorAssistPersonDays" | "simpleIssueTickets" | "keyEventDeduction", number | null>>;
}

const WORDS = {
  volumes: { label: { zh: "预计业务量", en: "expected volumes" }, description: { zh: "本季度预计的来电、线上须学习人数与核心工程师人数,均可省略", en: "The calls, online learners and core engineers expected this quarter, each optional" } },
  calls: { label: { zh: "预计来电总数", en: "expected calls" }, description: { zh: "本季度预计的 400 来电总数(三.2.4)", en: "The calls to the 400 hotline expected this quarter (3.2.4)" } },
  online: { label: { zh: "线上须学习人数", en: "online learners required" }, description: { zh: "须完成线上必修课的工程师数(三.2.5)", en: "Engineers required to complete the online mandatory courses (3.2.5)" } },
  offline: { label: { zh: "核心工程师人数", en: "core engineers required" }, description: { zh: "须参加线下培训的核心工程师数(三.2.5)", en: "Core engineers required at the offline training (3.2.5)" } },
  required: { label: { zh: "须参加人数", en: "head count required" }, description: { zh: "须完成线上必修课或须参加线下培训的人数", en: "Those required to complete the online courses or to attend the offline training" } },
  points: { label: { zh: "档位得分", en: "band points" }, description: { zh: "该项某一档的得分", en: "The points of one band of the item" } },
} as const satisfies Record<string, FieldWords>;

/** The volumes' schema: each a count, each optional. */
const ExpectedVolumesSchema = /* @__PURE__ */ field(
  strictFields({
    calls: count("calls", WORDS.calls).optional(),
    online: count("online", WORDS.online).optional(),
    offline: count("offline", WORDS.offline).optional(),
  }),
  WORDS.volumes,
);

/** The points of one band of `table`: anything else is `NOT_BAND_POINTS`, naming the points it could be. */
function bandPoints(table: BandTable) {
  const accepted = table.bands.map((band) => band.points);
  const schema = z.custom<number>(() => true).superRefine((points, ctx) => {
    if (typeof points !== "number" || !accepted.includes(points)) report(ctx, "NOT_BAND_POINTS", { points, accepted });
  });
  return field(schema, WORDS.points, { enum: accepted });
}

// A plan function's arguments under one band table, built once per (deep-frozen) table: ECR's table
// is asked with the calls, each training part's with its head count.
const argumentSchemas = new WeakMap<BandTable, z.ZodType<Record<string, number>>>();

/**
 * A volume (`calls`, or a head count `required`) and the points of a band of `table`, checked in one
 * pass; every problem is reported at its argument's name.
 */
function checkedArguments<V extends "calls" | "required">(volume: V, table: BandTable, values: Readonly<Record<V | "points", unknown>>): Record<V | "points", number> {
  let schema = argumentSchemas.get(table);
  if (schema === undefined) {
    schema = strictFields({ [volume]: count(volume, WORDS[volume]), points: bandPoints(table) }) as unknown as z.ZodType<Record<string, number>>;
    argumentSchemas.set(table, schema);
  }
  return parseWith(schema, values) as Record<V | "points", number>;
}

/** The largest value of a segment list scoring at least `points`, or null. */
function largestScoring(segments: readonly Segment[], points: number): number | null {
  const reaching = segments.filter((segment) => segment.score >= points);
  return reaching.length === 0 ? null : Math.max(...reaching.map((segment) => segment.to));
}

/** The smallest value of a segment list scoring at least `points`, or null. */
function smallestScoring(segments: readonly Segment[], points: number): number | null {
  const reaching = segments.filter((segment) => segment.score >= points);
  return reaching.length === 0 ? null : Math.min(...reaching.map((segment) => segment.from));
}

function ecrPlan(calls: number, policy: Policy): EcrPlanBand[] {
  const segments = axisSegments(simpleCallsAxis(calls, policy));
  return policy.ecr.bands.bands.map((band) => ({ points: band.points, band: describeBand(band), maxSimpleCalls: largestScoring(segments, band.points) }));
}

/**
 * A training part's own points along who took part, at a head count: the item scored with that part
 * alone, less the other part's maximum (a part nobody is required for scores its maximum, reading R9).
 */
function trainingPlan(part: TrainingPart, required: number, policy: Policy): TrainingPlanBand[] {
  const other = part === "online" ? "offline" : "online";
  const table = policy.training[part].bands;
  const alone = (done: number) => (part === "online" ? { online: { required, completed: done } } : { offline: { required, attended: done } });
  const axis = stepAxis(0, required, numeratorBreakpoints(table, required), (done) => numberOf(exactMinus(trainingItem(alone(done), policy).score, policy.training[other].max.value)));
  const segments = axisSegments(axis);
  return table.bands.map((band) => ({ points: band.points, band: describeBand(band), minDone: smallestScoring(segments, band.points) }));
}

function repOfficeBudget(policy: Policy): RepOfficeBudget {
  const max = policy.repOffice.max.value;
  const zero = { kind: "atMost", score: 0 } as const;
  const decimals = policy.rounding.decimals.value;
  const hundredth = 10 ** -decimals;
  // A deduction in the score's own precision: the first total that brings the item to 0, less one step.
  const total = linearNearest({ exact: max, units: 0, slope: -hundredth, position: gridPosition(0, 1), min: 0, max: Number.MAX_SAFE_INTEGER }, 1, zero, max, policy);
  const levers = repOfficeLevers({}, max, policy);
  const alone = Object.fromEntries(
    levers.map((lever) => {
      const found = lever.nearest(1, zero);
      return [lever.path.split("/").at(-1), found === null ? null : numberOf(exactMinus(found.to as number, lever.step))];
    }),
  ) as unknown as RepOfficeBudget["alone"];
  return { max, budget: gridValue((total as number) - 1, hundredth), alone };
}

/**
 * The largest simple-call count that scores at least `points` (the points of an ECR band of 三.2.4) at
 * `calls` calls in the quarter, or null when none does. At most 5 simple calls score in full whatever
 * the ratio, so at 50 calls the 15-point band allows 5.
 *
 * @example maxSimpleCalls(120, 15); // 9 (9 of 120 is 7.5 %, ≤ 8 %; 10 of 120 is 8.33 %)
 */
export function maxSimpleCalls(calls: number, points: number, policy: Policy = CLOUD_DESKTOP_2024): number | null {
  const rules = assertPolicy(policy);
  const valid = checkedArguments("calls", rules.ecr.bands, { calls, points });
  return (ecrPlan(valid.calls, rules).find((band) => band.points === valid.points) as EcrPlanBand).maxSimpleCalls;
}

/**
 * The fewest online completions (`online`) or offline attendances (`offline`) that score at least
 * `points` (the points of a band of that part of 三.2.5) when `required` are required, or null when
 * none does. With nobody required the part scores in full (reading R9), so 0 is enough.
 *
 * @example minTrainingDone("online", 8, 5); // 7 (7 of 8 is 87.5 %, ≥ 80 %; 6 of 8 is 75 %)
 */
export function minTrainingDone(part: TrainingPart, required: number, points: number, policy: Policy = CLOUD_DESKTOP_2024): number | null {
  const rules = assertPolicy(policy);
  const valid = checkedArguments("required", rules.training[part].bands, { required, points });
  return (trainingPlan(part, valid.required, rules).find((band) => band.points === valid.points) as TrainingPlanBand).minDone;
}

/**
 * A quarter's plan from the volumes a partner expects: for every ECR band the most simple calls at the
 * expected calls; for every band of each training part the fewest completions or attendances at the
 * expected head count; and the rep-office deductions that keep that item above 0. A volume left out
 * leaves its part of the plan null. Bad volumes throw {@link AssessmentInputError}; the policy is by
 * default the 2024 policy, as for the rule functions.
 *
 * @example planQuarter({ calls: 120 }).ecr?.bands[0]; // { points: 15, band: "x ≤ 8%", maxSimpleCalls: 9 }
 */
export function planQuarter(expected: ExpectedVolumes, options: { readonly policy?: Policy | undefined } = {}): QuarterPlan {
  const policy = options.policy === undefined ? CLOUD_DESKTOP_2024 : assertPolicy(options.policy);
  const volumes = parseWith(ExpectedVolumesSchema, expected);
  return {
    policy: policy.id,
    ecr: volumes.calls === undefined ? null : { calls: volumes.calls, fullScoreAtMostSimpleCalls: policy.ecr.fullScoreAtMostSimpleCalls.value, bands: ecrPlan(volumes.calls, policy) },
    online: volumes.online === undefined ? null : { required: volumes.online, bands: trainingPlan("online", volumes.online, policy) },
    offline: volumes.offline === undefined ? null : { required: volumes.offline, bands: trainingPlan("offline", volumes.offline, policy) },
    repOffice: repOfficeBudget(policy),
  };
}
