import { maxSimpleCalls, minTrainingDone } from "../headroom/plan.js";
import { checkArity, namingArguments, params } from "./arguments.js";
import { byPath, type Cell, requiredNumber } from "./cells.js";

/**
 * The spreadsheet functions for planning a quarter, where managers plan: plain functions of cell
 * values, each calling the library's own plan (src/headroom/plan.ts), so a sheet plans exactly as
 * `planQuarter` does; bad input throws an error naming the argument, never a number. Declared with
 * the others in `declarations.ts`.
 */

const MAX_SIMPLE = params("STAR_MAX_SIMPLE_CALLS");
const MIN_ONLINE = params("STAR_MIN_ONLINE_COMPLETED");
const MIN_OFFLINE = params("STAR_MIN_OFFLINE_ATTENDED");

/**
 * The most simple-question calls a quarter of `calls` calls can have and still score at least `points`
 * for ECR (三.2.4 ECR, clause `3.2.4`): "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 |
 * 14%<ECR≤16% 3分 | 16%<ECR 0分 … 季度内公司简单问题不超过5个,得满分。" Computed from the band edge as an exact
 * fraction: at 120 calls, ⌊8 × 120 / 100⌋ = 9.
 *
 * @example STAR_MAX_SIMPLE_CALLS(120, 15); // 9 (9 of 120 is 7.5 %; 10 of 120, 8.33 %, scores 12)
 */
export function STAR_MAX_SIMPLE_CALLS(calls: Cell, points: Cell): number | null {
  checkArity("STAR_MAX_SIMPLE_CALLS", arguments.length);
  const args = { calls: requiredNumber(MAX_SIMPLE.calls, calls), points: requiredNumber(MAX_SIMPLE.points, points) };
  return namingArguments("STAR_MAX_SIMPLE_CALLS", byPath({ calls: MAX_SIMPLE.calls, points: MAX_SIMPLE.points }), () => maxSimpleCalls(args.calls, args.points));
}

/**
 * The fewest online completions that score at least `points` for the online mandatory courses when
 * `required` learners are required (三.2.5 培训参与率, clause `3.2.5`): "线上 | 必修课 | 100% 10分 | ≥80% 5分 |
 * <80% 0". At 8 learners, ⌈80 × 8 / 100⌉ = 7 for 5 points. With nobody required the part scores in
 * full (reading R9), so 0.
 *
 * @example STAR_MIN_ONLINE_COMPLETED(8, 5); // 7 (7 of 8 is 87.5 %, ≥ 80 %; 6 of 8 is 75 %)
 */
export function STAR_MIN_ONLINE_COMPLETED(required: Cell, points: Cell): number | null {
  checkArity("STAR_MIN_ONLINE_COMPLETED", arguments.length);
  const args = { required: requiredNumber(MIN_ONLINE.required, required), points: requiredNumber(MIN_ONLINE.points, points) };
  return namingArguments("STAR_MIN_ONLINE_COMPLETED", byPath({ required: MIN_ONLINE.required, points: MIN_ONLINE.points }), () => minTrainingDone("online", args.required, args.points));
}

/**
 * The fewest core engineers attending the offline training that score at least `points` when
 * `required` are required (三.2.5 培训参与率, clause `3.2.5`): "线下 | ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分".
 * At 5 core engineers, ⌈60 × 5 / 100⌉ = 3 for 3 points.
 *
 * @example STAR_MIN_OFFLINE_ATTENDED(5, 8); // 4 (4 of 5 is 80 %)
 */
export function STAR_MIN_OFFLINE_ATTENDED(required: Cell, points: Cell): number | null {
  checkArity("STAR_MIN_OFFLINE_ATTENDED", arguments.length);
  const args = { required: requiredNumber(MIN_OFFLINE.required, required), points: requiredNumber(MIN_OFFLINE.points, points) };
  return namingArguments("STAR_MIN_OFFLINE_ATTENDED", byPath({ required: MIN_OFFLINE.required, points: MIN_OFFLINE.points }), () => minTrainingDone("offline", args.required, args.points));
}
