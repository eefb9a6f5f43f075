import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessQuarter, CLOUD_DESKTOP_2024, headroom, maxSimpleCalls, minTrainingDone, planQuarter, scoreRepOffice } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

// Expected values worked out by hand from 三.2.4 / 三.2.5 / 三.2.3; the arithmetic is in each name.

describe("3.2.4 planQuarter: the most simple calls for every ECR band", () => {
  it("at 120 calls: ≤ 8 % → ⌊9.6⌋ = 9; ≤ 10 % → 12; ≤ 12 % → ⌊14.4⌋ = 14; ≤ 14 % → ⌊16.8⌋ = 16; ≤ 16 % → ⌊19.2⌋ = 19; 0 points → all 120", () => {
    expect(planQuarter({ calls: 120 }).ecr).toEqual({
      calls: 120,
      fullScoreAtMostSimpleCalls: 5,
      bands: [
        { points: 15, band: "x ≤ 8%", maxSimpleCalls: 9 },
        { points: 12, band: "8% < x ≤ 10%", maxSimpleCalls: 12 },
        { points: 9, band: "10% < x ≤ 12%", maxSimpleCalls: 14 },
        { points: 6, band: "12% < x ≤ 14%", maxSimpleCalls: 16 },
        { points: 3, band: "14% < x ≤ 16%", maxSimpleCalls: 19 },
        { points: 0, band: "16% < x", maxSimpleCalls: 120 },
      ],
    });
  });

  it("at 75 calls the 8 % edge is exact: 6/75 = 8 % keeps 15 (6 × 100 = 8 × 75), 7/75 does not", () => {
    expect(maxSimpleCalls(75, 15)).toBe(6);
    expect(assessQuarter({ partner: { id: "P" }, quarter: "2024-Q3", ecr: { simpleCalls: 6, totalCalls: 75 } }).items.ecr.score).toBe(15);
    expect(assessQuarter({ partner: { id: "P" }, quarter: "2024-Q3", ecr: { simpleCalls: 7, totalCalls: 75 } }).items.ecr.score).toBe(12);
  });

  it("at 50 calls the ≤ 5 rule wins: 15 → 5 (not ⌊4⌋), and 12 → 5 too (5 simple calls score 15 ≥ 12); 9 → ⌊6⌋ = 6", () => {
    expect([15, 12, 9, 6, 3, 0].map((points) => maxSimpleCalls(50, points))).toEqual([5, 5, 6, 7, 8, 50]);
  });

  it("at 0 calls only 0 simple calls is possible, and scores 15 (reading R8)", () => {
    expect([15, 0].map((points) => maxSimpleCalls(0, points))).toEqual([0, 0]);
  });

  it("refuses a count that is not whole and points that are no band's, naming the argument, both at once", () => {
    expect(issuesOf(() => maxSimpleCalls(12.5, 15))).toEqual([{ path: ["calls"], code: "NOT_WHOLE_NUMBER" }]);
    expect(issuesOf(() => maxSimpleCalls(120, 13))).toEqual([{ path: ["points"], code: "NOT_BAND_POINTS" }]);
    expect(issuesOf(() => maxSimpleCalls(-1, 13))).toEqual([
      { path: ["calls"], code: "NOT_WHOLE_NUMBER" },
      { path: ["points"], code: "NOT_BAND_POINTS" },
    ]);
  });
});

describe("3.2.5 planQuarter: the fewest completions and attendances for every band", () => {
  it("online, 8 learners: 100 % → 8; ≥ 80 % → ⌈6.4⌉ = 7; < 80 % → 0", () => {
    expect(planQuarter({ online: 8 }).online).toEqual({
      required: 8,
      bands: [
        { points: 0, band: "x < 80%", minDone: 0 },
        { points: 5, band: "80% ≤ x < 100%", minDone: 7 },
        { points: 10, band: "100% ≤ x", minDone: 8 },
      ],
    });
  });

  it("offline, 5 core engineers: 100 % → 5; ≥ 80 % → 4; ≥ 60 % → 3; < 60 % → 0", () => {
    expect([10, 8, 3, 0].map((points) => minTrainingDone("offline", 5, points))).toEqual([5, 4, 3, 0]);
  });

  it("offline, 7 core engineers: ≥ 60 % → ⌈4.2⌉ = 5, ≥ 80 % → ⌈5.6⌉ = 6", () => {
    expect([3, 8].map((points) => minTrainingDone("offline", 7, points))).toEqual([5, 6]);
  });

  it("with nobody required the part scores in full (reading R9): 0 for every band", () => {
    expect([10, 5, 0].map((points) => minTrainingDone("online", 0, points))).toEqual([0, 0, 0]);
  });

  it("refuses a head count that is not a whole number ≥ 0, and points of the other part's table", () => {
    expect(issuesOf(() => minTrainingDone("online", -1, 5))).toEqual([{ path: ["required"], code: "NOT_WHOLE_NUMBER" }]);
    expect(issuesOf(() => minTrainingDone("online", 8, 8))).toEqual([{ path: ["points"], code: "NOT_BAND_POINTS" }]);
  });
});

