import { Decimal } from "decimal.js";
import type { Policy } from "../policy/schema.js";

/**
 * Exact arithmetic for scores: every figure becomes a decimal.js value, and a score is rounded once,
 * at the end, to the policy's decimals (reading R4), half up.
 */
export { Decimal };

/**
 * A number of the input or the policy as an exact decimal. JS numbers convert through their shortest
 * decimal form, so 0.5 is 0.5 and 0.095 is 0.095.
 *
 * @example exact(0.5).times(3).toString(); // "1.5"
 */
export function exact(value: Decimal | number | string): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/**
 * Rounds a score to the policy's decimals, half up (reading R4), and returns it as a JS number.
 * Ties round away from zero, so a negative adjustment of -2.345 becomes -2.35; a result of zero is
 * always +0.
 *
 * @example roundScore(exact("23.125"), CLOUD_DESKTOP_2024); // 23.13
 */
export function roundScore(value: Decimal | number, policy: Policy): number {
  if (typeof value === "number" && Number.isInteger(value)) return value === 0 ? 0 : value; // whole: nothing to round
  const rounded = exact(value).toDecimalPlaces(policy.rounding.decimals.value, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded; // −0.001 rounds to −0, which JSON and Intl print as "-0"
}

/**
 * The exact sum: a JS number when every value is a whole number and the sum is a safe integer, else
 * a decimal.js sum.
 *
 * @example exactSum([10, 3]); // 13 (a number)
 * @example exactSum([9.5, 0.25]).toString(); // "9.75" (a Decimal)
 */
export function exactSum(values: readonly Exact[]): Exact {
  let sum = 0;
  for (const value of values) {
    if (typeof value !== "number" || !Number.isInteger(value)) return Decimal.sum(0, ...values);
    sum += value;
  }
  return Number.isSafeInteger(sum) ? sum : Decimal.sum(0, ...values);
}

/**
 * `a × b` exactly: a whole number when both are whole and the product is a safe integer, else decimal.js.
 *
 * @example exactTimes(3, 2); // 6
 * @example exactTimes(3, 0.5).toString(); // "1.5"
 */
export function exactTimes(a: number, b: number): Exact {
  const product = a * b;
  return Number.isInteger(a) && Number.isInteger(b) && Number.isSafeInteger(product) ? product : exact(a).times(b);
}

/**
 * An exact value: a JS number as given (an input's or the policy's, read as its shortest decimal) or
 * a whole number from exact integer arithmetic, else a decimal.js value. Numbers skip decimal.js
 * where the arithmetic is whole, which is most of a quarter's (bench P1).
 */
export type Exact = Decimal | number;

/**
 * `dividend / divisor` exactly: a whole number when it divides evenly, else a decimal.js quotient.
 *
 * @example exactDivide(75, 3); // 25
 * @example exactDivide(50, 3).toString(); // "16.666666666666666667"
 */
export function exactDivide(dividend: Exact, divisor: number): Exact {
  if (typeof dividend === "number" && Number.isInteger(dividend) && Number.isInteger(divisor) && dividend % divisor === 0) return dividend / divisor;
  return exact(dividend).dividedBy(divisor);
}

/**
 * `a − b` exactly: a whole number when both are whole, else decimal.js.
 *
 * @example exactMinus(15, 2); // 13
 */
export function exactMinus(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b)) {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  return exact(a).minus(b);
}
