import { describe, expect, it } from "vitest";
import { assertPolicy, CLOUD_DESKTOP_2024, type Policy, PolicyError, PolicySchema } from "../../src/index.js";

/**
 * SPEC §6 "The policy as data": every number of the policy lives in a policy object "validated by a
 * zod schema". These tests state what the schema must refuse (and accept) so that a later policy
 * object cannot score silently wrong: bands with gaps or overlaps, points above an item's maximum
 * (三.1 分值), labels that two outcomes share, a policy date that is not a date. Each problem is
 * reported where it is, with a message a policy author can act on.
 */

// A policy as plain, writable JSON (the shipped object is deep-frozen).
type Edge = { at: string; inclusive: boolean };
type WritableBand = { from: Edge; to: Edge | null; points: number };
type Writable = {
  effectiveFrom: { value: string };
  majorProjects: { aggregation: { value: string }; ratingMax: { value: number }; scoreWithoutProjects: { value: number } };
  satisfaction: {
    outcomes: Record<string, { label: string; points: { value: number } }>;
    unreachable: { label: string };
    baseWithoutCompletedSurvey: { value: number };
    scoreWithoutSurveys: { value: number };
  };
  repOffice: { simpleIssueTickets: { tiers: { value: { atLeast: number; deduction: number }[] }; combine: { value: string } } };
  ecr: { bands: { bands: WritableBand[] }; scoreWithoutCalls: { value: number } };
  training: { max: { value: number }; online: { bands: { bands: WritableBand[] } }; offline: { bands: { bands: WritableBand[] } } };
  verdict: Record<"itemZeroDowngradeQuarters" | "reapplyAfterQuarters" | "falsifiedCustomerInfoCancelQuarters", { value: number }>;
};
const writable = (): Writable => structuredClone(CLOUD_DESKTOP_2024) as unknown as Writable;

/** The schema's issues: [code, dotted path, message]. */
function issues(policy: unknown): [string, string, string][] {
  const result = PolicySchema.safeParse(policy);
  return result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message]);
}

const edge = (at: string, inclusive: boolean): Edge => ({ at, inclusive });

describe("6 the policy schema: band tables (三.2.4 ECR, 三.2.5 training)", () => {
  it("3.2.4 a table must start at 0 inclusive (\"ECR≤8%\" covers 0 %): from 1 % is refused at bands.0.from", () => {
    const policy = writable();
    policy.ecr.bands.bands[0]!.from = edge("0.01", true);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.0.from", "the first band must start at 0 inclusive"]]);
  });

  it("3.2.4 a table starting at 0 exclusive leaves ECR = 0 in no band: refused at bands.0.from", () => {
    const policy = writable();
    policy.ecr.bands.bands[0]!.from = edge("0", false);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.0.from", "the first band must start at 0 inclusive"]]);
  });

  it("3.2.4 only the last band (\"16%<ECR\") may be open-ended: an open band in the middle is refused at its `to`", () => {
    const policy = writable();
    const bands = policy.ecr.bands.bands;
    // ≤ 8 % 15, then "8 % < x" 12 with no upper edge, followed by the rest: the rest can never apply.
    bands.splice(1, 5, { from: edge("0.08", false), to: null, points: 12 }, { from: edge("0.10", false), to: null, points: 0 });
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.1.to", "only the last band may be unbounded"]]);
  });

  it("3.2.4 the last band must be open-ended (\"16%<ECR 0分\" has no upper edge): a last band ending at 100 % is refused at its `to`", () => {
    const policy = writable();
    policy.ecr.bands.bands[5]!.to = edge("1", true);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.5.to", "the last band must be unbounded (to: null)"]]);
  });

  it("3.2.5 a band that holds no ratio (from 0 inclusive to 0 exclusive) is refused as empty at its index", () => {
    const policy = writable();
    // [0, 0) holds nothing; the next band starts at 0 inclusive, so there is no gap and no overlap.
    policy.training.online.bands.bands.unshift({ from: edge("0", true), to: edge("0", false), points: 0 });
    policy.training.online.bands.bands[1]!.from = edge("0", true);
    expect(issues(policy)).toEqual([["custom", "training.online.bands.bands.0", "the band is empty"]]);
  });

  it("3.2.5 a band running backwards (80 % … 60 %) is refused as empty", () => {
    const policy = writable();
    const offline = policy.training.offline.bands.bands;
    // [0, 60 %) 0 | [60 %, 60 %] 3 is a single point: allowed | (60 %, 80 %) … as before
    offline.splice(1, 1, { from: edge("0.6", true), to: edge("0.6", true), points: 3 }, { from: edge("0.6", false), to: edge("0.8", false), points: 3 });
    expect(issues(policy)).toEqual([]);
    offline[1]!.to = edge("0.5", true);
    expect(issues(policy).map(([code, path, message]) => [code, path, message])).toContainEqual(["custom", "training.offline.bands.bands.1", "the band is empty"]);
  });

  it("3.2.4 a gap (≤ 8 %, then > 9 %) and an overlap (≤ 8 %, then ≥ 8 %) are refused with the code `custom`", () => {
    const gap = writable();
    gap.ecr.bands.bands[1]!.from = edge("0.09", false);
    expect(issues(gap)).toEqual([["custom", "ecr.bands.bands.1.from", "a gap or overlap: this band starts at 0.09, the band before ends at 0.08"]]);
    const overlap = writable();
    overlap.ecr.bands.bands[1]!.from = edge("0.08", true);
    expect(issues(overlap)).toEqual([["custom", "ecr.bands.bands.1.from", "edge 0.08 is in both bands (overlap)"]]);
  });

  it.each([
    ["-0.08", "a negative edge"],
    ["0.08e0", "exponent notation"],
    [".08", "no whole part"],
  ])("6 band edges are exact plain decimals: %j (%s) is refused", (at) => {
    const policy = writable();
    policy.ecr.bands.bands[0]!.to = edge(at, true);
    expect(issues(policy)).toContainEqual(["invalid_format", "ecr.bands.bands.0.to.at", 'an exact decimal such as "0.08"']);
  });

  it("6 band edges may have several digits before the point: a table over 0 … 1000 % with an edge at 10.5 (1050 %) is valid", () => {
    const policy = writable();
    const last = policy.ecr.bands.bands[5]!;
    last.to = edge("10.5", true);
    policy.ecr.bands.bands.push({ from: edge("10.5", false), to: null, points: 0 });
    expect(issues(policy)).toEqual([]);
  });
});

