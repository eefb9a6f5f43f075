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
export function roundScore(value: Decimal, policy: Policy): number {
  const rounded = value.toDecimalPlaces(policy.rounding.decimals.value, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded; // −0.001 rounds to −0, which JSON and Intl print as "-0"
}

/**
 * The exact sum of numbers: a JS number when they are whole and the sum is a safe integer (exact
 * without decimals), else a decimal.js sum.
 *
 * @example exactSum([10, 3]); // 13 (a number)
 * @example exactSum([9.5, 0.25]).toString(); // "9.75" (a Decimal)
 */
export function exactSum(values: readonly number[]): Decimal | number {
  let sum = 0;
  for (const value of values) {
    if (!Number.isInteger(value)) return Decimal.sum(...values);
    sum += value;
  }
  return Number.isSafeInteger(sum) ? sum : Decimal.sum(...values);
}
