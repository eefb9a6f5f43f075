import { describe, expect, it } from "vitest";
import { compareFractions, decimalFraction, percentText, ratio } from "../../src/numbers/fraction.js";

describe("exact fractions for band edges", () => {
  it("reads plain decimals exactly: 0.08 = 8/100, 0.095 = 95/1000, 1 = 1/1", () => {
    expect(decimalFraction("0.08")).toEqual({ numerator: 8n, denominator: 100n });
    expect(decimalFraction("0.095")).toEqual({ numerator: 95n, denominator: 1000n });
    expect(decimalFraction("1")).toEqual({ numerator: 1n, denominator: 1n });
  });

  it("refuses anything but a plain decimal ≥ 0", () => {
    for (const text of ["-1", "1e-7", "0.", ".5", "8%", ""]) expect(() => decimalFraction(text)).toThrow(RangeError);
  });

  it("compares exactly: 6/75 = 0.08, 6/74 > 0.08, 5/75 < 0.08", () => {
    const edge = decimalFraction("0.08");
    expect(compareFractions(ratio(6, 75), edge)).toBe(0);
    expect(compareFractions(ratio(6, 74), edge)).toBe(1);
    expect(compareFractions(ratio(5, 75), edge)).toBe(-1);
  });

  it("compares counts beyond 2^53 exactly (BigInt)", () => {
    const big = 2 ** 53 + 1;
    expect(compareFractions({ numerator: BigInt(big) * 8n, denominator: BigInt(big) * 100n }, decimalFraction("0.08"))).toBe(0);
  });

  it("prints a percentage rounded half up to 2 decimals: 6/75 → 8%, 2/3 → 66.67%, 1/8 → 12.5%, 1/800 → 0.13%, 0/5 → 0%", () => {
    expect([ratio(6, 75), ratio(2, 3), ratio(1, 8), ratio(1, 800), ratio(0, 5), ratio(3, 2)].map(percentText)).toEqual(["8%", "66.67%", "12.5%", "0.13%", "0%", "150%"]);
  });
});
