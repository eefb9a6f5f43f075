import type { Policy } from "../policy/schema.js";
import { type GridPosition, indexAbove, indexBelow } from "./grid.js";
import { dividedBy, floor, minus, plus, type Rational, roundedHalfUp, times } from "./rational.js";
import type { Direction, Target } from "./target.js";

/**
 * A lever that moves an item's exact value in a straight line (each unlicensed-work case takes 0.5
 * from the rep-office rating; a project's rating moves the mean by its share): the item scores the
 * value floored at 0 and rounded half up to the policy's decimals (reading R4). The nearest grid index
 * whose rounded score changes, or reaches a target, is solved exactly from the rounding edges: with
 * today's score c, the score rises once the value reaches c + ½·10⁻ᵈ and falls once it drops below
 * c − ½·10⁻ᵈ; it is at least T from T − ½·10⁻ᵈ on, and at most T below T + ½·10⁻ᵈ. The crossing is
 * a fraction of whole numbers, so no rounding of a quotient can put it one unit off.
 */
export interface LinearLever {
  /** The item's exact value today, before the floor at 0 and the rounding. */
  readonly exact: Rational;
  /** Today's value in units of the lever's grid (see `positionUnits`). */
  readonly units: Rational;
  /** How much one grid step up the lever adds to it (negative for a deduction). */
  readonly slope: Rational;
  readonly position: GridPosition;
  /** The lever's valid range in grid indices. */
  readonly min: number;
  readonly max: number;
}

/** A score of the policy's decimals as a rational. */
function scoreOf(score: number, policy: Policy): Rational {
  const scale = 10 ** policy.rounding.decimals.value;
  return { n: BigInt(Math.round(score * scale)), d: BigInt(scale) };
}

/**
 * The item's exact value at grid index `index`.
 *
 * @example toDecimal(linearValue({ exact: rational(9.5), units: rational(1), slope: rational(-0.5), position: gridPosition(1, 1), min: 0, max: 1e9 }, 3)).toNumber(); // 9.5 − 0.5 × 2 = 8.5
 */
export function linearValue(lever: LinearLever, index: number): Rational {
  return plus(lever.exact, times(lever.slope, minus({ n: BigInt(index), d: 1n }, lever.units)));
}

/**
 * The item's score at grid index `index`: its exact value floored at 0 and rounded (reading R4).
 *
 * @example linearScore({ exact: rational(-1.5), units: rational(0), slope: rational(0.5), position: gridPosition(0, 1), min: 0, max: 1e9 }, 4, CLOUD_DESKTOP_2024); // −1.5 + 4 × 0.5 = 0.5
 */
export function linearScore(lever: LinearLever, index: number, policy: Policy): number {
  return itemScore(linearValue(lever, index), policy);
}

/**
 * An item's exact value as its score: floored at 0 and rounded half up to the policy's decimals (R4).
 *
 * @example itemScore({ n: 50n, d: 3n }, CLOUD_DESKTOP_2024); // 16.67
 */
export function itemScore(value: Rational, policy: Policy): number {
  return value.n <= 0n ? 0 : roundedHalfUp(value, policy.rounding.decimals.value);
}

/**
 * The nearest grid index in `direction` whose rounded score meets `target` (today's score `current`),
 * or null when the lever's range ends first, the lever does not move the item, or the target lies the
 * other way.
 *
 * @example linearNearest({ exact: rational(9.5), units: rational(1), slope: rational(-0.5), position: gridPosition(1, 1), min: 0, max: 1e9 }, 1, CHANGE, 9.5, CLOUD_DESKTOP_2024); // 2 (9.5 − 0.5 = 9)
 */
export function linearNearest(lever: LinearLever, direction: Direction, target: Target, current: number, policy: Policy): number | null {
  const { exact, slope, position } = lever;
  if (slope.n === 0n) return null;
  const half: Rational = { n: 5n, d: 10n ** BigInt(policy.rounding.decimals.value + 1) };
  const rises = (slope.n > 0n) === (direction === 1);
  let bound: Rational;
  if (rises && target.kind !== "atMost") bound = target.kind === "change" ? plus(scoreOf(current, policy), half) : minus(scoreOf(target.score, policy), half);
  else if (!rises && target.kind === "change" && current > 0) bound = minus(scoreOf(current, policy), half);
  else if (!rises && target.kind === "atMost") bound = plus(scoreOf(target.score, policy), half);
  else return null; // falling never reaches a higher score, rising never a lower one, nothing falls below 0
  // At grid index g the value is exact + slope·(g − units): it meets the bound from
  // g* = units + (bound − exact) / slope on: rising, the first g ≥ g*; falling, the first g beyond g*.
  const crossing = floor(plus(lever.units, dividedBy(minus(bound, exact), slope)));
  let index: bigint;
  if (direction === 1) index = rises && crossing.whole ? crossing.floor : crossing.floor + 1n;
  else index = !rises && crossing.whole ? crossing.floor - 1n : crossing.floor;
  const clamped = direction === 1 ? Math.max(Number(index), indexAbove(position)) : Math.min(Number(index), indexBelow(position));
  return clamped >= lever.min && clamped <= lever.max ? clamped : null;
}
