import { Decimal as DecimalJs } from "decimal.js";

/**
 * Exact arithmetic for scores. A value is
 * - a JS number while it is a short decimal (at most 6 decimals and 15 significant digits: the
 *   numbers of a quarter and of a policy); a number always stands for its shortest decimal form, so
 *   0.5 is 0.5 and 0.095 is 0.095, never a binary approximation;
 * - a {@link Ratio} of whole numbers for a quotient that is no short decimal (a mean of 50 ÷ 3);
 * - a decimal.js value beyond (huge sums).
 *
 * There is one fast path: every value is a ratio of whole numbers (a short decimal is units over
 * 10^d), added, subtracted, multiplied and divided in integers, guarded term by term: each product
 * and partial result stays below 10^15, so every integer is exact in a double. When a guard fails
 * the arithmetic goes through decimal.js. `test/numbers/exact.property.test.ts` compares the two
 * across the whole accepted range.
 */
/** decimal.js with 60 significant digits: a ratio converted to it rounds as the ratio itself does. */
export const Decimal = DecimalJs.clone({ precision: 60 });
/** A decimal.js value. */
export type Decimal = DecimalJs;

/** A ratio of whole numbers that is no short decimal: `numerator / denominator`, reduced, denominator > 1. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** An exact value: a short decimal as a JS number, a ratio of whole numbers, or a decimal.js value. */
export type Exact = number | Ratio | Decimal;

const MAX_DECIMALS = 6;
// Whole numbers below 10^15 are exact in a double, and a decimal of at most 15 significant digits
// is the shortest form of the double nearest to it, so `units / 10^d` prints as the decimal itself.
const MAX_UNITS = 1e15;
const SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000] as const;

/** The fewest decimals (0 … 6) that hold `value` exactly within 10^15 units, or undefined. */
function decimalsOf(value: number): number | undefined {
  if (Number.isInteger(value)) return Math.abs(value) < MAX_UNITS ? 0 : undefined;
  for (let decimals = 1; decimals <= MAX_DECIMALS; decimals += 1) {
    const scale = SCALES[decimals] as number;
    const units = Math.round(value * scale);
    if (Math.abs(units) >= MAX_UNITS) return undefined;
    if (units / scale === value) return decimals;
  }
  return undefined;
}

/**
 * Whether a number is a short decimal: at most 6 decimals and 15 significant digits, the numbers the
 * fast path holds exactly (an input's amounts are all such numbers).
 *
 * @example isShortDecimal(27.5); // true
 * @example isShortDecimal(1e-7); // false
 */
export function isShortDecimal(value: number): boolean {
  return Number.isFinite(value) && decimalsOf(value) !== undefined;
}

const isSafe = (value: number) => Math.abs(value) < MAX_UNITS;
const isRatio = (value: Exact): value is Ratio => typeof value === "object" && !(value instanceof Decimal);

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** `value` as a ratio of whole numbers, when it is in the fast path's range; else undefined. */
function asRatio(value: Exact): Ratio | undefined {
  if (typeof value === "number") {
    const decimals = decimalsOf(value);
    return decimals === undefined ? undefined : { numerator: Math.round(value * (SCALES[decimals] as number)), denominator: SCALES[decimals] as number };
  }
  return isRatio(value) ? value : undefined;
}

/** A ratio in its simplest exact form: a number when it is a short decimal, else the reduced ratio. */
function settle(numerator: number, denominator: number): Exact {
  const divisor = gcd(numerator, denominator) || 1;
  const [n, d] = [numerator / divisor, denominator / divisor];
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals += 1) {
    const scale = SCALES[decimals] as number;
    if (scale % d === 0) {
      const units = n * (scale / d);
      if (!isSafe(units)) return new Decimal(n).dividedBy(d); // a decimal, but longer than a number holds
      const result = units / scale; // one correctly rounded division: the decimal itself
      return result === 0 ? 0 : result;
    }
  }
  return { numerator: n, denominator: d };
}

/**
 * An exact value as a decimal.js value (a ratio to 60 significant digits: as exact as any rounding here needs).
 *
 * @example exact(0.5).times(3).toString(); // "1.5"
 */
