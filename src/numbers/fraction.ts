import { Decimal } from "decimal.js";

/**
 * Exact ratios of whole numbers, for band edges ("8% < ECR ≤ 10%"): a count ratio such as 6/75 is
 * compared with the edge 0.08 as 6 × 100 against 8 × 75, in integers, so it is exactly 8 %. The
 * integers are JS numbers while every product stays a safe integer, and whole decimal.js values
 * beyond (no BigInt: the spreadsheet bundle runs where BigInt is missing).
 */

/** A whole number ≥ 0: a safe integer, or a whole decimal.js value beyond. */
export type Whole = number | Decimal;

/** A ratio of two whole numbers ≥ 0; the denominator is > 0. */
export interface Fraction {
  readonly numerator: Whole;
  readonly denominator: Whole;
}

// Whole-number arithmetic on decimal.js values is exact up to this many digits; a fraction's parts
// come from counts (≤ 10 digits), policy edges and rates (bounded decimal strings).
const Integer = Decimal.clone({ precision: 200, toExpPos: 1000 });
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A ratio of two whole numbers (counts).
 *
 * @example ratio(6, 75); // { numerator: 6, denominator: 75 }
 */
export function ratio(numerator: number, denominator: number): Fraction {
  return { numerator, denominator };
}

/**
 * A plain decimal string ≥ 0 as an exact fraction: "0.095" is 95/1000.
 *
 * @example decimalFraction("0.08"); // { numerator: 8, denominator: 100 }
 */
export function decimalFraction(text: string): Fraction {
  const match = DECIMAL.exec(text);
  if (match === null) throw new RangeError(`not a plain decimal: ${text}`);
  const decimals = match[2] ?? "";
  const digits = `${match[1]}${decimals}`;
  if (digits.length <= 15) return { numerator: Number(digits), denominator: 10 ** decimals.length };
  return { numerator: new Integer(digits), denominator: new Integer(10).pow(decimals.length) };
}

/** a × b exactly: a number while it is a safe integer, else a whole decimal.js value. */
function product(a: Whole, b: Whole): Whole {
  if (typeof a === "number" && typeof b === "number") {
    const value = a * b;
    if (Number.isSafeInteger(value)) return value;
  }
  return new Integer(a).times(b);
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`, exactly.
 *
 * @example compareFractions(ratio(6, 75), decimalFraction("0.08")); // 0
 * @example compareFractions(ratio(6, 74), decimalFraction("0.08")); // 1
 */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = product(a.numerator, b.denominator);
  const right = product(b.numerator, a.denominator);
  if (typeof left === "number" && typeof right === "number") return left < right ? -1 : left > right ? 1 : 0;
  return new Integer(left).comparedTo(right) as -1 | 0 | 1;
}

/** ⌊a ÷ b⌋ of safe integers a ≥ 0, b > 0, exactly (a float quotient can round up to the next whole number). */
function wholeQuotient(a: number, b: number): number {
  let quotient = Math.floor(a / b);
  while (quotient * b > a) quotient -= 1;
  while ((quotient + 1) * b <= a) quotient += 1;
  return quotient;
}

/** The fraction × 100 as a decimal.js value (exact when it terminates within 200 digits). */
function percentOf(fraction: Fraction): Decimal {
  return new Integer(fraction.numerator).times(100).dividedBy(fraction.denominator);
}

// A percentage that ends within this many decimals is printed exactly; any other is rounded.
const EXACT_PERCENT_DECIMALS = 4;
const ROUNDED_PERCENT_DECIMALS = 2;

/**
 * A ratio as a percentage for people. A percentage that ends within 4 decimals is exact ("8%",
 * "8.0001%"); any other is rounded half up to 2 decimals and marked "≈" ("≈66.67%"), with more
 * decimals where the rounded figure would read as one of `edges` (a band edge it is not): just above
 * 8 % never prints as "≈8%".
 *
 * @example percentText(ratio(6, 75)); // "8%"
 * @example percentText(ratio(2, 3)); // "≈66.67%"
 * @example percentText(ratio(800001, 10000000), [decimalFraction("0.08")]); // "≈8.00001%"
 */
export function percentText(fraction: Fraction, edges: readonly Fraction[] = []): string {
  const { numerator, denominator } = fraction;
  if (typeof numerator === "number" && typeof denominator === "number" && numerator * 1_000_000 <= Number.MAX_SAFE_INTEGER) {
    // The same in whole numbers: the percentage in units of 10^-4 %, exact when it divides evenly.
    const scaled = numerator * 1_000_000;
    if (scaled % denominator === 0) return `${scaled / denominator / 10_000}%`;
    if (edges.every((edge) => typeof edge.numerator === "number" && typeof edge.denominator === "number")) {
      const hundredths = wholeQuotient(2 * numerator * 10_000 + denominator, 2 * denominator); // half up
      const lands = edges.some((edge) => hundredths * (edge.denominator as number) === (edge.numerator as number) * 10_000);
      if (!lands) return `≈${hundredths / 100}%`;
    }
  }
  const percent = percentOf(fraction);
  if (percent.decimalPlaces() <= EXACT_PERCENT_DECIMALS) return `${percent.toFixed()}%`;
  const edgePercents = edges.map(percentOf);
  for (let decimals = ROUNDED_PERCENT_DECIMALS; ; decimals += 1) {
    const rounded = percent.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    if (!edgePercents.some((edge) => edge.equals(rounded))) return `≈${rounded.toFixed()}%`;
    if (rounded.equals(percent)) return `${percent.toFixed()}%`; // the ratio is that edge, exactly
  }
}
