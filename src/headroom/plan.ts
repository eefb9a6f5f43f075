import { z } from "zod";
import { AssessmentInputError, type IssueDraft, throwIfAny } from "../errors/assessment-input-error.js";
import { toIssueDraft } from "../input/zod-issues.js";
import { both } from "../messages/bilingual.js";
import { enHeadroom } from "../messages/en/headroom.js";
import { zhHeadroom } from "../messages/zh/headroom.js";
import { exact } from "../numbers/exact.js";
import { describeBand } from "../policy/band.js";
import { assertPolicy } from "../policy/assert-policy.js";
import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import type { BandTable, Policy } from "../policy/schema.js";
import { LARGEST_AMOUNT } from "../rules/amounts.js";
import { type TrainingPart, scoreTraining } from "../rules/training.js";
import { numeratorBreakpoints } from "./band-edges.js";
import type { HeadroomIssueCode } from "./issue-codes.js";
import { gridPosition, gridValue } from "./grid.js";
import { simpleCallsAxis } from "./levers/ecr.js";
import { repOfficeLevers } from "./levers/rep-office.js";
import { linearNearest } from "./linear-edges.js";
import { rational } from "./rational.js";
import { axisSegments, type Segment, stepAxis } from "./step-axis.js";

/**
 * Planning a quarter before it happens (SPEC §8): from the calls, online learners and core engineers
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

const count = z.number().int().nonnegative().max(LARGEST_AMOUNT);
const ExpectedVolumesSchema = z.strictObject({ calls: count.optional(), online: count.optional(), offline: count.optional() });

/** Validates plain arguments with a zod schema, throwing every problem as {@link AssessmentInputError}. */
function checked<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new AssessmentInputError(parsed.error.issues.map(toIssueDraft));
  return parsed.data;
}

/** A band table's points, as a list a message can show. */
function pointsOf(table: BandTable): number[] {
  return table.bands.map((band) => band.points);
}

function bandPointsIssue(points: unknown, table: BandTable): IssueDraft[] {
  const accepted = pointsOf(table);
  if (typeof points === "number" && accepted.includes(points)) return [];
  return [{ path: ["points"], code: "NOT_BAND_POINTS" satisfies HeadroomIssueCode, message: both(zhHeadroom, enHeadroom, "notBandPoints", { points: Number(points), accepted: accepted.join(", ") }) }];
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
  const field = part === "online" ? "completed" : "attended";
  const table = policy.training[part].bands;
  const axis = stepAxis(0, required, numeratorBreakpoints(table, required), (done) =>
    exact(scoreTraining({ [part]: { required, [field]: done } }, policy).score).minus(policy.training[other].max.value).toNumber(),
  );
  const segments = axisSegments(axis);
  return table.bands.map((band) => ({ points: band.points, band: describeBand(band), minDone: smallestScoring(segments, band.points) }));
}

function repOfficeBudget(policy: Policy): RepOfficeBudget {
  const max = policy.repOffice.max.value;
  const zero = { kind: "atMost", score: 0 } as const;
  const decimals = policy.rounding.decimals.value;
  const hundredth = 10 ** -decimals;
  // A deduction in the score's own precision: the first total that brings the item to 0, less one step.
  const total = linearNearest({ exact: rational(max), units: { n: 0n, d: 1n }, slope: rational(-hundredth), position: gridPosition(0, 1), min: 0, max: Number.MAX_SAFE_INTEGER }, 1, zero, max, policy);
  const levers = repOfficeLevers({}, max, policy);
  const alone = Object.fromEntries(
    levers.map((lever) => {
      const found = lever.nearest(1, zero);
      return [lever.path.split("/").at(-1), found === null ? null : exact(found.to as number).minus(lever.step).toNumber()];
    }),
  ) as unknown as RepOfficeBudget["alone"];
  return { max, budget: gridValue((total as number) - 1, hundredth), alone };
}

/**
 * The largest simple-call count that scores at least `points` (the points of an ECR band of 三.2.4) at
 * `calls` calls in the quarter, or null when none does. At most 5 simple calls score in full whatever
 * the ratio, so at 50 calls the 15-point band allows 5.
 *
 * @example maxSimpleCalls(120, 15); // 9 (9/120 = 7.5 % ≤ 8 %; 10/120 = 8.33 %)
 */
export function maxSimpleCalls(calls: number, points: number, policy: Policy = CLOUD_DESKTOP_2024): number | null {
  const { calls: valid } = checked(z.strictObject({ calls: count }), { calls });
  throwIfAny(bandPointsIssue(points, policy.ecr.bands));
  return (ecrPlan(valid, policy).find((band) => band.points === points) as EcrPlanBand).maxSimpleCalls;
}

/**
 * The fewest online completions (`online`) or offline attendances (`offline`) that score at least
 * `points` (the points of a band of that part of 三.2.5) when `required` are required, or null when
 * none does. With nobody required the part scores in full (reading R9), so 0 is enough.
 *
 * @example minTrainingDone("online", 8, 5); // 7 (7/8 = 87.5 % ≥ 80 %; 6/8 = 75 %)
 */
export function minTrainingDone(part: TrainingPart, required: number, points: number, policy: Policy = CLOUD_DESKTOP_2024): number | null {
  const { required: valid } = checked(z.strictObject({ required: count }), { required });
  throwIfAny(bandPointsIssue(points, policy.training[part].bands));
  return (trainingPlan(part, valid, policy).find((band) => band.points === points) as TrainingPlanBand).minDone;
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
  const volumes = checked(ExpectedVolumesSchema, expected);
  return {
    policy: policy.id,
    ecr: volumes.calls === undefined ? null : { calls: volumes.calls, fullScoreAtMostSimpleCalls: policy.ecr.fullScoreAtMostSimpleCalls.value, bands: ecrPlan(volumes.calls, policy) },
    online: volumes.online === undefined ? null : { required: volumes.online, bands: trainingPlan("online", volumes.online, policy) },
    offline: volumes.offline === undefined ? null : { required: volumes.offline, bands: trainingPlan("offline", volumes.offline, policy) },
    repOffice: repOfficeBudget(policy),
  };
}
