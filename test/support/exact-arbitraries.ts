import fc from "fast-check";
import { LARGEST_AMOUNT } from "../../src/input/fields.js";
import { Decimal, type Exact, exactDivide } from "../../src/numbers/exact.js";

/**
 * Generators of the values `src/numbers/exact.ts` meets: the numbers of a quarter and of a policy
 * (short decimals up to the input bound 1,000,000,000, either sign, up to 6 decimals), the ratios
 * a division makes (a mean of 50 ÷ 3), and decimal.js values (what a huge sum becomes).
 */

/** The magnitudes a test should meet: small, any, and just below the input bound. */
const wholePart = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: LARGEST_AMOUNT }),
  fc.integer({ min: LARGEST_AMOUNT - 1000, max: LARGEST_AMOUNT }),
);

/**
 * A decimal of at most `maxDecimals` (≤ 6) decimals with |value| ≤ 1,000,000,000, either sign, as a
 * JS number: written as text first, so the number is exactly the decimal the test means.
 */
export const shortDecimal = (maxDecimals = 6): fc.Arbitrary<number> =>
  fc
    .integer({ min: 0, max: maxDecimals })
    .chain((decimals) => fc.tuple(fc.constant(decimals), wholePart, fc.integer({ min: 0, max: 10 ** decimals - 1 }), fc.boolean()))
    .map(([decimals, whole, fraction, negative]) => {
      const digits = whole === LARGEST_AMOUNT || decimals === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(decimals, "0")}`;
      const value = Number(negative ? `-${digits}` : digits);
      return value === 0 ? 0 : value;
    });

/** A whole divisor as the rules divide by (a count of projects or surveys, seats): 1 … 1,000,000, small ones often. */
export const divisor = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1_000_000 }));

/** A ratio as a division makes it (a short decimal ÷ a whole number): a number when it ends, else a ratio or decimal.js value. */
export const quotient: fc.Arbitrary<Exact> = fc.tuple(shortDecimal(), divisor).map(([dividend, by]) => exactDivide(dividend, by));

/** A short decimal as a decimal.js value (what the fallback hands on). */
export const decimalValue: fc.Arbitrary<Exact> = shortDecimal().map((value) => new Decimal(String(value)));

/** Any exact value of the accepted range: mostly short decimals, some quotients, a few decimal.js values. */
export const exactValue: fc.Arbitrary<Exact> = fc.oneof(
  { arbitrary: shortDecimal(), weight: 6 },
  { arbitrary: quotient, weight: 3 },
  { arbitrary: decimalValue, weight: 1 },
);

/** A list of terms as the rules sum them: up to `maxLength` (hundreds) values. */
export const terms = (value: fc.Arbitrary<Exact>, maxLength = 300): fc.Arbitrary<Exact[]> =>
  fc.oneof(fc.array(value, { maxLength: 8 }), fc.array(value, { minLength: 100, maxLength }));

/** A value that ends exactly on a rounding tie at 2 decimals (x.xx5), either sign: where half up matters. */
export const tie: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.boolean())
  .map(([hundredths, negative]) => Number(`${negative ? "-" : ""}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}5`));
