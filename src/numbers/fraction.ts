/**
 * Exact ratios of whole numbers, for band edges ("8% < ECR ≤ 10%"): a count ratio such as 6/75 is
 * compared with the edge 0.08 as 6 × 100 against 8 × 75, in integers, so it is exactly 8 %. The
 * integers are JS numbers while every product stays a safe integer (exact), and BigInt beyond.
 */

/** A ratio of two whole numbers ≥ 0 (safe integers, or BigInts beyond); the denominator is > 0. */
export interface Fraction {
  readonly numerator: number | bigint;
  readonly denominator: number | bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A ratio of two whole numbers (counts).
 *
 * @example ratio(6, 75); // 6/75
 */
export function ratio(numerator: number, denominator: number): Fraction {
  return { numerator, denominator };
}

/**
 * A plain decimal string ≥ 0 as an exact fraction: "0.095" is 95/1000 (BigInts past 15 digits).
 *
 * @example decimalFraction("0.08"); // 8/100
 */
export function decimalFraction(text: string): Fraction {
  const match = DECIMAL.exec(text);
  if (match === null) throw new RangeError(`not a plain decimal: ${text}`);
  const decimals = match[2] ?? "";
  const digits = `${match[1]}${decimals}`;
  if (digits.length <= 15) return { numerator: Number(digits), denominator: 10 ** decimals.length };
  return { numerator: BigInt(digits), denominator: 10n ** BigInt(decimals.length) };
}

/** a × b exactly: as a number while it is a safe integer, else as a BigInt. */
function product(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const value = a * b;
    if (Number.isSafeInteger(value)) return value;
  }
  return BigInt(a) * BigInt(b);
}

/**
 * −1, 0 or 1 as `a` is below, equal to or above `b`, exactly.
 *
 * @example compareFractions(ratio(6, 75), decimalFraction("0.08")); // 0
 */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = product(a.numerator, b.denominator);
  const right = product(b.numerator, a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A ratio as a percentage for people, rounded half up to 2 decimals: 6/75 → "8%", 2/3 → "66.67%".
 *
 * @example percentText(ratio(2, 3)); // "66.67%"
 */
export function percentText(fraction: Fraction): string {
  const numerator = BigInt(fraction.numerator);
  const denominator = BigInt(fraction.denominator);
  const hundredths = (numerator * 20000n + denominator) / (2n * denominator); // × 100 %, × 100, half up
  const rest = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${hundredths / 100n}${rest === "" ? "" : `.${rest}`}%`;
}
