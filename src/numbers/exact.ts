import { Decimal } from "decimal.js";
import type { Policy } from "../policy/schema.js";

/**
 * Exact arithmetic for scores. A value is a JS number while it is a short decimal (at most 6
 * decimals and 15 digits: the numbers of a quarter and of the policy), added, subtracted and
 * multiplied as whole numbers of millionths, which is exact; anything else (a mean like 50/3, longer
 * decimals) is a decimal.js value. A number always stands for its shortest decimal form, so 0.5 is
 * 0.5 and 0.095 is 0.095, never a binary approximation. Scores are rounded once, at the end, to the
 * policy's decimals (reading R4), half up.
 */
export { Decimal };

/** An exact value: a short decimal as a JS number, or a decimal.js value. */
export type Exact = Decimal | number;

const MAX_DECIMALS = 6;
const MAX_UNITS = 1e15; // whole numbers below this are exact in a double, and print as themselves

/** The fewest decimals (0 … 6) that hold `value` exactly, or undefined (a long or huge decimal). */
function decimalsOf(value: number): number | undefined {
  let scale = 1;
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals += 1, scale *= 10) {
    const units = Math.round(value * scale);
    if (units / scale === value) return Math.abs(units) < MAX_UNITS ? decimals : undefined;
  }
  return undefined;
}

/** Whole units of 10^-decimals of each value, when they all are short decimals; else undefined. */
function unitsOf(values: readonly Exact[]): { units: number[]; scale: number } | undefined {
  let decimals = 0;
  for (const value of values) {
    if (typeof value !== "number") return undefined;
    const own = decimalsOf(value);
    if (own === undefined) return undefined;
    decimals = Math.max(decimals, own);
  }
  const scale = 10 ** decimals;
  return { units: values.map((value) => Math.round((value as number) * scale)), scale };
}

/**
 * A number of the input or the policy, or an exact value, as a decimal.js value.
 *
 * @example exact(0.5).times(3).toString(); // "1.5"
 */
export function exact(value: Exact | string): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/**
 * Rounds a score to the policy's decimals, half up (reading R4), and returns it as a JS number.
 * Ties round away from zero, so a negative adjustment of -2.345 becomes -2.35; a result of zero is
 * always +0.
 *
 * @example roundScore(exact("23.125"), CLOUD_DESKTOP_2024); // 23.13
 */
export function roundScore(value: Exact, policy: Policy): number {
  const decimals = policy.rounding.decimals.value;
  if (typeof value === "number" && (decimalsOf(value) ?? Number.POSITIVE_INFINITY) <= decimals) return value === 0 ? 0 : value; // nothing to round
  const rounded = exact(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded; // −0.001 rounds to −0, which JSON and Intl print as "-0"
}

/**
 * The exact sum: a number for short decimals, else decimal.js.
 *
 * @example exactSum([10, 3]); // 13
 * @example exactSum([0.1, 0.2]); // 0.3 (not 0.30000000000000004)
 */
export function exactSum(values: readonly Exact[]): Exact {
  const whole = unitsOf(values);
  if (whole !== undefined) {
    const units = whole.units.reduce((sum, value) => sum + value, 0);
    if (Math.abs(units) < MAX_UNITS) return units / whole.scale; // one correctly rounded division: the decimal itself
  }
  return Decimal.sum(0, ...values);
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
 * `a × b` exactly: a number for short decimals whose product is one too, else decimal.js.
 *
 * @example exactTimes(3, 0.5); // 1.5
 * @example exactTimes(3, 0.3); // 0.9 (not 0.8999999999999999)
 */
export function exactTimes(a: number, b: number): Exact {
  const left = decimalsOf(a);
  const right = decimalsOf(b);
  if (left !== undefined && right !== undefined && left + right <= MAX_DECIMALS) {
    const units = Math.round(a * 10 ** left) * Math.round(b * 10 ** right);
    if (Math.abs(units) < MAX_UNITS) return units / 10 ** (left + right);
  }
  return exact(a).times(b);
}

/**
 * `dividend / divisor` (a whole divisor > 0) exactly: a number when the quotient is a short decimal
 * (75 / 4 = 18.75), else a decimal.js quotient (50 / 3).
 *
 * @example exactDivide(75, 4); // 18.75
 * @example exactDivide(50, 3).toString(); // "16.666666666666666667"
 */
export function exactDivide(dividend: Exact, divisor: number): Exact {
  const decimals = typeof dividend === "number" && Number.isInteger(divisor) ? decimalsOf(dividend) : undefined;
  if (decimals !== undefined) {
    const units = Math.round((dividend as number) * 10 ** decimals);
    for (let more = 0; decimals + more <= MAX_DECIMALS; more += 1) {
      const scaled = units * 10 ** more;
      if (Math.abs(scaled) >= MAX_UNITS) break;
      if (scaled % divisor === 0) return scaled / divisor / 10 ** (decimals + more);
    }
  }
  return exact(dividend).dividedBy(divisor);
}
