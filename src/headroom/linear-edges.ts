import { Decimal } from "../numbers/exact.js";
import type { Policy } from "../policy/schema.js";
import { type GridPosition, indexAbove, indexBelow } from "./grid.js";
import type { Direction, Target } from "./target.js";

/**
 * A lever that moves an item's exact value in a straight line (each unlicensed-work case takes 0.5
 * from the rep-office rating; a project's rating moves the mean by its share): the item scores the
 * value floored at 0 and rounded half up to the policy's decimals (reading R4). The nearest grid index
 * whose rounded score changes, or reaches a target, is solved exactly from the rounding edges: with
 * today's score c, the score rises once the value reaches c + ½·10⁻ᵈ and falls once it drops below
 * c − ½·10⁻ᵈ; it is at least T from T − ½·10⁻ᵈ on, and at most T below T + ½·10⁻ᵈ. The crossing is a fraction of whole numbers (BigInt), so no rounding of a quotient can
 * put it one unit off.
 */
export interface LinearLever {
  /** The item's exact value today times `scale`, before the floor at 0 and the rounding. */
  readonly exact: Decimal;
  /** How much one grid step up the lever adds to `exact` (negative for a deduction). */
  readonly slope: Decimal;
  /** A whole number > 0 that `exact` and `slope` are multiplied by (the seats or projects of a mean), so both stay finite decimals. */
  readonly scale: number;
  readonly position: GridPosition;
  /** The lever's valid range in grid indices. */
  readonly min: number;
  readonly max: number;
}

/** An exact decimal as a fraction of BigInts, the denominator > 0. */
function fraction(value: Decimal): [bigint, bigint] {
  const [numerator, denominator] = value.toFraction() as [Decimal, Decimal];
  return [BigInt(numerator.toFixed()), BigInt(denominator.toFixed())];
}

/** ⌊a/b⌋ for BigInts, b > 0. */
function floorDivide(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b !== 0n && a < 0n ? quotient - 1n : quotient;
}

/**
 * The nearest grid index in `direction` whose rounded score meets `target` (today's score `current`),
 * or null when the lever's range ends first, the lever does not move the item, or the target lies the
 * other way.
 *
 * @example linearNearest({ exact: new Decimal(9.5), slope: new Decimal(-0.5), scale: 1, position: gridPosition(1, 1), min: 0, max: 1e9 }, 1, CHANGE, 9.5, CLOUD_DESKTOP_2024); // 2 (9.5 − 0.5 = 9)
 */
export function linearNearest(lever: LinearLever, direction: Direction, target: Target, current: number, policy: Policy): number | null {
  const { exact, slope, position } = lever;
  if (slope.isZero()) return null;
  const half = new Decimal(5).times(new Decimal(10).pow(-(policy.rounding.decimals.value + 1)));
  const rises = slope.times(direction).isPositive();
  let bound: Decimal;
  if (rises && target.kind !== "atMost") bound = target.kind === "change" ? half.plus(current) : half.negated().plus(target.score);
  else if (!rises && target.kind === "change" && current > 0) bound = half.negated().plus(current);
  else if (!rises && target.kind === "atMost") bound = half.plus(target.score);
  else return null; // falling never reaches a higher score, rising never a lower one, nothing falls below 0
  // At grid index g the value is exact + slope·(g − units). It meets the bound from
  // g* = units + (bound·scale − exact) / slope on: rising, the first g ≥ g*; falling, the first g
  // beyond g* (strictly below the bound).
  const [offsetN, offsetD] = fraction(bound.times(lever.scale).minus(exact));
  const [slopeN, slopeD] = fraction(slope);
  const [unitsN, unitsD] = fraction(position.units);
  // g* = unitsN/unitsD + (offsetN/offsetD)·(slopeD/slopeN), over one positive denominator
  const sign = slopeN < 0n ? -1n : 1n;
  const denominator = unitsD * offsetD * slopeN * sign;
  const numerator = (unitsN * offsetD * slopeN + offsetN * slopeD * unitsD) * sign;
  const floor = floorDivide(numerator, denominator);
  const exactIndex = floor * denominator === numerator;
  let index: bigint;
  if (direction === 1) index = rises ? (exactIndex ? floor : floor + 1n) : floor + 1n;
  else index = rises ? floor : exactIndex ? floor - 1n : floor;
  const clamped = direction === 1 ? Math.max(Number(index), indexAbove(position)) : Math.min(Number(index), indexBelow(position));
  return clamped >= lever.min && clamped <= lever.max ? clamped : null;
}
