import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { assertPolicy, CLOUD_DESKTOP_2024, headroom, maxSimpleCalls, minTrainingDone, planQuarter, type Policy } from "../../src/index.js";
import { denominatorBreakpoints, numeratorBreakpoints } from "../../src/headroom/band-edges.js";
import { exactFigure } from "../../src/headroom/exact-figure.js";
import { floorOf, gridPosition, gridValue, indexAbove, indexBelow, numberOf, unitsBetween } from "../../src/headroom/grid.js";
import { linearNearest, linearValue } from "../../src/headroom/linear-edges.js";
import { axisSegments, stepAxis, walkAxis } from "../../src/headroom/step-axis.js";
import { addDays, daysBetween } from "../../src/headroom/submission-dates.js";
import { CHANGE } from "../../src/headroom/target.js";
import { exactDivide, exactText, roundHalfUp } from "../../src/numbers/exact.js";
import { ratio } from "../../src/numbers/fraction.js";
import { bandPercent } from "../../src/policy/band.js";
import { renderPlan } from "../../src/report/headroom-bars.js";

// The pieces "nearest" is computed from, each on both sides of its edges; expected values by hand.

/** The 2024 policy with some values replaced (validated, so every test policy is a real policy). */
function policyWith(change: (policy: Record<string, any>) => void): Policy {
  const copy = structuredClone(CLOUD_DESKTOP_2024) as Record<string, any>;
  change(copy);
  return assertPolicy(copy);
}

describe("3.2.4 / 3.2.5 band edges as whole numbers", () => {
  it("with the calls fixed: 8 % < ECR from ⌊8·120/100⌋ + 1 = 10; at 75 calls from ⌊6⌋ + 1 = 7 (6/75 is exactly 8 %, still ≤ 8 %)", () => {
    expect(numeratorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 120)).toEqual([10, 13, 15, 17, 20]);
    expect(numeratorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 75)[0]).toBe(7);
  });

  it("with the learners fixed: ≥ 80 % from ⌈0.8·8⌉ = 7, 100 % from 8; at 5 exactly ⌈4⌉ = 4", () => {
    expect(numeratorBreakpoints(CLOUD_DESKTOP_2024.training.online.bands, 8)).toEqual([7, 8]);
    expect(numeratorBreakpoints(CLOUD_DESKTOP_2024.training.offline.bands, 5)).toEqual([3, 4, 5]);
  });

  it("with the simple calls fixed: 9 simple calls fall out of ≤ 8 % … at ⌈112.5⌉ = 113 calls; out of (10 %, 12 %] at 90 (9/90 is exactly 10 %)", () => {
    expect(denominatorBreakpoints(CLOUD_DESKTOP_2024.ecr.bands, 9)).toEqual([113, 90, 75, 65, 57]);
  });

  it("with the completions fixed: 4 completions leave 100 % at 5 learners and ≥ 80 % at ⌊4/0.8⌋ + 1 = 6", () => {
    expect(denominatorBreakpoints(CLOUD_DESKTOP_2024.training.online.bands, 4)).toEqual([6, 5]);
  });

  it("an edge at 0 is never crossed by the denominator; a breakpoint past the safe integers stops there", () => {
    const table = {
      clause: "3.2.4" as const,
      bands: [
        { from: { at: "0", inclusive: true }, to: { at: "0", inclusive: true }, points: 15 },
        { from: { at: "0", inclusive: false }, to: { at: "0.000000000000001", inclusive: false }, points: 10 },
        { from: { at: "0.000000000000001", inclusive: true }, to: null, points: 0 },
      ],
    };
    expect(denominatorBreakpoints(table, 1_000_000_000)).toEqual([Number.MAX_SAFE_INTEGER]);
    expect(numeratorBreakpoints(table, 10)).toEqual([1, 1]);
  });
});

