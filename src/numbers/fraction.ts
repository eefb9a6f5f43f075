/**
 * Exact ratios of whole numbers, for band edges ("8% < ECR ≤ 10%"): a count ratio such as 6/75 is
 * compared with the edge 0.08 as 6 × 100 against 8 × 75, in integers, so it is exactly 8 %.
 */

/** A ratio of two whole numbers ≥ 0; the denominator is > 0. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A ratio of two whole numbers (counts).
 *
 * @example ratio(6, 75); // 6/75
 */
export function ratio(numerator: number, denominator: number): Fraction {
  return { numerator: BigInt(numerator), denominator: BigInt(denominator) };
}

/**
 * A plain decimal string ≥ 0 as an exact fraction: "0.095" is 95/1000.
 *
 * @example decimalFraction("0.08"); // 8/100
 */
export function decimalFraction(text: string): Fraction {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a plain decimal: ${text}`);
  const decimals = match[2] ?? "";
  return { numerator: BigInt(`${match[1]}${decimals}`), denominator: 10n ** BigInt(decimals.length) };
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`, exactly.
 *
 * @example compareFractions(ratio(6, 75), decimalFraction("0.08")); // 0
 */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A ratio as a percentage for people, rounded half up to 2 decimals: 6/75 → "8%", 2/3 → "66.67%".
 *
 * @example percentText(ratio(2, 3)); // "66.67%"
 */
export function percentText(fraction: Fraction): string {
  const { numerator, denominator } = fraction;
  const hundredths = (numerator * 20000n + denominator) / (2n * denominator); // × 100 %, × 100, half up
  const whole = hundredths / 100n;
  const rest = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${rest === "" ? "" : `.${rest}`}%`;
}
