import { describe, expect, it } from "vitest";
import { compareFractions, decimalFraction, percentText, ratio } from "../../src/numbers/fraction.js";

describe("exact fractions for band edges", () => {
  it("reads plain decimals exactly: 0.08 = 8/100, 0.095 = 95/1000, 1 = 1/1", () => {
    expect(decimalFraction("0.08")).toEqual({ numerator: 8, denominator: 100 });
    expect(decimalFraction("0.095")).toEqual({ numerator: 95, denominator: 1000 });
    expect(decimalFraction("1")).toEqual({ numerator: 1, denominator: 1 });
  });

  it("refuses anything but a plain decimal ≥ 0", () => {
    for (const text of ["-1", "1e-7", "0.", ".5", "8%", ""]) expect(() => decimalFraction(text)).toThrow(RangeError);
  });

  it("goes to BigInt past 15 digits: 0.0000000000000005 (5e-16) = 5/10^16, and 5e-324 stays exact", () => {
    expect(decimalFraction("0.0000000000000005")).toEqual({ numerator: 5n, denominator: 10n ** 16n });
    const tiny = decimalFraction(`0.${"0".repeat(323)}5`);
    expect(tiny.denominator).toBe(10n ** 324n);
    expect(compareFractions(tiny, decimalFraction("0"))).toBe(1);
    expect(compareFractions(tiny, decimalFraction("0.08"))).toBe(-1);
    expect(percentText(tiny)).toBe("0%");
  });

  it("compares exactly: 6/75 = 0.08, 6/74 > 0.08, 5/75 < 0.08", () => {
    const edge = decimalFraction("0.08");
    expect(compareFractions(ratio(6, 75), edge)).toBe(0);
    expect(compareFractions(ratio(6, 74), edge)).toBe(1);
    expect(compareFractions(ratio(5, 75), edge)).toBe(-1);
  });

  it("compares exactly where the products pass 2^53 (BigInt): 2^53 − 1 calls against 0.08", () => {
    const calls = Number.MAX_SAFE_INTEGER; // 9007199254740991 × 8 is not a safe integer
    const eightPercent = decimalFraction("0.08");
    // 720575940379279.28 = 8 % of the calls: 720575940379279 simple calls are just below it, …280 just above
    expect(compareFractions(ratio(720575940379279, calls), eightPercent)).toBe(-1);
    expect(compareFractions(ratio(720575940379280, calls), eightPercent)).toBe(1);
    expect(compareFractions(ratio(calls, calls), decimalFraction("1"))).toBe(0);
  });

  it("prints a percentage rounded half up to 2 decimals: 6/75 → 8%, 2/3 → 66.67%, 1/8 → 12.5%, 1/800 → 0.13%, 0/5 → 0%", () => {
    expect([ratio(6, 75), ratio(2, 3), ratio(1, 8), ratio(1, 800), ratio(0, 5), ratio(3, 2)].map(percentText)).toEqual(["8%", "66.67%", "12.5%", "0.13%", "0%", "150%"]);
  });
});
