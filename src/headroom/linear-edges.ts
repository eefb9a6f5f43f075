import { type Exact, exact, exactDivide, exactEquals, exactMinus, exactSum, exactTimes, isNegative } from "../numbers/exact.js";
import type { Policy } from "../policy/schema.js";
import { floorOf, type GridPosition, indexAbove, indexBelow } from "./grid.js";
import type { Direction, Target } from "./target.js";

/**
 * A lever that moves an item's exact value in a straight line (each unlicensed-work case takes 0.5
 * from the rep-office rating; a project's rating moves the mean by its share): the item scores the
 * value floored at 0 and rounded half up to the policy's decimals (reading R4). The nearest grid index
 * whose rounded score changes, or reaches a target, is solved exactly from the rounding edges: with
 * today's score c, the score rises once the value reaches c + ½·10⁻ᵈ and falls once it drops below
 * c − ½·10⁻ᵈ; it is at least T from T − ½·10⁻ᵈ on, and at most T below T + ½·10⁻ᵈ. The crossing is
 * one division; the index it gives is confirmed on both sides with exact arithmetic (src/numbers/exact.ts),
 * so no rounding of the quotient can put it one unit off.
 */
export interface LinearLever {
  /** The item's exact value today, before the floor at 0 and the rounding (the rule's own, from its steps). */
  readonly exact: Exact;
  /** Today's value in units of the lever's grid (see `positionUnits`). */
  readonly units: Exact;
  /** How much one grid step up the lever adds to it (negative for a deduction). */
  readonly slope: Exact;
  readonly position: GridPosition;
  /** The lever's valid range in grid indices. */
  readonly min: number;
  readonly max: number;
}

/**
 * The item's exact value at grid index `index`: today's value plus the slope for each step moved.
 *
 * @example linearValue({ exact: 9.5, units: 1, slope: -0.5, position: { below: 1, above: 1, value: 1, step: 1 }, min: 0, max: 1e9 }, 3); // 9.5 − 0.5 × 2 = 8.5
 */
export function linearValue(lever: LinearLever, index: number): Exact {
  return exactSum([lever.exact, exactTimes(lever.slope, exactMinus(index, lever.units))]);
}

/** The value where the score starts to meet the target, and whether the lever must reach it (rise) or pass below it (fall); null when moving that way never meets it. */
function boundOf(rises: boolean, target: Target, current: number, policy: Policy): Exact | null {
  const half = exactDivide(5, 10 ** (policy.rounding.decimals.value + 1));
  if (rises && target.kind === "change") return exactSum([current, half]);
  if (rises && target.kind === "atLeast") return exactMinus(target.score, half);
  if (!rises && target.kind === "change" && current > 0) return exactMinus(current, half);
  if (!rises && target.kind === "atMost") return exactSum([target.score, half]);
  return null; // falling never reaches a higher score, rising never a lower one, nothing falls below 0
}

/**
 * The nearest grid index in `direction` whose rounded score meets `target` (today's score `current`),
 * or null when the lever's range ends first, the lever does not move the item, or the target lies the
 * other way.
 *
 * @example linearNearest({ exact: 9.5, units: 1, slope: -0.5, position: { below: 1, above: 1, value: 1, step: 1 }, min: 0, max: 1e9 }, 1, { kind: "change" }, 9.5, CLOUD_DESKTOP_2024); // 2 (one more case: 9)
 */
export function linearNearest(lever: LinearLever, direction: Direction, target: Target, current: number, policy: Policy): number | null {
  const { slope, position } = lever;
  if (exactEquals(slope, 0)) return null;
  const rises = !isNegative(slope) === (direction === 1);
  const bound = boundOf(rises, target, current, policy);
  if (bound === null) return null;
  // Rising, the score meets the target once the value reaches the bound; falling, once it is below it.
  const meets = (index: number) => isNegative(exactMinus(linearValue(lever, index), bound)) !== rises;
  const start = direction === 1 ? indexAbove(position) : indexBelow(position);
  const inRange = (index: number) => index >= lever.min && index <= lever.max;
  if (meets(start)) return inRange(start) ? start : null;
  // The value reaches the bound at g* = units + (bound − exact) ÷ slope; the first index past it, in
  // `direction`, is confirmed exactly: it meets the target, and the one before it does not.
  const crossing = exact(exactMinus(bound, lever.exact)).dividedBy(exact(slope)).plus(exact(lever.units));
  let index = floorOf(crossing).floor + (direction === 1 ? 1 : 0);
  index = direction === 1 ? Math.max(index, start) : Math.min(index, start);
  // The quotient is within one unit of g*: an index more than one past the range cannot come back into it.
  if (!Number.isSafeInteger(index) || (direction === 1 ? index - 1 > lever.max : index + 1 < lever.min)) return null;
  while (index !== start && meets(index - direction)) index -= direction;
  while (!meets(index)) {
    index += direction;
    if (!inRange(index)) return null;
  }
  return inRange(index) ? index : null;
}
