import { type Exact, exact, exactMinus, exactTimes } from "../numbers/exact.js";

/**
 * The values a lever moves through: whole multiples of its unit (1 call, 0.5 person-day, 0.01 % of a
 * rate …), so that "the nearest value" and "one unit nearer" have a meaning (docs/interpretations.md,
 * H1). A value of the input that is not itself on the grid (0.3 person-days) lies between two grid
 * indices; the nearest values around it are grid values. A step is always a whole fraction of 1
 * (1, 0.5, 0.01, 0.0001), so a value's position on the grid is the value times a whole number, exactly
 * (src/numbers/exact.ts).
 */

/** Where a value lies on a grid: the largest index at or below it and the smallest at or above it (equal on the grid). */
export interface GridPosition {
  readonly below: number;
  readonly above: number;
  readonly value: Exact;
  readonly step: number;
}

/**
 * An exact value as a JS number (for an index, a count or a short decimal of the input).
 *
 * @example numberOf(exactDivide(3, 4)); // 0.75
 */
export function numberOf(value: Exact): number {
  return typeof value === "number" ? value : exact(value).toNumber();
}

/**
 * The largest whole number at or below an exact value, and whether the value is that whole number.
 *
 * @example floorOf(exactDivide(-7, 2)); // { floor: -4, whole: false }
 */
export function floorOf(value: Exact): { floor: number; whole: boolean } {
  if (typeof value === "number") return { floor: Math.floor(value), whole: Number.isInteger(value) };
  const decimal = exact(value);
  const floor = decimal.floor();
  return { floor: floor.toNumber(), whole: floor.equals(decimal) };
}

/**
 * A position's value in units of its grid, exactly (953.7 for a rate of 9.537 % on the 0.01 % grid):
 * the value times the whole number of steps in 1.
 *
 * @example positionUnits({ value: 0.3, step: 0.5 }); // 0.6
 */
export function positionUnits(position: Pick<GridPosition, "value" | "step">): Exact {
  return exactTimes(position.value, Math.round(1 / position.step));
}

/**
 * The position of `value` on the grid of `step`.
 *
 * @example gridPosition(1.5, 0.5).below; // 3
 * @example gridPosition(0.09537, 0.0001); // { below: 953, above: 954, value: 0.09537, step: 0.0001 }
 */
export function gridPosition(value: Exact, step: number): GridPosition {
  const { floor, whole } = floorOf(positionUnits({ value, step }));
  return { below: floor, above: whole ? floor : floor + 1, value, step };
}

/**
 * The grid value of an index: `index × step`, exactly (a short decimal stays a short decimal).
 *
 * @example gridValue(1001, 0.0001); // 0.1001
 */
export function gridValue(index: number, step: number): number {
  return numberOf(exactTimes(index, step));
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
 * @example unitsBetween(gridPosition(0.3, 0.5), 1); // 0.4 (0.3 is 0.6 half-days)
 */
export function unitsBetween(position: GridPosition, index: number): number {
  if (position.below === position.above) return Math.abs(index - position.below);
  return Math.abs(numberOf(exactMinus(index, positionUnits(position))));
}