describe("3.2.4 / 3.2.5 a ratio in a sentence never contradicts its band", () => {
  it("the rules' own percentages (bandPercent): exact to 4 decimals, else ≈ 2 decimals half up, more when 2 would print an edge the ratio is not on", () => {
    expect(bandPercent(CLOUD_DESKTOP_2024.training.offline.bands, ratio(2, 3))).toBe("≈66.67%");
    expect(bandPercent(CLOUD_DESKTOP_2024.ecr.bands, ratio(6, 75))).toBe("8%"); // exactly 8 %
    expect(bandPercent(CLOUD_DESKTOP_2024.training.online.bands, ratio(799_999, 1_000_000))).toBe("79.9999%"); // not "80%": < 80 %
    expect(bandPercent(CLOUD_DESKTOP_2024.training.online.bands, ratio(7_999_999, 10_000_000))).toBe("≈79.99999%"); // 79.99999 %, not "≈80%"
    expect(bandPercent(CLOUD_DESKTOP_2024.ecr.bands, ratio(80_004, 1_000_000))).toBe("8.0004%"); // not "8%": > 8 %
    expect(bandPercent(CLOUD_DESKTOP_2024.training.online.bands, ratio(1, 1))).toBe("100%");
    expect(bandPercent(CLOUD_DESKTOP_2024.ecr.bands, ratio(0, 7))).toBe("0%");
  });

  it("a lever's sentence at a million learners says 79.9999 %, below the 80 % it falls under", () => {
    const [completed] = headroom({ partner: { id: "P" }, quarter: "2024-Q3", training: { online: { required: 1_000_000, completed: 999_999 } } }).items.training.levers;
    expect(completed?.down?.to).toBe(799_999);
    expect(completed?.down?.message.en).toContain("200000 fewer online completions leave 79.9999% (799999 of 1000000)");
  });
});

describe("H1 the grid of a lever", () => {
  it("on the grid, the next units are one step away; off it, the grid values around it", () => {
    expect([indexAbove(gridPosition(4, 1)), indexBelow(gridPosition(4, 1))]).toEqual([5, 3]);
    expect([indexAbove(gridPosition(0.3, 0.5)), indexBelow(gridPosition(0.3, 0.5))]).toEqual([1, 0]);
    expect(unitsBetween(gridPosition(0.3, 0.5), 1)).toBe(0.4); // 0.3 is 0.6 half-days: 0.4 of a step from 1
    expect(gridValue(1001, 0.0001)).toBe(0.1001);
    expect(gridValue(3, 0.1)).toBe(0.3);
  });
});

describe("a step function along a lever", () => {
  const axis = stepAxis(0, 10, [5, 8, 12, -1], (index) => (index < 5 ? 15 : index < 8 ? 12 : 12));

  it("walks segment by segment to the first score that meets the target, each segment scored once", () => {
    expect(axis.starts).toEqual([0, 5, 8]);
    expect(walkAxis(axis, gridPosition(3, 1), 1, CHANGE, 15)).toEqual({ index: 5, score: 12 });
    expect(walkAxis(axis, gridPosition(9, 1), -1, CHANGE, 12)).toEqual({ index: 4, score: 15 });
    expect(walkAxis(axis, gridPosition(9, 1), 1, CHANGE, 12)).toBeNull();
    expect(walkAxis(axis, gridPosition(0, 1), -1, CHANGE, 15)).toBeNull();
    expect(walkAxis(axis, gridPosition(10, 1), 1, CHANGE, 12)).toBeNull();
    expect(walkAxis(axis, gridPosition(9, 1), -1, { kind: "atLeast", score: 20 }, 12)).toBeNull();
    expect(axisSegments(axis)).toEqual([
      { from: 0, to: 4, score: 15 },
      { from: 5, to: 10, score: 12 },
    ]);
  });
});

