import { Decimal, type Exact } from "../numbers/exact.js";

/**
 * Exact ratios of whole numbers (BigInt), for solving where a lever crosses an edge: every number of
 * a quarter and of the policy is a finite decimal, so sums, products and quotients of them are exact
 * here, and a floor or a ceiling of a quotient is never one off.
 */
export interface Rational {
  readonly n: bigint;
  /** > 0. */
  readonly d: bigint;
}


/** A decimal string's digits as a rational ("-12.345" is −12345/1000). */
function parsed(text: string): Rational {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const n = BigInt(`${whole}${fraction}`);
  return { n: negative ? -n : n, d: 10n ** BigInt(fraction.length) };
}

/**
 * An exact value (a short decimal as a number, or a decimal.js value) as a rational.
 *
 * @example rational(0.25); // { n: 25n, d: 100n }
 */
export function rational(value: Exact): Rational {
  if (typeof value === "number") {
    // A number stands for its shortest decimal (numbers/exact.ts): with at most 6 decimals, its
    // millionths are a whole number that scales back to it exactly.
    for (let decimals = 0, scale = 1; decimals <= 6; decimals += 1, scale *= 10) {
      const units = Math.round(value * scale);
      if (units / scale === value && Number.isSafeInteger(units)) return { n: BigInt(units), d: 10n ** BigInt(decimals) };
    }
  }
  return parsed(new Decimal(value).toFixed());
}

/** a + b. */
export function plus(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** a − b. */
export function minus(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** a × b. */
export function times(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a ÷ b, b ≠ 0. */
export function dividedBy(a: Rational, b: Rational): Rational {
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

/**
 * ⌊a⌋ and whether a is a whole number.
 *
 * @example floor({ n: -7n, d: 2n }); // { floor: -4n, whole: false }
 */
export function floor(a: Rational): { floor: bigint; whole: boolean } {
  const quotient = a.n / a.d;
  const whole = a.n % a.d === 0n;
  return { floor: !whole && a.n < 0n ? quotient - 1n : quotient, whole };
}

/**
 * A rational ≥ 0 rounded half up to `decimals` decimals (reading R4, as roundScore of numbers/exact.ts
 * rounds a score), as a number: ⌊(2·n·10ᵈ + d) / 2d⌋ / 10ᵈ.
 *
 * @example roundedHalfUp({ n: 201n, d: 8n }, 2); // 25.13 (25.125 rounds up)
 */
export function roundedHalfUp(a: Rational, decimals: number): number {
  const units = (2n * a.n * 10n ** BigInt(decimals) + a.d) / (2n * a.d);
  return Number(units) / 10 ** decimals;
}

/**
 * The rational as a decimal.js value (exact for a finite decimal, else to decimal.js's precision).
 *
 * @example toDecimal({ n: 1n, d: 4n }).toString(); // "0.25"
 */
export function toDecimal(a: Rational): Decimal {
  return new Decimal(a.n.toString()).dividedBy(a.d.toString());
}
