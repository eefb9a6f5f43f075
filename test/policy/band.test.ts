import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { type BandTable, CLOUD_DESKTOP_2024 } from "../../src/index.js";
import { decimalFraction, type Fraction } from "../../src/numbers/fraction.js";
import { describeBand, findBand } from "../../src/policy/band.js";

const d = (value: number | string) => new Decimal(value);
/** numerator / denominator as an exact fraction; both plain decimals ≥ 0 (denominator > 0). */
const fraction = (numerator: number | string, denominator: number | string): Fraction => {
  const top = decimalFraction(String(numerator));
  const bottom = decimalFraction(String(denominator));
  return { numerator: BigInt(top.numerator) * BigInt(bottom.denominator), denominator: BigInt(top.denominator) * BigInt(bottom.numerator) };
};
const ecr = CLOUD_DESKTOP_2024.ecr.bands;
const online = CLOUD_DESKTOP_2024.training.online.bands;
const offline = CLOUD_DESKTOP_2024.training.offline.bands;
const points = (table: BandTable, numerator: number | string, denominator: number | string) => findBand(table, fraction(numerator, denominator)).points;

describe("3.2.4 / 3.2.5 bands: findBand compares every edge exactly", () => {
  describe("3.2.4 ECR bands", () => {
    it.each([
      [0, 1, 15, "0 → 15"],
      [6, 75, 15, "6/75 is exactly 8 % → 15 (ECR≤8%)"],
      ["8", "100", 15, "8/100 = 8 % → 15"],
      ["8.0001", "100", 12, "8.0001 % > 8 % → 12"],
      [6, 74, 12, "6/74 = 8.108… % → 12"],
      [1, 10, 12, "1/10 = 10 % → 12 (8%<ECR≤10%)"],
      ["1001", "10000", 9, "10.01 % → 9"],
      [3, 25, 9, "3/25 = 12 % → 9"],
      [13, 100, 6, "13 % → 6"],
      [7, 50, 6, "7/50 = 14 % → 6"],
      [4, 25, 3, "4/25 = 16 % → 3"],
      ["1601", "10000", 0, "16.01 % → 0"],
      [1000, 1, 0, "100000 % → 0 (the last band is unbounded)"],
    ] as [number | string, number | string, number, string][])("%s/%s → %i: %s", (numerator, denominator, expected, _why) => {
      expect(points(ecr, numerator, denominator)).toBe(expected);
    });

    it("a ratio that would be 0.08000000000000002 in binary floats (0.1 × 0.8 of 1) is still exactly 8 %: 0.08 / 1 → 15", () => {
      expect(points(ecr, d("0.1").times("0.8").toString(), 1)).toBe(15);
    });
  });

  describe("3.2.5 training bands", () => {
    it.each([
      ["online", 1, 1, 10, "100 % → 10"],
      ["online", 99, 100, 5, "99 % → 5 (≥80%)"],
      ["online", 4, 5, 5, "4/5 = 80 % → 5 (≥80%)"],
      ["online", 79, 100, 0, "79 % → 0 (<80%)"],
      ["online", 0, 5, 0, "0 % → 0"],
      ["offline", 1, 1, 10, "100 % → 10 (≥100%)"],
      ["offline", 4, 5, 8, "4/5 = 80 % → 8 (≥80%)"],
      ["offline", 79, 100, 3, "79 % → 3 (≥60%)"],
      ["offline", 3, 5, 3, "3/5 = 60 % → 3 (≥60%)"],
      ["offline", 599, 1000, 0, "59.9 % → 0 (<60%)"],
    ] as ["online" | "offline", number, number, number, string][])("%s %i/%i → %i: %s", (part, numerator, denominator, expected, _why) => {
      expect(points(part === "online" ? online : offline, numerator, denominator)).toBe(expected);
    });
  });

});

describe("3.2.4 / 3.2.5 describeBand", () => {
  it.each([
    [0, "x ≤ 8%"],
    [1, "8% < x ≤ 10%"],
    [2, "10% < x ≤ 12%"],
    [3, "12% < x ≤ 14%"],
    [4, "14% < x ≤ 16%"],
    [5, "16% < x"],
  ])("ECR band %i → %s", (index, text) => {
    expect(describeBand(ecr.bands[index]!)).toBe(text);
  });

  it("3.2.5 online bands: x < 80%, 80% ≤ x < 100%, 100% ≤ x", () => {
    expect(online.bands.map(describeBand)).toEqual(["x < 80%", "80% ≤ x < 100%", "100% ≤ x"]);
  });

  it("3.2.5 offline bands: x < 60%, 60% ≤ x < 80%, 80% ≤ x < 100%, 100% ≤ x", () => {
    expect(offline.bands.map(describeBand)).toEqual(["x < 60%", "60% ≤ x < 80%", "80% ≤ x < 100%", "100% ≤ x"]);
  });

  it("a band starting at 0 exclusive shows its lower edge: 0% < x ≤ 5%", () => {
    expect(describeBand({ from: { at: "0", inclusive: false }, to: { at: "0.05", inclusive: true }, points: 1 })).toBe("0% < x ≤ 5%");
  });
});
