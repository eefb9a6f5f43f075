import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFractions, decimalFraction, type Fraction, percentText, ratio } from "../../src/numbers/fraction.js";

/**
 * Exact fractions for the band edges of 三.2.4 ("ECR≤8% … 8%<ECR≤10%") and 三.2.5 ("≥80%"). Band
 * edges are exact: 6 of 75 calls is exactly 8% and scores 15 (compare as fractions, never as rounded
 * floats), and no figure is printed next to a band it contradicts. Worked out by hand.
 */

const big = (fraction: Fraction) => ({ numerator: String(fraction.numerator), denominator: String(fraction.denominator) });

describe("exact fractions for band edges", () => {
  it("reads plain decimals exactly: 0.08 = 8/100, 0.095 = 95/1000, 1 = 1/1", () => {
    expect(decimalFraction("0.08")).toEqual({ numerator: 8, denominator: 100 });
    expect(decimalFraction("0.095")).toEqual({ numerator: 95, denominator: 1000 });
    expect(decimalFraction("1")).toEqual({ numerator: 1, denominator: 1 });
  });

  it("refuses anything but a plain decimal ≥ 0", () => {
    for (const text of ["-1", "1e-7", "0.", ".5", "8%", ""]) expect(() => decimalFraction(text)).toThrow(RangeError);
  });

  it("goes to whole decimal.js values past 15 digits (no BigInt: the spreadsheet bundle runs without it): 0.0000000000000005 = 5/10^16, and 5e-324 stays exact", () => {
    expect(big(decimalFraction("0.0000000000000005"))).toEqual({ numerator: "5", denominator: `1${"0".repeat(16)}` });
    const tiny = decimalFraction(`0.${"0".repeat(323)}5`);
    expect(String(tiny.denominator)).toBe(`1${"0".repeat(324)}`);
    expect(compareFractions(tiny, decimalFraction("0"))).toBe(1);
    expect(compareFractions(tiny, decimalFraction("0.08"))).toBe(-1);
    expect(percentText(tiny)).toBe("≈0%"); // 5 × 10^-322 %: not 0, so marked approximate
  });

  it("compares exactly: 6/75 = 0.08, 6/74 > 0.08, 5/75 < 0.08", () => {
    const edge = decimalFraction("0.08");
    expect(compareFractions(ratio(6, 75), edge)).toBe(0);
    expect(compareFractions(ratio(6, 74), edge)).toBe(1);
    expect(compareFractions(ratio(5, 75), edge)).toBe(-1);
  });

  it("compares exactly where the products pass 2^53 (whole decimal.js values): 2^53 − 1 calls against 0.08", () => {
    const calls = Number.MAX_SAFE_INTEGER; // 9007199254740991 × 8 is not a safe integer
    const eightPercent = decimalFraction("0.08");
    // 720575940379279.28 = 8 % of the calls: 720575940379279 simple calls are just below it, …280 just above
    expect(compareFractions(ratio(720575940379279, calls), eightPercent)).toBe(-1);
    expect(compareFractions(ratio(720575940379280, calls), eightPercent)).toBe(1);
    expect(compareFractions(ratio(calls, calls), decimalFraction("1"))).toBe(0);
  });
});

