import { describe, expect, it } from "vitest";
import { type BandTable, CLOUD_DESKTOP_2024 } from "../../src/index.js";
import { decimalFraction, ratio } from "../../src/numbers/fraction.js";
import { bandEdges, bandPercent, describeBand, findBand } from "../../src/policy/band.js";

/**
 * 三.2.4 "ECR≤8% 15分 | 8%<ECR≤10% 12分 | 10%<ECR≤12% 9分 | 12%<ECR≤14% 6分 | 14%<ECR≤16% 3分 | 16%<ECR 0分" and
 * 三.2.5 "线上 100% 10分 | ≥80% 5分 | <80% 0 ; 线下 ≥100% 10分 | ≥80% 8分 | ≥60% 3分 | <60% 0分", read from the
 * policy object. Every edge on both sides, compared exactly. Worked out by hand from the table.
 */

const ecr = CLOUD_DESKTOP_2024.ecr.bands;
const online = CLOUD_DESKTOP_2024.training.online.bands;
const offline = CLOUD_DESKTOP_2024.training.offline.bands;
const points = (table: BandTable, numerator: number, denominator: number) => findBand(table, ratio(numerator, denominator)).points;

/** One millionth below, on and above an edge given in millionths, with the points the policy gives each. */
type EdgeRow = [label: string, millionths: number, below: number, on: number, above: number];

describe("3.2.4 / 3.2.5 bands: findBand compares every edge exactly, on both sides", () => {
  describe.each<[string, BandTable, EdgeRow[]]>([
    [
      "3.2.4 ECR",
      ecr,
      [
        ["ECR≤8% | 8%<ECR≤10%", 80_000, 15, 15, 12],
        ["8%<ECR≤10% | 10%<ECR≤12%", 100_000, 12, 12, 9],
        ["10%<ECR≤12% | 12%<ECR≤14%", 120_000, 9, 9, 6],
        ["12%<ECR≤14% | 14%<ECR≤16%", 140_000, 6, 6, 3],
        ["14%<ECR≤16% | 16%<ECR", 160_000, 3, 3, 0],
      ],
    ],
    [
      "3.2.5 online",
      online,
      [
        ["<80% | ≥80%", 800_000, 0, 5, 5],
        ["≥80% | 100%", 1_000_000, 5, 10, 10],
      ],
    ],
    [
      "3.2.5 offline",
      offline,
      [
        ["<60% | ≥60%", 600_000, 0, 3, 3],
        ["≥60% | ≥80%", 800_000, 3, 8, 8],
        ["≥80% | ≥100%", 1_000_000, 8, 10, 10],
      ],
    ],
  ])("%s", (_name, table, rows) => {
    it.each(rows)("%s: (%i − 1)/10^6 → %i, on the edge → %i, (edge + 1)/10^6 → %i", (_edge, millionths, below, on, above) => {
      expect(points(table, millionths - 1, 1_000_000)).toBe(below);
      expect(points(table, millionths, 1_000_000)).toBe(on);
      expect(points(table, millionths + 1, 1_000_000)).toBe(above);
    });
  });

  describe("3.2.4 ECR bands", () => {
    it.each([
      [0, 1, 15, "0 → 15"],
      [6, 75, 15, "6/75 is exactly 8 % → 15 (ECR≤8%)"],
      [80001, 1_000_000, 12, "8.0001 % > 8 % → 12"],
      [6, 74, 12, "6/74 = 8.108… % → 12"],
      [1, 10, 12, "1/10 = 10 % → 12 (8%<ECR≤10%)"],
      [1001, 10000, 9, "10.01 % → 9"],
      [3, 25, 9, "3/25 = 12 % → 9"],
      [13, 100, 6, "13 % → 6"],
      [7, 50, 6, "7/50 = 14 % → 6"],
      [4, 25, 3, "4/25 = 16 % → 3"],
      [1601, 10000, 0, "16.01 % → 0"],
      [1000, 1, 0, "100000 % → 0 (the last band is unbounded)"],
    ])("%i/%i → %i: %s", (numerator, denominator, expected) => {
      expect(points(ecr, numerator, denominator)).toBe(expected);
    });

    it("a ratio that would be 0.08000000000000002 in binary floats (0.1 × 0.8) is exactly 8 % as the decimal 0.08 → 15", () => {
      expect(0.1 * 0.8).not.toBe(0.08);
      expect(findBand(ecr, decimalFraction("0.08")).points).toBe(15);
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
    ] as ["online" | "offline", number, number, number, string][])("%s %i/%i → %i: %s", (part, numerator, denominator, expected) => {
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

  it("an edge of a later policy is shown exactly, however many decimals: 0.0800001 → 8.00001%, 0.123456789 → 12.3456789%, never ≈8%", () => {
    expect(describeBand({ from: { at: "0.0800001", inclusive: false }, to: { at: "0.123456789", inclusive: true }, points: 1 })).toBe("8.00001% < x ≤ 12.3456789%");
    expect(describeBand({ from: { at: "0.000", inclusive: true }, to: { at: "1.50", inclusive: false }, points: 1 })).toBe("x < 150%");
  });
});

describe("3.2.4 / 3.2.5 bandPercent: the ratio beside its band never reads as an edge it is not", () => {
  it("bandEdges lists each band's lower edge: ECR 0, 8 %, 10 %, 12 %, 14 %, 16 %", () => {
    expect(bandEdges(ecr).map(({ numerator, denominator }) => Number(numerator) / Number(denominator))).toEqual([0, 0.08, 0.1, 0.12, 0.14, 0.16]);
  });

  it("ECR: 6/75 → 8% in x ≤ 8%; 80001/1,000,000 → 8.0001%; 80001/1,000,001 (8.0000919…%) → ≈8.0001% in 8% < x ≤ 10%, not ≈8%", () => {
    expect(bandPercent(ecr, ratio(6, 75))).toBe("8%");
    expect(bandPercent(ecr, ratio(80001, 1_000_000))).toBe("8.0001%");
    expect(bandPercent(ecr, ratio(80001, 1_000_001))).toBe("≈8.0001%");
    expect(describeBand(findBand(ecr, ratio(80001, 1_000_001)))).toBe("8% < x ≤ 10%");
  });

  it("3.2.5 online: 799,999/1,000,001 = 0.8 − 1.8/1,000,001 = 79.99982…% → ≈79.9998%, in x < 80%, not ≈80%", () => {
    expect(bandPercent(online, ratio(799_999, 1_000_001))).toBe("≈79.9998%");
    expect(describeBand(findBand(online, ratio(799_999, 1_000_001)))).toBe("x < 80%");
  });

  it("a table with edges 8 % and 8.00001 %: the ratio 8.00001 % exactly is shown as 8.00001%, in its band x ≤ 8.00001% (the digit search ends)", () => {
    const table: BandTable = {
      clause: "3.2.4",
      bands: [
        { from: { at: "0", inclusive: true }, to: { at: "0.08", inclusive: true }, points: 15 },
        { from: { at: "0.08", inclusive: false }, to: { at: "0.0800001", inclusive: true }, points: 14 },
        { from: { at: "0.0800001", inclusive: false }, to: null, points: 0 },
      ],
    };
    const value = ratio(800_001, 10_000_000);
    expect(bandPercent(table, value)).toBe("8.00001%");
    expect(describeBand(findBand(table, value))).toBe("8% < x ≤ 8.00001%");
  });
});