describe("R4 the rounding edges of a straight-line lever", () => {
  const policy = CLOUD_DESKTOP_2024;
  // the item's exact value and its slope per step, both over `scale` (the projects of a mean)
  const lever = (exact: number, slope: number, value: number, scale = 1) => ({
    exact: exactDivide(exact, scale),
    units: value,
    slope: exactDivide(slope, scale),
    position: gridPosition(value, 1),
    min: 0,
    max: 100,
  });

  it("a deduction of 0.5 a case from 9.5: one case more → 9, one fewer → 10; nothing below 0 and nothing past the range", () => {
    expect(linearNearest(lever(9.5, -0.5, 1), 1, CHANGE, 9.5, policy)).toBe(2);
    expect(linearNearest(lever(9.5, -0.5, 1), -1, CHANGE, 9.5, policy)).toBe(0);
    expect(linearNearest(lever(-1, -0.5, 10), 1, CHANGE, 0, policy)).toBeNull();
    expect(linearNearest(lever(9.5, -0.5, 0), -1, CHANGE, 9.5, policy)).toBeNull();
    expect(linearNearest(lever(9.5, 0, 1), 1, CHANGE, 9.5, policy)).toBeNull();
    // at 0.1 a step from 9.5, the score is 0 once 9.5 − 0.1 × g < 0.005, from g = 95: inside a range to 95, past one to 94
    expect(linearNearest({ ...lever(9.5, -0.1, 0), max: 95 }, 1, { kind: "atMost", score: 0 }, 9.5, policy)).toBe(95);
    expect(linearNearest({ ...lever(9.5, -0.1, 0), max: 94 }, 1, { kind: "atMost", score: 0 }, 9.5, policy)).toBeNull();
  });

  it("exact crossings: 60 / 3 = 20 with a slope of 1/3 a step rises at 20.005 × 3 = 60.015, so 1 step (20.33); falls below 19.995 after 1 step back (19.67)", () => {
    expect(linearNearest(lever(60, 1, 20, 3), 1, CHANGE, 20, policy)).toBe(21);
    expect(linearNearest(lever(60, 1, 20, 3), -1, CHANGE, 20, policy)).toBe(19);
  });

  it("a crossing exactly on a grid value: from 10, reaching 10.5 − 0.005 … atLeast 10.5 at slope 0.005 needs (10.495 − 10) / 0.005 = 99 steps exactly", () => {
    expect(linearNearest(lever(10, 0.005, 0, 1), 1, { kind: "atLeast", score: 10.5 }, 10, policy)).toBe(99);
    // falling by 0.005 a step from 10.005 (10.01 rounded): strictly below 10.005 after 1 step exactly, landing on 10.000 → 10
    expect(linearNearest(lever(10.005, -0.005, 50, 1), 1, CHANGE, 10.01, policy)).toBe(51);
    expect(linearNearest(lever(10.005, 0.005, 50, 1), -1, CHANGE, 10.01, policy)).toBe(49);
  });

  it("the crossing of a third: 1/3 a step from 0 reaches 10.495 at 31.485 steps, so 32 (10.67); 31 (10.33) is not yet 10.5", () => {
    expect(linearNearest(lever(0, 1, 0, 3), 1, { kind: "atLeast", score: 10.5 }, 0, policy)).toBe(32);
    expect(roundHalfUp(linearValue(lever(0, 1, 0, 3), 31), 2)).toBe(10.33);
    expect(roundHalfUp(linearValue(lever(0, 1, 0, 3), 32), 2)).toBe(10.67);
  });

  it("the value at an index, exactly: −1.5 + 4 × 0.5 = 0.5; −1.5 + 0.5 = −1; 60/3 + 1/3 = 61/3, 20.33 rounded half up (R4)", () => {
    expect(linearValue(lever(-1.5, 0.5, 0), 4)).toBe(0.5);
    expect(linearValue(lever(-1.5, 0.5, 0), 1)).toBe(-1);
    expect(exactText(linearValue(lever(60, 1, 20, 3), 21))).toBe("61/3");
    expect(roundHalfUp(linearValue(lever(60, 1, 20, 3), 21), 2)).toBe(20.33);
  });

  it("exact values on the grid: −7/2 floors to −4; a rule's exact figures read back as they were written", () => {
    expect(floorOf(exactDivide(-7, 2))).toEqual({ floor: -4, whole: false });
    expect(floorOf(-4)).toEqual({ floor: -4, whole: true });
    expect(floorOf(new Decimal("123456789012345678.5") as never)).toEqual({ floor: 123456789012345680, whole: false });
    expect(exactFigure("50/3")).toEqual({ numerator: 50, denominator: 3 });
    expect(exactFigure("-1.5")).toBe(-1.5);
    expect(exactText(exactFigure("16.666666666666666667"))).toBe("16.666666666666666667");
    expect(numberOf(exactDivide(1, 4))).toBe(0.25);
    expect(gridPosition(0.09537, 0.0001)).toEqual({ below: 953, above: 954, value: 0.09537, step: 0.0001 });
  });

  it("at most a score: the first value that brings a rating of 10 down to 0 in steps of 0.01 is 1000 steps; a rising lever never does", () => {
    expect(linearNearest({ ...lever(10, -0.01, 0), max: 1e9 }, 1, { kind: "atMost", score: 0 }, 10, policy)).toBe(1000);
    expect(linearNearest(lever(10, 0.01, 0), 1, { kind: "atMost", score: 0 }, 10, policy)).toBeNull();
  });
});

