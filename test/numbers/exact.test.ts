import { describe, expect, it } from "vitest";
import { Decimal, exact, exactDivide, exactEquals, exactMinus, exactSum, exactText, exactTimes, isNegative, roundHalfUp } from "../../src/numbers/exact.js";

/**
 * Reading R4 (三.1): "each item is computed exactly (decimal.js, never binary floats), then rounded to
 * 2 decimals, half up". One exact fast path: short decimals as JS numbers, quotients that do not end
 * as ratios of whole numbers ("50/3"), decimal.js beyond the guard. Worked out by hand;
 * `exact.property.test.ts` compares the whole range with decimal.js.
 */

describe("R4 exact arithmetic, short decimals as numbers", () => {
  it("adds short decimals exactly: 0.1 + 0.2 = 0.3 and 25.13 + 15.63 + 35.01 = 75.77, as numbers; an empty sum is 0", () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([25.13, 15.63, 35.01])).toBe(75.77);
    expect(exactSum([])).toBe(0);
  });

  it("subtracts and multiplies exactly: 10 − 0.5 − 0.75 = 8.75, 3 × 0.3 = 0.9 (binary floats: 0.8999…), 1.5 × 0.5 = 0.75", () => {
    expect(exactMinus(exactMinus(10, 0.5), 0.75)).toBe(8.75);
    expect(exactTimes(3, 0.3)).toBe(0.9);
    expect(3 * 0.3).not.toBe(0.9);
    expect(exactTimes(1.5, 0.5)).toBe(0.75);
  });

  it("mixed signs cancel to +0, never −0: 0.3 − 0.1 − 0.2 = 0; −5 + 5 = 0", () => {
    expect(Object.is(exactSum([0.3, -0.1, -0.2]), 0)).toBe(true);
    expect(Object.is(exactSum([-5, 5]), 0)).toBe(true);
    expect(Object.is(exactMinus(0.5, 0.5), 0)).toBe(true);
  });
});

describe("R4 a quotient that does not end is a ratio of whole numbers, shown as \"50/3\"", () => {
  it("divides to a number when the quotient ends within 6 decimals: 75 ÷ 3 = 25, 75 ÷ 4 = 18.75, 201 ÷ 8 = 25.125, 7.5 ÷ 3 = 2.5", () => {
    expect(exactDivide(75, 3)).toBe(25);
    expect(exactDivide(75, 4)).toBe(18.75);
    expect(exactDivide(201, 8)).toBe(25.125);
    expect(exactDivide(7.5, 3)).toBe(2.5);
  });

  it("to a reduced ratio otherwise: 50 ÷ 3 = 50/3; 100 ÷ 6 = 50/3; 1 ÷ 3^20 = 1/3486784401", () => {
    expect(exactDivide(50, 3)).toEqual({ numerator: 50, denominator: 3 });
    expect(exactDivide(100, 6)).toEqual({ numerator: 50, denominator: 3 });
    expect(exactText(exactDivide(50, 3))).toBe("50/3");
    expect(exactText(exactDivide(1, 3 ** 20))).toBe("1/3486784401");
  });

  it("a ratio stays exact through sums: 50/3 + 1/3 = 17; 50/3 − 7 = 29/3; 1/3 + 2/3 = 1", () => {
    expect(exactSum([exactDivide(50, 3), exactDivide(1, 3)])).toBe(17);
    expect(exactText(exactMinus(exactDivide(50, 3), 7))).toBe("29/3");
    expect(exactSum([exactDivide(1, 3), exactDivide(2, 3)])).toBe(1);
  });

  it("a product past 6 decimals is a ratio too, equal to the number it ends as: 0.001 × 0.0001 = 1/10000000 = 1e-7", () => {
    const product = exactTimes(0.001, 0.0001);
    expect(exactText(product)).toBe("1/10000000");
    expect(exactEquals(product, 1e-7)).toBe(true);
    expect(roundHalfUp(product, 7)).toBe(1e-7);
  });
});

describe("R4 decimal.js beyond the guard (each term and partial result below 10^15 units)", () => {
  it("goes to decimal.js for long decimals and huge values: 0.1234567 + 1 = 1.1234567; 10^15 + 1; 9×10^14 + 9×10^14 = 1.8×10^15", () => {
    const long = exactSum([0.1234567, 1]);
    expect(long).toBeInstanceOf(Decimal);
    expect(exactText(long)).toBe("1.1234567");
    expect(exactSum([1e15, 1])).toBeInstanceOf(Decimal);
    expect(exactText(exactSum([1e15, 1]))).toBe("1000000000000001");
    expect(exactText(exactSum([9e14, 9e14]))).toBe("1800000000000000");
    expect(exactText(exactTimes(1e8, 1e8))).toBe("10000000000000000");
    expect(exactText(exactMinus(new Decimal("16.666"), 2))).toBe("14.666");
    expect(exactText(exactDivide(new Decimal(10), 4))).toBe("2.5");
  });

  it("the guard is per term, on both sides of 10^15 units: 999,999,999.999998 + 0.000001 is a number; 999,999,999.999999 + 0.000001 = 1,000,000,000 through decimal.js", () => {
    expect(exactSum([999_999_999.999998, 0.000001])).toBe(999_999_999.999999);
    const atGuard = exactSum([999_999_999.999999, 0.000001]); // 999,999,999,999,999 + 1 = 10^15 units of 10^-6
    expect(atGuard).toBeInstanceOf(Decimal);
    expect(exactText(atGuard)).toBe("1000000000");
    expect(exactSum([999_999_999.999999, -999_999_999.999999, 0.000001])).toBe(0.000001);
  });

  it("a quotient that ends but is too long for a number goes to decimal.js: 320,000,000,001 ÷ 64 = 5,000,000,000.015625 (16 digits)", () => {
    const quotient = exactDivide(320_000_000_001, 64);
    expect(quotient).toBeInstanceOf(Decimal);
    expect(exactText(quotient)).toBe("5000000000.015625");
  });

  it("a ratio meets a huge value through decimal.js, to 60 significant digits: 50/3 + 10^15 = 1000000000000016. and 44 decimals, the last rounded up", () => {
    const sum = exactSum([exactDivide(50, 3), 1e15]);
    expect(sum).toBeInstanceOf(Decimal);
    // 16 whole digits leave 44 of the 60 for decimals: 43 sixes, then the 44th rounded up from 6… to 7.
    expect(exactText(sum)).toBe(`1000000000000016.${"6".repeat(43)}7`);
  });
});

