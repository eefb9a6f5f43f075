import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024 } from "../../src/index.js";
import { exactDivide, exactMinus, exactSum, exactTimes, roundScore } from "../../src/numbers/exact.js";

describe("R4 exact arithmetic, with short decimals as numbers", () => {
  it("adds short decimals exactly: 0.1 + 0.2 = 0.3 and 25.13 + 15.63 + 35.01 = 75.77, as numbers", () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([25.13, 15.63, 35.01])).toBe(75.77);
    expect(exactSum([])).toBe(0);
  });

  it("subtracts and multiplies exactly: 10 − 0.5 − 0.75 = 8.75, 3 × 0.3 = 0.9, 1.5 × 0.5 = 0.75", () => {
    expect(exactMinus(exactMinus(10, 0.5), 0.75)).toBe(8.75);
    expect(exactTimes(3, 0.3)).toBe(0.9);
    expect(3 * 0.3).not.toBe(0.9);
    expect(exactTimes(1.5, 0.5)).toBe(0.75);
  });

  it("goes to decimal.js for long decimals, huge values and divisions that do not end", () => {
    const long = exactSum([0.1234567, 1]);
    expect(long).toBeInstanceOf(Decimal);
    expect(long.toString()).toBe("1.1234567");
    expect(exactSum([1e15, 1])).toBeInstanceOf(Decimal);
    expect(exactSum([9e14, 9e14]).toString()).toBe("1800000000000000");
    expect(exactTimes(0.001, 0.0001).toString()).toBe("1e-7");
    expect(exactTimes(1e8, 1e8).toString()).toBe("10000000000000000");
    expect(exactMinus(new Decimal("16.666"), 2).toString()).toBe("14.666");
    expect(exactDivide(75, 3)).toBe(25);
    expect(exactDivide(75, 4)).toBe(18.75);
    expect(exactDivide(201, 8)).toBe(25.125);
    expect(exactDivide(50, 3)).toBeInstanceOf(Decimal);
    expect(exactDivide(50, 3).toString()).toBe("16.666666666666666667");
    expect(exactDivide(7.5, 3)).toBe(2.5);
    expect(exactDivide(1, 3 ** 20).toString()).toBe(new Decimal(1).dividedBy(3 ** 20).toString());
    expect(exactDivide(new Decimal(10), 4).toString()).toBe("2.5");
  });

  it("rounds half up only what has more decimals than the policy: 9.5 stays, 23.125 → 23.13, −2.345 → −2.35, −0.001 → 0", () => {
    expect(roundScore(9.5, CLOUD_DESKTOP_2024)).toBe(9.5);
    expect(roundScore(23.125, CLOUD_DESKTOP_2024)).toBe(23.13);
    expect(roundScore(-2.345, CLOUD_DESKTOP_2024)).toBe(-2.35);
    expect(Object.is(roundScore(-0.001, CLOUD_DESKTOP_2024), 0)).toBe(true);
    expect(Object.is(roundScore(-0, CLOUD_DESKTOP_2024), 0)).toBe(true);
  });
});