describe("3.2.3 planQuarter: the rep-office deductions that keep the item above 0 (4.1.a)", () => {
  const { repOffice } = planQuarter({});

  it("10 less at most 9.99 in all: 10 − 9.99 = 0.01 > 0, 10 − 10 = 0", () => {
    expect(repOffice.max).toBe(10);
    expect(repOffice.budget).toBe(9.99);
    expect(scoreRepOffice({ deliveryQualityDeduction: 9.99 }).score).toBe(0.01);
    expect(scoreRepOffice({ deliveryQualityDeduction: 10 }).score).toBe(0);
  });

  it("alone: 19 cases (19 × 0.5 = 9.5; 20 → 0), 19.5 person-days (9.75; 20 → 0), 9.5 points of the rep office's own deductions (0.5 steps), tickets never (at most 3)", () => {
    expect(repOffice.alone).toEqual({ deliveryQualityDeduction: 9.5, unlicensedWorkCases: 19, vendorAssistPersonDays: 19.5, simpleIssueTickets: null, keyEventDeduction: 9.5 });
    expect(scoreRepOffice({ unlicensedWorkCases: 19 }).score).toBe(0.5);
    expect(scoreRepOffice({ unlicensedWorkCases: 20 }).score).toBe(0);
    expect(scoreRepOffice({ vendorAssistPersonDays: 20 }).score).toBe(0);
    expect(scoreRepOffice({ simpleIssueTickets: 1_000_000_000 }).score).toBe(7);
  });
});

describe("H6 planQuarter as a whole", () => {
  it("leaves out the parts whose volume is not given, and names the policy", () => {
    const plan = planQuarter({ calls: 40 });
    expect(plan.policy).toBe("cloud-desktop-2024");
    expect(plan.online).toBeNull();
    expect(plan.offline).toBeNull();
    expect(planQuarter({}).ecr).toBeNull();
  });

  it("lists every bad volume with its path, and refuses unknown keys", () => {
    expect(issuesOf(() => planQuarter({ calls: -1, online: 2.5, offline: "5" } as never))).toEqual([
      { path: ["calls"], code: "NOT_WHOLE_NUMBER" },
      { path: ["online"], code: "NOT_WHOLE_NUMBER" },
      { path: ["offline"], code: "invalid_type" },
    ]);
    expect(issuesOf(() => planQuarter({ call: 120 } as never))).toEqual([{ path: ["call"], code: "unrecognized_keys" }]);
  });

  it("follows the policy passed in (a policy object is validated)", () => {
    const stricter = structuredClone(CLOUD_DESKTOP_2024) as unknown as { ecr: { fullScoreAtMostSimpleCalls: { value: number } } };
    stricter.ecr.fullScoreAtMostSimpleCalls.value = 0;
    // without the ≤ 5 rule, 50 calls keep 15 points up to ⌊8 × 50 / 100⌋ = 4 simple calls
    expect(planQuarter({ calls: 50 }, { policy: stricter as never }).ecr?.bands[0]?.maxSimpleCalls).toBe(4);
    expect(() => planQuarter({ calls: 50 }, { policy: { id: "broken" } as never })).toThrow(/Invalid policy object/);
  });
});

describe("H6 planQuarter agrees with headroom on the same volumes", () => {
  const quarter = (ecr: unknown, training: unknown) => ({ partner: { id: "P" }, quarter: "2024-Q3", ecr, training });

  it("ECR: the nearest fall is one more than the plan's most for today's points; the nearest rise is the plan's most for the next points up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }).chain((calls) => fc.tuple(fc.constant(calls), fc.integer({ min: 0, max: calls }))),
        ([calls, simple]) => {
          const bands = (planQuarter({ calls }).ecr as NonNullable<ReturnType<typeof planQuarter>["ecr"]>).bands;
          const lever = headroom(quarter({ simpleCalls: simple, totalCalls: calls }, undefined)).items.ecr.levers[0];
          const score = assessQuarter(quarter({ simpleCalls: simple, totalCalls: calls }, undefined)).items.ecr.score;
          const keep = bands.find((band) => band.points === score)?.maxSimpleCalls;
          expect(lever?.down?.to ?? calls + 1).toBe((keep as number) + 1);
          const higher = bands.filter((band) => band.points > score && band.maxSimpleCalls !== null).map((band) => band.maxSimpleCalls as number);
          expect(lever?.up?.to ?? null).toBe(higher.length === 0 ? null : Math.max(...higher));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it("training: the nearest rise is the plan's fewest for the next band up; the nearest fall one less than the plan's fewest for today's band", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("online", "offline"),
        fc.integer({ min: 1, max: 60 }).chain((required) => fc.tuple(fc.constant(required), fc.integer({ min: 0, max: required }))),
        (part, [required, done]) => {
          const field = part === "online" ? "completed" : "attended";
          const plan = planQuarter({ [part]: required });
          const bands = (plan[part] as NonNullable<typeof plan.online>).bands;
          const lever = headroom(quarter(undefined, { [part]: { required, [field]: done } })).items.training.levers[0];
          // the part's points today: the highest band whose fewest is reached
          const points = Math.max(...bands.filter((band) => band.minDone !== null && band.minDone <= done).map((band) => band.points));
          const fewestToday = Math.min(...bands.filter((band) => band.points === points).map((band) => band.minDone as number));
          expect(lever?.down?.to ?? null).toBe(fewestToday === 0 ? null : fewestToday - 1);
          const above = bands.filter((band) => band.points > points && band.minDone !== null).map((band) => band.minDone as number);
          expect(lever?.up?.to ?? null).toBe(above.length === 0 ? null : Math.min(...above));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