describe("R4 rounding half up (ties away from zero), as a JS number, zero always +0", () => {
  it("rounds only what has more decimals than asked: 9.5 stays, 23.125 → 23.13, −2.345 → −2.35, 50/3 → 16.67, −0.001 → 0, −0 → 0", () => {
    expect(roundHalfUp(9.5, 2)).toBe(9.5);
    expect(roundHalfUp(23.125, 2)).toBe(23.13);
    expect(roundHalfUp(-2.345, 2)).toBe(-2.35);
    expect(roundHalfUp(exactDivide(50, 3), 2)).toBe(16.67);
    expect(roundHalfUp(exactDivide(-50, 3), 2)).toBe(-16.67);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 2), 0)).toBe(true);
  });

  it("on both sides of a tie: 2.3449999 → 2.34, 2.345 → 2.35, 2.3450001 → 2.35; 29/3 = 9.666… → 9.67", () => {
    expect(roundHalfUp(2.3449999, 2)).toBe(2.34);
    expect(roundHalfUp(2.345, 2)).toBe(2.35);
    expect(roundHalfUp(2.3450001, 2)).toBe(2.35);
    expect(roundHalfUp(exactDivide(29, 3), 2)).toBe(9.67);
  });

  it("to 0 decimals: 2.5 → 3, −2.5 → −3; to 8 decimals (past the fast path) through decimal.js: 1/3 → 0.33333333", () => {
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(exactDivide(1, 3), 8)).toBe(0.33333333);
  });

  it("a decimal.js value rounds as decimal.js rounds it: 1,000,000,000,000,000.125 → 1,000,000,000,000,000.13 as the nearest number", () => {
    expect(roundHalfUp(new Decimal("1000000000000000.125"), 2)).toBe(1000000000000000.13);
  });
});

describe("R4 exact values as text, compared and signed", () => {
  it("exactText writes a decimal never in exponent form: 9.5, 0.0000001, 10^21, −14.666, 50/3", () => {
    expect(exactText(9.5)).toBe("9.5");
    expect(exactText(1e-7)).toBe("0.0000001");
    expect(exactText(1e21)).toBe("1000000000000000000000");
    expect(exactText(new Decimal("-14.666"))).toBe("-14.666");
    expect(exactText(exactDivide(50, 3))).toBe("50/3");
  });

  it("exact() reads each kind as decimal.js: 0.5 × 3 = 1.5; 50/3 to 60 digits; a decimal string as it is", () => {
    expect(exact(0.5).times(3).toString()).toBe("1.5");
    expect(exact(exactDivide(50, 3)).toFixed()).toBe(`16.${"6".repeat(57)}7`);
    expect(exact("23.125").toFixed()).toBe("23.125");
  });

  it("exactEquals: 5/2 = 2.5; 50/3 ≠ 16.67; 100/6 = 50/3; decimal.js 2.5 = 2.5; 1 ÷ 10^7 = 1e-7 (a ratio that ends past 6 decimals)", () => {
    expect(exactEquals(exactDivide(5, 2), 2.5)).toBe(true);
    expect(exactEquals(exactDivide(50, 3), 16.67)).toBe(false);
    expect(exactEquals(16.67, exactDivide(50, 3))).toBe(false);
    expect(exactEquals(exactDivide(100, 6), exactDivide(50, 3))).toBe(true);
    expect(exactEquals(exactDivide(50, 3), exactDivide(49, 3))).toBe(false);
    expect(exactEquals(new Decimal("2.5"), 2.5)).toBe(true);
    expect(exactEquals(exactDivide(1, 10_000_000), 1e-7)).toBe(true);
  });

  it("isNegative: −0.5 yes, 0 no, 1 − 4/3 = −1/3 yes, decimal.js −10^15 yes, 50/3 no", () => {
    expect(isNegative(-0.5)).toBe(true);
    expect(isNegative(0)).toBe(false);
    expect(isNegative(exactMinus(1, exactDivide(4, 3)))).toBe(true);
    expect(isNegative(exactSum([-1e15, -1]))).toBe(true);
    expect(isNegative(exactDivide(50, 3))).toBe(false);
  });
});
