import { type Exact, exactEquals, exactText, isNegative, roundHalfUp } from "../numbers/exact.js";
import type { ClauseId } from "../policy/clauses.js";
import type { Policy } from "../policy/schema.js";
import { type Step, step } from "./step.js";

/** The score of one assessment item (三.2.1 … 三.2.5), with the steps that produced it. */
export interface ItemResult {
  /** Rounded to the policy's decimals (reading R4); never negative, never above `max`. */
  readonly score: number;
  readonly max: number;
  readonly clause: ClauseId;
  /** True when there was nothing to assess and the item scored by its reading (R1, R3, R8, R9). */
  readonly notApplicable: boolean;
  readonly steps: readonly Step[];
}

/**
 * A value rounded to the policy's decimals, half up (reading R4); a rounding that changes the figure
 * is added to `steps` as a step of its own, so the steps add up to the figure shown.
 *
 * @example roundedScore(exactDivide(50, 3), "3.2.1", [], CLOUD_DESKTOP_2024); // 16.67
 */
export function roundedScore(value: Exact, clause: ClauseId, steps: Step[], policy: Policy): number {
  const decimals = policy.rounding.decimals.value;
  const result = roundHalfUp(value, decimals);
  if (!exactEquals(value, result)) steps.push(step("round", clause, { exact: exactText(value), rounded: result, decimals }, "R4"));
  return result;
}

/**
 * Closes an item: its exact score rounded per reading R4 (a rounding that changes it is a step).
 *
 * @example finishItem(15, 15, "3.2.4", false, [], CLOUD_DESKTOP_2024).score; // 15
 */
export function finishItem(score: Exact, max: number, clause: ClauseId, notApplicable: boolean, steps: Step[], policy: Policy): ItemResult {
  return { score: roundedScore(score, clause, steps, policy), max, clause, notApplicable, steps };
}

/**
 * An item's score floored at 0 ("no item score is negative"); a floor that bites is added to `steps`.
 *
 * @example floorAtZero(-1.5, "3.2.3", []); // 0
 */
export function floorAtZero(score: Exact, clause: ClauseId, steps: Step[]): Exact {
  if (!isNegative(score)) return score;
  steps.push(step("floor", clause, { value: exactText(score) }));
  return 0;
}