describe("percentText: a ratio for people, never shown as a band edge it is not", () => {
  it("a percentage that ends within 4 decimals is exact: 6/75 → 8%, 1/8 → 12.5%, 1/800 → 0.125%, 0/5 → 0%, 3/2 → 150%, 80001/1,000,000 → 8.0001%", () => {
    expect([ratio(6, 75), ratio(1, 8), ratio(1, 800), ratio(0, 5), ratio(3, 2), ratio(80001, 1_000_000)].map((f) => percentText(f))).toEqual([
      "8%",
      "12.5%",
      "0.125%",
      "0%",
      "150%",
      "8.0001%",
    ]);
  });

  it("any other is rounded half up to 2 decimals and marked ≈: 2/3 → ≈66.67%, 1/3 → ≈33.33%, 1/7 → ≈14.29%", () => {
    expect([ratio(2, 3), ratio(1, 3), ratio(1, 7)].map((f) => percentText(f))).toEqual(["≈66.67%", "≈33.33%", "≈14.29%"]);
  });

  it("just above the 8 % edge, more digits rather than the edge: 80001/1,000,001 = 8.00009199…% → ≈8.0001%; 800001/10,000,000 = 8.00001% → ≈8.00001%", () => {
    const edges = [decimalFraction("0.08"), decimalFraction("0.1")];
    expect(percentText(ratio(80001, 1_000_001), edges)).toBe("≈8.0001%");
    expect(percentText(ratio(800_001, 10_000_000), edges)).toBe("≈8.00001%");
    // Without the edge to avoid, the same ratio reads ≈8%.
    expect(percentText(ratio(80001, 1_000_001))).toBe("≈8%");
  });

  it("just below the 80 % edge: 7,999,999/10,000,000 = 79.99999% → ≈79.99999%, never ≈80%", () => {
    expect(percentText(ratio(7_999_999, 10_000_000), [decimalFraction("0.8"), decimalFraction("1")])).toBe("≈79.99999%");
  });

  it("a ratio that is exactly an edge of more than 4 percent decimals prints as that edge (8.00001 %), and the search for digits ends", () => {
    // Edges 8 % and 8.00001 %: the ratio 800001/10^7 rounds onto 8 % at 2, 3 and 4 decimals and is 8.00001 % itself.
    expect(percentText(ratio(800_001, 10_000_000), [decimalFraction("0.08"), decimalFraction("0.0800001")])).toBe("8.00001%");
  });

  it("counts past 2^53 / 10^6 go through decimal.js the same way: 90,000,000,001 of 1,000,000,000,000 = 9.0000000001% → ≈9.0000000001% beside a 9 % edge; 90,000,000,000 of it → 9%", () => {
    expect(percentText(ratio(90_000_000_001, 1_000_000_000_000), [decimalFraction("0.09")])).toBe("≈9.0000000001%");
    expect(percentText(ratio(90_000_000_000, 1_000_000_000_000), [decimalFraction("0.09")])).toBe("9%");
  });

  it("an edge of more than 15 digits (a whole decimal.js value) is avoided the same way: 8.00000000000001 % beside 9/100 → 9%, 2/3 → ≈66.67%, 8/100 → 8%", () => {
    const edges = [decimalFraction("0.0800000000000001")];
    expect(typeof edges[0]?.numerator).toBe("object");
    expect(percentText(ratio(9, 100), edges)).toBe("9%");
    expect(percentText(ratio(2, 3), edges)).toBe("≈66.67%");
    expect(percentText(ratio(8, 100), edges)).toBe("8%");
  });

  it("property: the text is the exact percentage, or is marked ≈, lies within half a hundredth of it and reads as no edge", () => {
    const edges = ["0.08", "0.1", "0.12", "0.14", "0.16", "0.6", "0.8", "1"].map(decimalFraction);
    const edgePercents = edges.map((edge) => new Decimal(String(edge.numerator)).times(100).dividedBy(String(edge.denominator)));
    const near = fc.oneof(
      // 1 … 1,000,000,000 calls with a share near an edge: within 3 calls of edge × total.
      fc.tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.constantFrom(0.08, 0.1, 0.12, 0.14, 0.16, 0.6, 0.8, 1), fc.integer({ min: -3, max: 3 })).map(([total, share, off]) => {
        const simple = Math.min(total, Math.max(0, Math.round(total * share) + off));
        return ratio(simple, total);
      }),
      fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 1000 })).map(([a, b]) => ratio(Math.min(a, b), b)),
    );
    fc.assert(
      fc.property(near, (fraction) => {
        const text = percentText(fraction, edges);
        const exactPercent = new Decimal(String(fraction.numerator)).times(100).dividedBy(String(fraction.denominator));
        const match = /^(≈?)(\d+(?:\.\d+)?)%$/.exec(text);
        expect(match, text).not.toBeNull();
        const shown = new Decimal((match as RegExpExecArray)[2] as string);
        if ((match as RegExpExecArray)[1] === "") {
          expect(shown.equals(exactPercent), `${text} is not ${exactPercent.toFixed()}%`).toBe(true);
        } else {
          // ≈ also marks a percentage that ends past 4 decimals, shown in full (≈8.00001%).
          expect(shown.minus(exactPercent).abs().lessThanOrEqualTo("0.005")).toBe(true);
          expect(edgePercents.some((edge) => edge.equals(shown)), `${text} reads as an edge it is not`).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