describe("6 the policy schema: values of a policy", () => {
  it.each([
    ["x2024-04-01", "text before the date"],
    ["2024-04-01T00:00", "a time after the date"],
    ["2024-4-1", "no leading zeros"],
  ])("8.effective the date a policy is in force from must be YYYY-MM-DD: %j (%s) is refused", (value) => {
    const policy = writable();
    policy.effectiveFrom.value = value;
    expect(issues(policy).map(([, path]) => path)).toEqual(["effectiveFrom.value"]);
  });

  it("3.2.1 R7 the other reading of \"按照比例\", a seat-weighted mean, is a valid policy value; anything else is not", () => {
    const policy = writable();
    policy.majorProjects.aggregation.value = "seat-weighted-mean";
    expect(issues(policy)).toEqual([]);
    policy.majorProjects.aggregation.value = "median";
    expect(issues(policy).map(([, path]) => path)).toEqual(["majorProjects.aggregation.value"]);
  });

  it("3.2.3 R6 the other reading of the ticket tiers, adding them up, is a valid policy value; anything else is not", () => {
    const policy = writable();
    policy.repOffice.simpleIssueTickets.combine.value = "add";
    expect(issues(policy)).toEqual([]);
    policy.repOffice.simpleIssueTickets.combine.value = "lowest";
    expect(issues(policy).map(([, path]) => path)).toEqual(["repOffice.simpleIssueTickets.combine.value"]);
  });

  it("4.1 downgrade and reapply periods are whole quarters ≥ 1: 2 quarters is valid, 0 is not (\"降级周期为一个季度\", \"一个季度后,可重新提交\")", () => {
    const policy = writable();
    for (const key of ["itemZeroDowngradeQuarters", "reapplyAfterQuarters", "falsifiedCustomerInfoCancelQuarters"] as const) policy.verdict[key].value = 2;
    expect(issues(policy)).toEqual([]);
    for (const key of ["itemZeroDowngradeQuarters", "reapplyAfterQuarters", "falsifiedCustomerInfoCancelQuarters"] as const) policy.verdict[key].value = 0;
    expect(issues(policy).map(([code, path]) => [code, path])).toEqual([
      ["too_small", "verdict.itemZeroDowngradeQuarters.value"],
      ["too_small", "verdict.reapplyAfterQuarters.value"],
      ["too_small", "verdict.falsifiedCustomerInfoCancelQuarters.value"],
    ]);
  });

  it("3.2.5 \"培训参与率满分20分\" = online 10 + offline 10: a training max of 21 is refused at training.max", () => {
    const policy = writable();
    policy.training.max.value = 21;
    expect(issues(policy)).toEqual([["custom", "training.max", "training max must be online max + offline max"]]);
  });

  it("3.1 no value may score above its item's maximum (30 / 25 / 15 / 10): each one is refused where it is, with both figures", () => {
    const policy = writable();
    policy.majorProjects.ratingMax.value = 31; // 三.2.1 满分30分
    policy.majorProjects.scoreWithoutProjects.value = 32;
    policy.satisfaction.outcomes["neutral"]!.points.value = 26; // 三.2.2 25分
    policy.satisfaction.baseWithoutCompletedSurvey.value = 27;
    policy.satisfaction.scoreWithoutSurveys.value = 28;
    policy.ecr.bands.bands[2]!.points = 16; // 三.2.4 15分
    policy.ecr.scoreWithoutCalls.value = 17;
    policy.training.offline.bands.bands[3]!.points = 11; // 三.2.5 线下 10分
    expect(issues(policy)).toEqual([
      ["custom", "majorProjects.ratingMax", "31 is above the item's max 30"],
      ["custom", "majorProjects.scoreWithoutProjects", "32 is above the item's max 30"],
      ["custom", "satisfaction.outcomes.neutral.points", "26 is above the item's max 25"],
      ["custom", "satisfaction.baseWithoutCompletedSurvey", "27 is above the item's max 25"],
      ["custom", "satisfaction.scoreWithoutSurveys", "28 is above the item's max 25"],
      ["custom", "ecr.scoreWithoutCalls", "17 is above the item's max 15"],
      ["custom", "ecr.bands.bands.2.points", "16 is above the item's max 15"],
      ["custom", "training.offline.bands.bands.3.points", "11 is above the item's max 10"],
    ]);
  });

  it("3.2.2 a label two outcomes share (回访不通 written as 一般) could not be told apart: refused at satisfaction", () => {
    const policy = writable();
    policy.satisfaction.unreachable.label = "一般";
    expect(issues(policy)).toEqual([["custom", "satisfaction", "satisfaction labels must be distinct"]]);
  });

  it("3.2.3 two ticket tiers at the same count (\">=5 扣1分\" and \">=5 扣3分\") contradict each other: refused at the tiers", () => {
    const policy = writable();
    policy.repOffice.simpleIssueTickets.tiers.value[0]!.atLeast = 5;
    expect(issues(policy)).toEqual([["custom", "repOffice.simpleIssueTickets.tiers", "ticket tiers must have distinct thresholds"]]);
  });
});

