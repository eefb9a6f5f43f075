import { Decimal as DecimalJs } from "decimal.js";
import { type Exact, type Ratio } from "../../src/numbers/exact.js";

/**
 * An independent reference for `src/numbers/exact.ts`: every value as an exact ratio of whole
 * numbers held in decimal.js (100,000 significant digits, so no whole number here is ever rounded;
 * decimal.js spends time on the digits a number has, not on the precision allowed).
 * It shares no code with the fast path: a number is read through its shortest decimal form
 * (`String(value)`), exactly as the library's contract says a number stands for that form.
 */

/** decimal.js for whole numbers and exact decimals: 100,000 digits, never rounded in these tests. */
export const Big = DecimalJs.clone({ precision: 100_000, toExpPos: 9e15, toExpNeg: -9e15 });
type Big = DecimalJs;

/** An exact ratio n / d (d > 0), not necessarily reduced. */
export interface Rational {
  readonly n: Big;
  readonly d: Big;
}

const TEN = new Big(10);

function isRatio(value: Exact): value is Ratio {
  return typeof value === "object" && !DecimalJs.isDecimal(value);
}

/** A finite decimal as a ratio: its digits over 10^(decimal places). */
function decimalRational(value: Big): Rational {
  const places = value.decimalPlaces();
  const d = TEN.pow(places);
  return { n: value.times(d), d };
}

/** Any exact value of the library as a reference ratio. */
export function rationalOf(value: Exact): Rational {
  if (typeof value === "number") return decimalRational(new Big(String(value)));
  if (isRatio(value)) return { n: new Big(value.numerator), d: new Big(value.denominator) };
  return decimalRational(new Big(value));
}

/** a + b over the larger denominator when one divides the other (decimals over powers of ten), else over their product. */
export function plus(a: Rational, b: Rational): Rational {
  if (a.d.greaterThanOrEqualTo(b.d) && a.d.mod(b.d).isZero()) return { n: a.n.plus(b.n.times(a.d.dividedToIntegerBy(b.d))), d: a.d };
  if (b.d.mod(a.d).isZero()) return { n: b.n.plus(a.n.times(b.d.dividedToIntegerBy(a.d))), d: b.d };
  return { n: a.n.times(b.d).plus(b.n.times(a.d)), d: a.d.times(b.d) };
}
export const minus = (a: Rational, b: Rational): Rational => plus(a, { n: b.n.negated(), d: b.d });
export const times = (a: Rational, b: Rational): Rational => ({ n: a.n.times(b.n), d: a.d.times(b.d) });
export const dividedBy = (a: Rational, whole: number): Rational => ({ n: a.n, d: a.d.times(whole) });

/** Σ values, exactly. */
export function sumOf(values: readonly Rational[]): Rational {
  return values.reduce(plus, { n: new Big(0), d: new Big(1) });
}

/** Whether two ratios are the same number. */
export const sameValue = (a: Rational, b: Rational): boolean => a.n.times(b.d).equals(b.n.times(a.d));

// Division to a few hundred digits: what a comparison with a 60-digit decimal.js value needs.
const Approximate = DecimalJs.clone({ precision: 200, toExpPos: 9e15, toExpNeg: -9e15 });

/** The ratio as a decimal.js value to 200 significant digits (exact when it ends within them). */
export const approximate = (a: Rational): Big => new Approximate(a.n).dividedBy(new Approximate(a.d));

/** Whether the ratio is a decimal that ends (its reduced denominator has no prime factor but 2 and 5). */
export function terminates(a: Rational): boolean {
  // n/d ends iff n·10^k is a multiple of d for some k; k never needs to pass log2(d) < 3.33 × its digits.
  const places = Math.ceil(a.d.precision(true) * 3.33);
  return a.n.times(TEN.pow(places)).mod(a.d).isZero();
}

/**
 * The ratio rounded to `decimals` places, half away from zero (reading R4), as the JS number of
 * that decimal.
 */
export function roundedHalfUp(a: Rational, decimals: number): number {
  const scale = TEN.pow(decimals);
  const twice = a.n.abs().times(scale).times(2).plus(a.d);
  const units = twice.dividedToIntegerBy(a.d.times(2));
  const text = units.dividedBy(scale).toFixed();
  const result = Number(a.n.isNegative() ? `-${text}` : text);
  return result === 0 ? 0 : result;
}