export function exact(value: Exact | string): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === "object") return new Decimal(value.numerator).dividedBy(value.denominator);
  return new Decimal(value);
}

/**
 * A number as `String(value)` writes it, about three times faster for a short decimal: its whole
 * units are written as an integer and the point set in, so a sentence full of scores like 27.5 does
 * not pay for the engine's general double-to-text conversion. Any other number goes to `String`.
 *
 * @example numberText(27.5); // "27.5"
 * @example numberText(-0.05); // "-0.05"
 */
export function numberText(value: number): string {
  const decimals = Number.isInteger(value) ? undefined : decimalsOf(value);
  if (decimals === undefined) return String(value);
  const digits = String(Math.round(Math.abs(value) * (SCALES[decimals] as number))).padStart(decimals + 1, "0");
  const point = digits.length - decimals;
  return `${value < 0 ? "-" : ""}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * An exact value as text: a decimal never in exponent form, or a ratio as "50/3".
 *
 * @example exactText(exactDivide(50, 3)); // "50/3"
 * @example exactText(9.5); // "9.5"
 */
export function exactText(value: Exact): string {
  if (typeof value === "number") {
    // The shortest decimal form; JavaScript writes it in exponent form only below 1e-6 and from 1e21.
    const size = Math.abs(value);
    return size === 0 || (size >= 1e-6 && size < 1e21) ? numberText(value) : new Decimal(value).toFixed();
  }
  return isRatio(value) ? `${value.numerator}/${value.denominator}` : value.toFixed();
}

/**
 * The exact sum: a short decimal or a ratio while every term and partial sum stays within the guard,
 * else decimal.js.
 *
 * @example exactSum([10, 3]); // 13
 * @example exactSum([0.1, 0.2]); // 0.3
 * @example exactSum([exactDivide(1, 3), exactDivide(2, 3)]); // 1
 */
export function exactSum(values: readonly Exact[]): Exact {
  // Whole numbers (the commonest case): added as they are, each partial sum within the guard.
  let whole = 0;
  let index = 0;
  for (; index < values.length; index += 1) {
    const value = values[index];
    if (typeof value !== "number" || !Number.isInteger(value) || !isSafe((whole += value))) break;
  }
  if (index === values.length) return whole === 0 ? 0 : whole;
  // Short decimals: whole units of 10^-d, no ratio built.
  let decimals = 0;
  let allNumbers = true;
  for (const value of values) {
    if (typeof value !== "number") {
      allNumbers = false;
      break;
    }
    const own = decimalsOf(value);
    if (own === undefined) return Decimal.sum(0, ...values.map(exact));
    if (own > decimals) decimals = own;
  }
  if (allNumbers) {
    const scale = SCALES[decimals] as number;
    let units = 0;
    for (const value of values) {
      units += Math.round((value as number) * scale);
      if (!isSafe(units)) return Decimal.sum(0, ...values.map(exact));
    }
    const result = units / scale; // one correctly rounded division: the decimal itself
    return result === 0 ? 0 : result;
  }
  let numerator = 0;
  let denominator = 1;
  for (const value of values) {
    const term = asRatio(value);
    if (term === undefined) return Decimal.sum(0, ...values.map(exact));
    if (term.denominator === denominator) numerator += term.numerator;
    else {
      const divisor = gcd(denominator, term.denominator);
      const scale = term.denominator / divisor;
      const [left, right, common] = [numerator * scale, term.numerator * (denominator / divisor), denominator * scale];
      if (!isSafe(left) || !isSafe(right) || !isSafe(common)) return Decimal.sum(0, ...values.map(exact));
      [numerator, denominator] = [left + right, common];
    }
    if (!isSafe(numerator)) return Decimal.sum(0, ...values.map(exact));
  }
  return settle(numerator, denominator);
}

/**
 * `a − b` exactly.
 *
 * @example exactMinus(10, 0.5); // 9.5
 */
export function exactMinus(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && isSafe(a - b)) return a - b === 0 ? 0 : a - b;
  if (typeof b === "number") return exactSum([a, -b]);
  return exactSum([a, isRatio(b) ? { numerator: -b.numerator, denominator: b.denominator } : b.negated()]);
}

/**
 * `a × b` exactly.
 *
 * @example exactTimes(3, 0.5); // 1.5
 * @example exactTimes(3, 0.3); // 0.9
 */
export function exactTimes(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number") {
    // Two short decimals: whole units of 10^-(d₁ + d₂), no ratio built.
    const [own, other] = [decimalsOf(a), decimalsOf(b)];
    if (own !== undefined && other !== undefined && own + other <= MAX_DECIMALS) {
      const units = Math.round(a * (SCALES[own] as number)) * Math.round(b * (SCALES[other] as number));
      if (isSafe(units)) return units === 0 ? 0 : units / (SCALES[own + other] as number); // one correctly rounded division: the decimal itself
    }
  }
  const [left, right] = [asRatio(a), asRatio(b)];
  if (left !== undefined && right !== undefined) {
    const [numerator, denominator] = [left.numerator * right.numerator, left.denominator * right.denominator];
    if (isSafe(numerator) && isSafe(denominator)) return settle(numerator, denominator);
  }
  return exact(a).times(exact(b));
}

/**
 * `dividend ÷ divisor` (a whole divisor > 0) exactly: a short decimal (75 ÷ 4 = 18.75) or a ratio (50 ÷ 3).
 *
 * @example exactDivide(75, 4); // 18.75
 * @example exactDivide(50, 3); // { numerator: 50, denominator: 3 }
 */
export function exactDivide(dividend: Exact, divisor: number): Exact {
  const ratio = asRatio(dividend);
  if (ratio !== undefined && Number.isSafeInteger(divisor) && divisor > 0 && isSafe(ratio.denominator * divisor)) return settle(ratio.numerator, ratio.denominator * divisor);
  return exact(dividend).dividedBy(divisor);
}

/**
 * Whether two exact values are equal.
 *
 * @example exactEquals(exactDivide(5, 2), 2.5); // true
 */
export function exactEquals(a: Exact, b: Exact): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (isRatio(a) && isRatio(b)) return a.numerator === b.numerator && a.denominator === b.denominator; // both reduced
  // A ratio is never a short decimal (it would have been settled as one); it may be a longer one (1 ÷ 10^7 = 1e-7).
  const [ratio, other] = isRatio(a) ? [a, b] : isRatio(b) ? [b, a] : [undefined, a];
  if (ratio !== undefined) return asRatio(other) === undefined && exact(other).times(ratio.denominator).equals(ratio.numerator);
  return exact(a).equals(exact(b));
}

/**
 * Whether an exact value is below 0.
 *
 * @example isNegative(exactMinus(1, exactDivide(4, 3))); // true
 */
export function isNegative(value: Exact): boolean {
  if (typeof value === "number") return value < 0;
  return isRatio(value) ? value.numerator < 0 : value.isNegative();
}

/**
 * Rounds to `decimals` places, half up (ties away from zero: −2.345 → −2.35), as a JS number; a
 * result of zero is always +0.
 *
 * @example roundHalfUp(exact("23.125"), 2); // 23.13
 * @example roundHalfUp(-2.345, 2); // -2.35
 * @example roundHalfUp(exactDivide(50, 3), 2); // 16.67
 */
export function roundHalfUp(value: Exact, decimals: number): number {
  if (typeof value === "number") {
    const own = decimalsOf(value);
    if (own !== undefined && own <= decimals) return value === 0 ? 0 : value; // nothing to round
  }
  const ratio = decimals <= MAX_DECIMALS ? asRatio(value) : undefined;
  const scale = SCALES[decimals] as number;
  if (ratio !== undefined && isSafe(2 * Math.abs(ratio.numerator) * scale + ratio.denominator)) {
    // Half up in whole numbers: ⌊(2|n|·10^d + den) ÷ 2den⌋, the sign put back.
    const [top, bottom] = [2 * Math.abs(ratio.numerator) * scale + ratio.denominator, 2 * ratio.denominator];
    let units = Math.floor(top / bottom);
    while (units * bottom > top) units -= 1;
    while ((units + 1) * bottom <= top) units += 1;
    const result = (ratio.numerator < 0 ? -units : units) / scale;
    return result === 0 ? 0 : result;
  }
  const rounded = exact(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded; // −0.001 rounds to −0, which JSON and Intl print as "-0"
}