describe("6 assertPolicy and PolicyError", () => {
  it("assertPolicy returns a valid policy as it is", () => {
    expect(assertPolicy(CLOUD_DESKTOP_2024)).toBe(CLOUD_DESKTOP_2024);
  });

  it("an invalid policy throws PolicyError, named so, listing every problem on a line of its own with its path and what was received", () => {
    const policy = writable() as unknown as { ecr: { max: { value: unknown } }; training: { online: { max: { value: unknown } } } };
    policy.ecr.max.value = "15";
    policy.training.online.max.value = -1;
    let thrown: unknown;
    try {
      assertPolicy(policy as unknown as Policy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyError);
    const error = thrown as PolicyError;
    expect(error.name).toBe("PolicyError");
    expect(error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["ecr.max.value", "Invalid input: expected number, received string"],
      ["training.online.max.value", "Too small: expected number to be >=0"],
    ]);
    expect(error.message.split("\n")).toEqual([
      "Invalid policy object:",
      "- /ecr/max/value: Invalid input: expected number, received string",
      "- /training/online/max/value: Too small: expected number to be >=0",
    ]);
  });
});

describe("6 an edge that is not an exact decimal is an issue, never a thrown error (a bug found by mutation testing, fixed in 4043b06)", () => {
  // Was: the band-table refinement ran `new Decimal(edge)` on edges that had just failed the
  // exact-decimal check, so safeParse threw a DecimalError instead of returning an issue.
  it.each([
    ["x0.08", "text before the number"],
    ["0.08%", "a percent sign"],
    ["0.08 ", "a trailing space"],
  ])("6 a band edge %j (%s) is reported as an issue, not thrown as a DecimalError", (at) => {
    const policy = writable();
    policy.ecr.bands.bands[0]!.to = edge(at, true);
    expect(issues(policy)).toContainEqual(["invalid_format", "ecr.bands.bands.0.to.at", 'an exact decimal such as "0.08"']);
  });

  it.each([
    ["ecr", 5, "16%"],
    ["ecr", 1, "8 %"],
  ] as const)("3.2.4 the lower edge of %s band %i written %j is an issue too, in the open-ended last band as in the others", (_table, index, at) => {
    const policy = writable();
    const bands = policy.ecr.bands.bands;
    bands[index]!.from = edge(at, false);
    expect(issues(policy)).toContainEqual(["invalid_format", `ecr.bands.bands.${index}.from.at`, 'an exact decimal such as "0.08"']);
  });
});
