import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, type Exact, exactDivide, exactEquals, exactMinus, exactSum, exactText, exactTimes, isNegative, numberText, roundHalfUp } from "../../src/numbers/exact.js";
import { divisor, exactValue, quotient, shortDecimal, terms, tie } from "../support/exact-arbitraries.js";
import { approximate, Big, dividedBy, minus, type Rational, rationalOf, roundedHalfUp, sameValue, sumOf, terminates, times } from "../support/exact-reference.js";

/**
 * Reading R4: "each item is computed exactly (decimal.js, never binary floats), then rounded to 2
 * decimals, half up". `src/numbers/exact.ts` has one fast path (short decimals and ratios of whole
 * numbers in JS numbers, guarded term by term) and falls back to decimal.js. These properties
 * compare it with decimal.js doing the same arithmetic as exact ratios of whole numbers
 * (test/support/exact-reference.ts) across the whole accepted range: either sign, values up to the
 * input bound 1,000,000,000 with up to 6 decimals, ratios from divisions, hundreds of terms.
 */

const RUNS = { numRuns: 200 };

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const hasRatio = (values: readonly Exact[]) => values.some((value) => typeof value === "object" && !(value instanceof Decimal));

/**
 * `actual` is `expected`. A number or a ratio is always exact. A decimal.js value is exact when the
 * value ends and no ratio went into it; one that holds a ratio (the fallback after a guard failed)
 * or a quotient that does not end carries it to 60 significant digits, so there it is checked to 55.
 */
function expectSame(actual: Exact, expected: Rational, inputs: readonly Exact[]): void {
  if (typeof actual === "number") {
    expect(Number.isFinite(actual)).toBe(true);
    expect(Object.is(actual, -0)).toBe(false);
    expect(sameValue(rationalOf(actual), expected), `${actual} ≠ ${approximate(expected).toFixed()}`).toBe(true);
  } else if (actual instanceof Decimal) {
    if (!hasRatio(inputs) && terminates(expected)) {
      expect(sameValue(rationalOf(actual), expected), `${actual.toFixed()} ≠ ${approximate(expected).toFixed()}`).toBe(true);
    } else {
      const error = new Big(actual).minus(approximate(expected)).abs();
      expect(error.lessThanOrEqualTo(approximate(expected).abs().times("1e-55").plus("1e-300"))).toBe(true);
    }
  } else {
    // A ratio is reduced, has a denominator > 1, and is no short decimal (it would be a number).
    expect(actual.denominator).toBeGreaterThan(1);
    expect(Number.isSafeInteger(actual.numerator) && Number.isSafeInteger(actual.denominator)).toBe(true);
    expect(gcd(actual.numerator, actual.denominator)).toBe(1);
    expect(new Big(1_000_000).times(actual.numerator).mod(actual.denominator).isZero()).toBe(false);
    expect(sameValue(rationalOf(actual), expected), `${exactText(actual)} ≠ ${approximate(expected).toFixed()}`).toBe(true);
  }
}

/**
 * Rounded half up to 2 decimals as the reference rounds the exact value. A decimal.js value that
 * holds a ratio to 60 digits could only miss a tie it lies within 10^-50 of; such a value is skipped.
 */
function expectRounded(actual: Exact, expected: Rational, inputs: readonly Exact[]): void {
  if (actual instanceof Decimal && hasRatio(inputs)) {
    const hundredths = approximate(expected).times(100).abs();
    if (hundredths.minus(hundredths.floor()).minus(0.5).abs().lessThan("1e-45")) return;
  }
  expect(roundHalfUp(actual, 2)).toBe(roundedHalfUp(expected, 2));
}

