import { type Exact, exactTimes } from "../numbers/exact.js";
import { floor, minus, type Rational, rational, dividedBy, toDecimal } from "./rational.js";

/**
 * The values a lever moves through: whole multiples of its unit (1 call, 0.5 person-day, 0.01 % of a
 * rate …), so that "the nearest value" and "one unit nearer" have a meaning (docs/interpretations.md,
 * H1). A value of the input that is not itself on the grid (0.3 person-days) lies between two grid
 * indices; the nearest values around it are grid values.
 */

/** Where a value lies on a grid: the largest index at or below it and the smallest at or above it (equal on the grid). */
export interface GridPosition {
  readonly below: number;
  readonly above: number;
  readonly value: Exact;
  readonly step: number;
}

/**
 * The position of `value` on the grid of `step`. A step of 1 or 0.5 divides any number exactly (a
 * power of two); another step, such as a rate's 0.0001, goes through exact ratios.
 *
 * @example gridPosition(1.5, 0.5).below; // 3
 */
export function gridPosition(value: Exact, step: number): GridPosition {
  if (typeof value === "number" && (step === 1 || step === 0.5)) {
    const units = value / step;
    return { below: Math.floor(units), above: Math.ceil(units), value, step };
  }
  const { floor: below, whole } = floor(positionUnits({ value, step }));
  return { below: Number(below), above: Number(whole ? below : below + 1n), value, step };
}

/**
 * A position's value in units of its grid, exactly (953.7 for a rate of 9.537 % on the 0.01 % grid).
 *
 * @example toDecimal(positionUnits(gridPosition(0.3, 0.5))).toString(); // "0.6"
 */
export function positionUnits(position: Pick<GridPosition, "value" | "step">): Rational {
  return dividedBy(rational(position.value), rational(position.step));
}

/**
 * The grid value of an index: `index × step`, exactly (a short decimal stays a short decimal).
 *
 * @example gridValue(1001, 0.0001); // 0.1001
 */
export function gridValue(index: number, step: number): number {
  return Number(exactTimes(index, step));
}

/**
 * The first grid index after a position (the next unit up).
 *
 * @example indexAbove(gridPosition(4, 1)); // 5
 */
export function indexAbove(position: GridPosition): number {
  return position.below === position.above ? position.above + 1 : position.above;
}

/**
 * The last grid index before a position (the next unit down).
 *
 * @example indexBelow(gridPosition(0.3, 0.5)); // 0
 */
export function indexBelow(position: GridPosition): number {
  return position.below === position.above ? position.below - 1 : position.below;
}

/**
 * How many units lie between a position and a grid index: the cost of a change (H5).
 *
 * @example unitsBetween(gridPosition(9, 1), 12); // 3
 */
export function unitsBetween(position: GridPosition, index: number): number {
  if (position.below === position.above) return Math.abs(index - position.below);
  return toDecimal(minus({ n: BigInt(index), d: 1n }, positionUnits(position))).abs().toNumber();
}
