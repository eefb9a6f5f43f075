import { Decimal } from "decimal.js";

/**
 * Exact arithmetic for scores. A value is a JS number while it is a short decimal (at most 6
 * decimals and 15 significant digits: the numbers of a quarter and of a policy), or a decimal.js
 * value. A number always stands for its shortest decimal form: 0.5 is 0.5 and 0.095 is 0.095, never a
 * binary approximation.
 *
 * There is one fast path: short decimals are added, subtracted and multiplied as whole numbers of
 * units (10^-d), guarded term by term: each term and each partial result stays below 10^15 units, so
 * every integer is exact in a double and the final division gives the decimal itself. Anything else
 * goes through decimal.js. `test/numbers/exact.property.test.ts` compares the two across the whole
 * accepted range.
 */
export { Decimal };

/** An exact value: a short decimal as a JS number, or a decimal.js value. */
export type Exact = Decimal | number;

const MAX_DECIMALS = 6;
// Whole numbers below 10^15 are exact in a double, and a decimal of at most 15 significant digits
// is the shortest form of the double nearest to it, so `units / 10^d` prints as the decimal itself.
const MAX_UNITS = 1e15;
const SCALES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000] as const;

/** The fewest decimals (0 … 6) that hold `value` exactly within 10^15 units, or undefined. */
function decimalsOf(value: number): number | undefined {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals += 1) {
    const scale = SCALES[decimals] as number;
    const units = Math.round(value * scale);
    if (Math.abs(units) >= MAX_UNITS) return undefined;
    if (units / scale === value) return decimals;
  }
  return undefined;
}

/** `value` as whole units of 10^-decimals, when that is exact and below the guard; else undefined. */
function unitsAt(value: number, decimals: number): number | undefined {
  const units = Math.round(value * (SCALES[decimals] as number));
  return Math.abs(units) < MAX_UNITS ? units : undefined;
}

/**
 * A number or decimal string as a decimal.js value (a decimal.js value as it is).
 *
 * @example exact(0.5).times(3).toString(); // "1.5"
 */
export function exact(value: Exact | string): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/**
 * An exact value as plain decimal text, never in exponent form.
 *
 * @example exactText(exact(50).dividedBy(3)); // "16.666666666666666667"
 * @example exactText(9.5); // "9.5"
 */
export function exactText(value: Exact): string {
  return typeof value === "number" ? exact(value).toFixed() : value.toFixed();
}

/**
 * The exact sum: a number when every term is a short decimal and every partial sum stays within the
 * guard, else decimal.js.
 *
 * @example exactSum([10, 3]); // 13
 * @example exactSum([0.1, 0.2]); // 0.3
 * @example exactSum([999999999.999999, 0.000001]); // 1000000000
 */
export function exactSum(values: readonly Exact[]): Exact {
  let decimals = 0;
  for (const value of values) {
    const own = typeof value === "number" ? decimalsOf(value) : undefined;
    if (own === undefined) return Decimal.sum(0, ...values);
    if (own > decimals) decimals = own;
  }
  let sum = 0;
  for (const value of values) {
    const units = unitsAt(value as number, decimals);
    if (units === undefined) return Decimal.sum(0, ...values);
    sum += units;
    if (Math.abs(sum) >= MAX_UNITS) return Decimal.sum(0, ...values);
  }
  const result = sum / (SCALES[decimals] as number); // one correctly rounded division: the decimal itself
  return result === 0 ? 0 : result;
}

/**
 * `a − b` exactly.
 *
 * @example exactMinus(10, 0.5); // 9.5
 */
export function exactMinus(a: Exact, b: Exact): Exact {
  return exactSum([a, typeof b === "number" ? -b : b.negated()]);
}

/**
 * `a × b` exactly: a number when both are short decimals whose product is one too, else decimal.js.
 *
 * @example exactTimes(3, 0.5); // 1.5
 * @example exactTimes(3, 0.3); // 0.9
 */
export function exactTimes(a: Exact, b: Exact): Exact {
  const left = typeof a === "number" ? decimalsOf(a) : undefined;
  const right = typeof b === "number" ? decimalsOf(b) : undefined;
  if (left !== undefined && right !== undefined && left + right <= MAX_DECIMALS) {
    const units = (unitsAt(a as number, left) as number) * (unitsAt(b as number, right) as number);
    if (Math.abs(units) < MAX_UNITS) {
      const result = units / (SCALES[left + right] as number);
      return result === 0 ? 0 : result;
    }
  }
  return exact(a).times(b);
}

/**
 * `dividend ÷ divisor` (a whole divisor > 0) exactly: a number when the quotient is a short decimal
 * (75 ÷ 4 = 18.75), else a decimal.js quotient (50 ÷ 3).
 *
 * @example exactDivide(75, 4); // 18.75
 * @example exactText(exactDivide(50, 3)); // "16.666666666666666667"
 */
export function exactDivide(dividend: Exact, divisor: number): Exact {
  const decimals = typeof dividend === "number" && Number.isSafeInteger(divisor) && divisor > 0 ? decimalsOf(dividend) : undefined;
  if (decimals !== undefined) {
    const units = unitsAt(dividend as number, decimals) as number;
    for (let more = 0; decimals + more <= MAX_DECIMALS; more += 1) {
      const scaled = units * (SCALES[more] as number);
      if (Math.abs(scaled) >= MAX_UNITS) break;
      if (scaled % divisor === 0) {
        const result = scaled / divisor / (SCALES[decimals + more] as number);
        return result === 0 ? 0 : result;
      }
    }
  }
  return exact(dividend).dividedBy(divisor);
}

/**
 * Whether two exact values are equal.
 *
 * @example exactEquals(exact("2.50"), 2.5); // true
 */
export function exactEquals(a: Exact, b: Exact): boolean {
  return typeof a === "number" && typeof b === "number" ? a === b : exact(a).equals(b);
}

/**
 * Rounds to `decimals` places, half up (ties away from zero: −2.345 → −2.35), as a JS number; a
 * result of zero is always +0.
 *
 * @example roundHalfUp(exact("23.125"), 2); // 23.13
 * @example roundHalfUp(-2.345, 2); // -2.35
 */
export function roundHalfUp(value: Exact, decimals: number): number {
  if (typeof value === "number") {
    const own = decimalsOf(value);
    if (own !== undefined && own <= decimals) return value === 0 ? 0 : value; // nothing to round
  }
  const rounded = exact(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded; // −0.001 rounds to −0, which JSON and Intl print as "-0"
}