describe("R4 exact arithmetic agrees with decimal.js across the accepted range", () => {
  it("exactSum of short decimals (either sign, up to 1,000,000,000, up to 6 decimals, up to 300 terms) is their exact sum, and so is its rounding", () => {
    fc.assert(
      fc.property(terms(shortDecimal()), (values) => {
        const expected = sumOf(values.map(rationalOf));
        const sum = exactSum(values);
        expectSame(sum, expected, values);
        expectRounded(sum, expected, values);
        // Short decimals sum to a decimal, which decimal.js holds exactly: the sum itself.
        expect(new Big(exactText(sum)).equals(Big.sum(0, ...values.map((value) => new Big(String(value)))))).toBe(true);
      }),
      RUNS,
    );
  });

  it("exactSum of mixed terms (short decimals, quotients such as 50/3, decimal.js values) is their exact sum, and so is its rounding", () => {
    fc.assert(
      fc.property(terms(exactValue), (values) => {
        const expected = sumOf(values.map(rationalOf));
        const sum = exactSum(values);
        expectSame(sum, expected, values);
        expectRounded(sum, expected, values);
      }),
      RUNS,
    );
  });

  it("exactMinus(a, b) is a − b, for every kind of a and b", () => {
    fc.assert(
      fc.property(exactValue, exactValue, (a, b) => {
        const expected = minus(rationalOf(a), rationalOf(b));
        const difference = exactMinus(a, b);
        expectSame(difference, expected, [a, b]);
        expectRounded(difference, expected, [a, b]);
      }),
      RUNS,
    );
  });

  it("exactTimes(a, b) is a × b: counts × per-case points, and any two values of the range", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(shortDecimal(0), shortDecimal(2)), fc.tuple(exactValue, exactValue)), ([a, b]) => {
        const expected = times(rationalOf(a), rationalOf(b));
        const product = exactTimes(a, b);
        expectSame(product, expected, [a, b]);
        expectRounded(product, expected, [a, b]);
      }),
      RUNS,
    );
  });

  it("exactDivide(a, n) is a ÷ n for a whole n from 1 to 1,000,000: a number when it ends within 6 decimals, else a ratio", () => {
    fc.assert(
      fc.property(fc.oneof(shortDecimal(), quotient), divisor, (a, n) => {
        const expected = dividedBy(rationalOf(a), n);
        const result = exactDivide(a, n);
        expectSame(result, expected, [a]);
        expectRounded(result, expected, [a]);
      }),
      RUNS,
    );
  });

  it("a mean as the rules take it, (Σ terms) ÷ count, then a deduction subtracted: exact, and rounded as the exact value", () => {
    fc.assert(
      fc.property(fc.array(shortDecimal(2), { minLength: 1, maxLength: 200 }), shortDecimal(), (values, deduction) => {
        const expected = minus(dividedBy(sumOf(values.map(rationalOf)), values.length), rationalOf(deduction));
        const mean = exactDivide(exactSum(values), values.length);
        const result = exactMinus(mean, deduction);
        expectSame(result, expected, [mean]);
        expectRounded(result, expected, [mean]);
      }),
      RUNS,
    );
  });

  it("roundHalfUp to 2 decimals rounds a tie x.xx5 away from zero, and never returns −0", () => {
    fc.assert(
      fc.property(tie, (value) => {
        const rounded = roundHalfUp(value, 2);
        expect(rounded).toBe(roundedHalfUp(rationalOf(value), 2));
        expect(Math.abs(rounded)).toBeGreaterThan(Math.abs(value));
        expect(Object.is(rounded, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  it("roundHalfUp to 0 … 6 decimals agrees with decimal.js ROUND_HALF_UP on every kind of value", () => {
    fc.assert(
      fc.property(exactValue, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const expected = rationalOf(value);
        expect(roundHalfUp(value, decimals)).toBe(roundedHalfUp(expected, decimals));
      }),
      RUNS,
    );
  });

  it("exactEquals and isNegative say what the exact values say; b + (a − b) equals a while no decimal.js value is involved", () => {
    fc.assert(
      fc.property(exactValue, exactValue, (a, b) => {
        expect(exactEquals(a, b)).toBe(sameValue(rationalOf(a), rationalOf(b)));
        expect(exactEquals(a, a)).toBe(true);
        // The identity is exact while the arithmetic stays on the fast path (a decimal.js value holds a ratio to 60 digits).
        const difference = exactMinus(a, b);
        const back = exactSum([b, difference]);
        if (![a, b, difference, back].some((value) => value instanceof Decimal)) expect(exactEquals(a, back)).toBe(true);
        expect(isNegative(a)).toBe(rationalOf(a).n.isNegative() && !rationalOf(a).n.isZero());
      }),
      RUNS,
    );
  });

  it("a ratio that ends past 6 decimals equals the number it ends as: 1 ÷ 10,000,000 = 0.0000001 (1e-7)", () => {
    expect(exactEquals(exactDivide(1, 10_000_000), 1e-7)).toBe(true);
    expect(exactEquals(1e-7, exactDivide(1, 10_000_000))).toBe(true);
    expect(exactEquals(exactDivide(1, 10_000_000), new Decimal("1e-7"))).toBe(true);
    expect(exactEquals(exactDivide(1, 3), 0.3333333333333333)).toBe(false);
    expect(exactEquals(exactDivide(1, 3), new Decimal(1).dividedBy(3))).toBe(false); // 60 digits of 1/3 are not 1/3
  });

  it("longer decimals (any number down to 1e-25 in size, more than 6 decimals) go through decimal.js and stay exact in sums and differences", () => {
    const longDecimal = fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((value) => value === 0 || Math.abs(value) >= 1e-25);
    fc.assert(
      fc.property(terms(fc.oneof(longDecimal, shortDecimal()), 200), longDecimal, (values, deduction) => {
        const expected = minus(sumOf(values.map(rationalOf)), rationalOf(deduction));
        const result = exactMinus(exactSum(values), deduction);
        expectSame(result, expected, values);
        expectRounded(result, expected, values);
      }),
      RUNS,
    );
  });
});

describe("R4 numberText writes every number as String() does (the sentences' figures)", () => {
  it("any double, short decimal or not, reads the same as String(value)", () => {
    fc.assert(fc.property(fc.double(), (value) => numberText(value) === String(value)), { numRuns: 2000 });
  });

  it("every short decimal of the accepted range (±1e9, up to 6 decimals) reads the same as String(value)", () => {
    fc.assert(fc.property(shortDecimal(), (value) => numberText(value) === String(value)), { numRuns: 2000 });
  });

  it("leading zeros of the fraction kept, sign kept, zero of either sign is \"0\"", () => {
    const cases = [0.000001, -0.000001, 0.05, -0.05, 0.5, 27.5, 999999999.999999, -123.456, 0, -0, 1e-7, 1e21, 0.1 + 0.2];
    expect(cases.map(numberText)).toEqual(cases.map(String));
  });
});