describe("3.2.1 R5 the days around a handover deadline", () => {
  it("adds and counts whole days across months, leap days and years; past the four-digit years there is no date", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("0099-01-01", -1)).toBe("0098-12-31");
    expect(addDays("9999-12-31", 1)).toBeNull();
    expect(daysBetween("2024-12-20", "2024-12-23")).toBe(3);
    expect(daysBetween("2025-01-01", "2024-12-31")).toBe(-1);
  });

  it.each(["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Apia"])("no time zone shifts the days (TZ=%s)", (zone) => {
    const original = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(addDays("2011-12-29", 1)).toBe("2011-12-30"); // a day Apia skipped
      expect(addDays("2024-03-10", 1)).toBe("2024-03-11"); // DST starts in Los Angeles
      expect(daysBetween("2024-11-02", "2024-11-04")).toBe(2); // DST ends in Los Angeles
      const [, submitted] = headroom({ partner: { id: "P" }, quarter: "2024-Q4", majorProjects: [{ id: "MP", product: "WorkSpace", seats: 300, deadline: "2024-12-31", submittedOn: "2024-12-20", rating: 30 }] }).items.majorProjects.levers;
      expect(submitted?.down?.to).toBe("2025-01-01");
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it("the last on-time day stays a date; a deadline on 9999-12-31 has no late day", () => {
    const input = { partner: { id: "P" }, quarter: "2024-Q3", majorProjects: [{ id: "MP", product: "WorkSpace", seats: 300, deadline: "9999-12-31", submittedOn: "2024-09-01", rating: 30 }] };
    expect(headroom(input).items.majorProjects.levers[1]?.down).toBeNull();
  });
});

describe("policies other than 2024", () => {
  it("R8 read another way (no calls scores 10): 0 simple calls at 40 calls score 15, at 0 calls 10", () => {
    const policy = policyWith((copy) => (copy.ecr.scoreWithoutCalls.value = 10));
    const [, total] = headroom({ partner: { id: "P" }, quarter: "2024-Q3", ecr: { simpleCalls: 0, totalCalls: 40 } }, { policy }).items.ecr.levers;
    expect(total?.down?.to).toBe(0);
    expect(total?.down?.message.en).toBe("with 0 simple calls, at least 1 calls keep 15 points; 0 calls (no calls at all) score 10; total 95");
    expect(maxSimpleCalls(0, 15, policy)).toBeNull();
  });

  it("a band no count can reach (a 100 % table that pays more above 120 %) has no fewest", () => {
    const policy = policyWith((copy) => {
      copy.training.online.bands.bands = [
        { from: { at: "0", inclusive: true }, to: { at: "1", inclusive: false }, points: 0 },
        { from: { at: "1", inclusive: true }, to: { at: "1.2", inclusive: false }, points: 5 },
        { from: { at: "1.2", inclusive: true }, to: null, points: 10 },
      ];
    });
    expect(minTrainingDone("online", 8, 10, policy)).toBeNull();
    expect(renderPlan(planQuarter({ online: 8 }, { policy }), "en", "table")).toContain("  100% ≤ x < 120%       5  8\n  120% ≤ x             10  none");
  });

  it("a rep office whose cases cost nothing has no case budget; the plan says what is left", () => {
    const policy = policyWith((copy) => (copy.repOffice.unlicensedWorkPerCase.value = 0));
    const plan = planQuarter({}, { policy });
    expect(plan.repOffice.alone.unlicensedWorkCases).toBeNull();
    expect(renderPlan(plan, "en", "table")).toContain("alone, at most 19.5 vendor-assistance person-days");
    const ecrPlan = renderPlan({ ...planQuarter({ calls: 10 }), ecr: { calls: 10, fullScoreAtMostSimpleCalls: 5, bands: [{ points: 15, band: "x ≤ 8%", maxSimpleCalls: null }, { points: 0, band: "8% < x", maxSimpleCalls: 10 }] } }, "en", "table");
    expect(ecrPlan).toContain("  x ≤ 8%      15  none\n  8% < x       0  10");
  });
});
