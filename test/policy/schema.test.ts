import { describe, expect, it } from "vitest";
import { PolicySchema } from "../../src/index.js";
import { edge, writablePolicy } from "../support/policies.js";

/**
 * The policy as data (docs/policy.md): every number of the policy lives in a policy object validated by
 * a zod schema. These tests state what the schema must refuse (and accept) so that a later policy
 * object cannot score silently wrong: bands with gaps or overlaps, points above an item's maximum
 * (三.1 分值), labels that two outcomes share, a policy date that is not a date. Each problem is
 * reported where it is, with a message a policy author can act on.
 */

/** The schema's issues: [code, dotted path, message]. */
function issues(policy: unknown): [string, string, string][] {
  const result = PolicySchema.safeParse(policy);
  return result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message]);
}
const paths = (policy: unknown) => issues(policy).map(([, path]) => path);
const messages = (policy: unknown) => issues(policy).map(([, , message]) => message);

describe("6 the policy schema: band tables (三.2.4 ECR, 三.2.5 training)", () => {
  it("3.2.4 a table must start at 0 inclusive (\"ECR≤8%\" covers 0 %): from 1 % is refused at bands.0.from", () => {
    const policy = writablePolicy();
    policy.ecr.bands.bands[0]!.from = edge("0.01", true);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.0.from", "the first band must start at 0 inclusive"]]);
  });

  it("3.2.4 a table starting at 0 exclusive leaves ECR = 0 in no band: refused at bands.0.from", () => {
    const policy = writablePolicy();
    policy.ecr.bands.bands[0]!.from = edge("0", false);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.0.from", "the first band must start at 0 inclusive"]]);
  });

  it("3.2.4 only the last band (\"16%<ECR\") may be open-ended: an open band in the middle is refused at its `to`", () => {
    const policy = writablePolicy();
    // ≤ 8 % 15, then "8 % < x" 12 with no upper edge, followed by the rest: the rest can never apply.
    policy.ecr.bands.bands.splice(1, 5, { from: edge("0.08", false), to: null, points: 12 }, { from: edge("0.10", false), to: null, points: 0 });
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.1.to", "only the last band may be unbounded"]]);
  });

  it("3.2.4 the last band must be open-ended (\"16%<ECR 0分\" has no upper edge): a last band ending at 100 % is refused at its `to`", () => {
    const policy = writablePolicy();
    policy.ecr.bands.bands[5]!.to = edge("1", true);
    expect(issues(policy)).toEqual([["custom", "ecr.bands.bands.5.to", "the last band must be unbounded (to: null)"]]);
  });

  it("3.2.5 a table that does not start at 0 and ends bounded gets both problems, each where it is", () => {
    const policy = writablePolicy();
    const bands = policy.training.offline.bands.bands;
    bands[0]!.from = edge("0.1", true);
    bands[3]!.to = edge("2", true);
    expect(messages(policy)).toEqual(["the first band must start at 0 inclusive", "the last band must be unbounded (to: null)"]);
  });

  it("3.2.4 an unbounded band in the middle and an empty first band ([0, 0)) are both refused", () => {
    const policy = writablePolicy();
    const bands = policy.ecr.bands.bands;
    bands[2]!.to = null;
    bands[0]!.to = edge("0", false);
    expect(messages(policy)).toContain("only the last band may be unbounded");
    expect(messages(policy)).toContain("the band is empty");
  });

  it("3.2.5 a band that holds no ratio (from 0 inclusive to 0 exclusive) is refused as empty at its index", () => {
    const policy = writablePolicy();
    // [0, 0) holds nothing; the next band starts at 0 inclusive, so there is no gap and no overlap.
    policy.training.online.bands.bands.unshift({ from: edge("0", true), to: edge("0", false), points: 0 });
    policy.training.online.bands.bands[1]!.from = edge("0", true);
    expect(issues(policy)).toEqual([["custom", "training.online.bands.bands.0", "the band is empty"]]);
  });

  it("3.2.5 a single-point band [60 %, 60 %] is allowed; one running backwards (60 % … 50 %) is refused as empty", () => {
    const policy = writablePolicy();
    const offline = policy.training.offline.bands.bands;
    // [0, 60 %) 0 | [60 %, 60 %] 3 | (60 %, 80 %) 3 | [80 %, 100 %) 8 | [100 %, ∞) 10
    offline.splice(1, 1, { from: edge("0.6", true), to: edge("0.6", true), points: 3 }, { from: edge("0.6", false), to: edge("0.8", false), points: 3 });
    expect(issues(policy)).toEqual([]);
    offline[1]!.to = edge("0.5", true);
    expect(issues(policy)).toContainEqual(["custom", "training.offline.bands.bands.1", "the band is empty"]);
  });

  it("3.2.4 a gap (≤ 8 %, then > 9 %) and an overlap (≤ 8 %, then ≥ 8 %) are refused with the code `custom`, naming the edges", () => {
    const gap = writablePolicy();
    gap.ecr.bands.bands[1]!.from = edge("0.09", false);
    expect(issues(gap)).toEqual([["custom", "ecr.bands.bands.1.from", "a gap or overlap: this band starts at 0.09, the band before ends at 0.08"]]);
    const overlap = writablePolicy();
    overlap.ecr.bands.bands[1]!.from = edge("0.08", true);
    expect(issues(overlap)).toEqual([["custom", "ecr.bands.bands.1.from", "edge 0.08 is in both bands (overlap)"]]);
  });

  it("3.2.5 an edge in neither band (< 80 % then > 80 %) is a gap", () => {
    const policy = writablePolicy();
    policy.training.online.bands.bands[1]!.from = edge("0.8", false);
    expect(issues(policy)).toEqual([["custom", "training.online.bands.bands.1.from", "edge 0.8 is in neither band (gap)"]]);
  });

  it.each([
    ["-0.08", "a negative edge"],
    ["0.08e0", "exponent notation"],
    [".08", "no whole part"],
    ["x0.08", "text before the number"],
    ["0.08%", "a percent sign"],
    ["0.08 ", "a trailing space"],
  ])("6 band edges are exact plain decimals: %j (%s) is an issue, never a thrown DecimalError", (at) => {
    // Was (fixed in 4043b06): the band-table refinement ran `new Decimal(edge)` on edges that had just
    // failed the exact-decimal check, so safeParse threw a DecimalError instead of returning an issue.
    const policy = writablePolicy();
    policy.ecr.bands.bands[0]!.to = edge(at, true);
    expect(issues(policy)).toContainEqual(["invalid_format", "ecr.bands.bands.0.to.at", 'an exact decimal such as "0.08"']);
  });

  it.each([
    [5, "16%"],
    [1, "8 %"],
  ] as const)("3.2.4 the lower edge of ECR band %i written %j is an issue too, in the open-ended last band as in the others", (index, at) => {
    const policy = writablePolicy();
    policy.ecr.bands.bands[index]!.from = edge(at, false);
    expect(issues(policy)).toContainEqual(["invalid_format", `ecr.bands.bands.${index}.from.at`, 'an exact decimal such as "0.08"']);
  });

  it("6 a band edge written as a binary float (0.08) is refused: edges are exact decimal strings", () => {
    const policy = writablePolicy() as unknown as { ecr: { bands: { bands: { to: { at: unknown } }[] } } };
    policy.ecr.bands.bands[0]!.to.at = 0.08;
    expect(paths(policy)).toEqual(["ecr.bands.bands.0.to.at"]);
  });

  it("6 band edges may have several digits before the point: a table over 0 … 1000 % with an edge at 10.5 (1050 %) is valid", () => {
    const policy = writablePolicy();
    const last = policy.ecr.bands.bands[5]!;
    last.to = edge("10.5", true);
    policy.ecr.bands.bands.push({ from: edge("10.5", false), to: null, points: 0 });
    expect(issues(policy)).toEqual([]);
  });
});

describe("6 the policy schema: values of a policy", () => {
  it("2 an unknown clause ID (3.9) is refused where it is written", () => {
    const policy = writablePolicy() as unknown as { ecr: { max: { clause: string } } };
    policy.ecr.max.clause = "3.9";
    expect(paths(policy)).toEqual(["ecr.max.clause"]);
  });

  it.each([
    ["x2024-04-01", "text before the date"],
    ["2024-04-01T00:00", "a time after the date"],
    ["2024-4-1", "no leading zeros"],
  ])("8.effective the date a policy is in force from must be YYYY-MM-DD: %j (%s) is refused", (value) => {
    const policy = writablePolicy();
    policy.effectiveFrom.value = value;
    expect(paths(policy)).toEqual(["effectiveFrom.value"]);
  });

  it("3.2.1 R7 the other reading of \"按照比例\", a seat-weighted mean, is a valid policy value; anything else is not", () => {
    const policy = writablePolicy();
    policy.majorProjects.aggregation.value = "seat-weighted-mean";
    expect(issues(policy)).toEqual([]);
    (policy.majorProjects.aggregation as { value: string }).value = "median";
    expect(paths(policy)).toEqual(["majorProjects.aggregation.value"]);
  });

  it("3.2.3 R6 the other reading of the ticket tiers, adding them up, is a valid policy value; anything else is not", () => {
    const policy = writablePolicy();
    policy.repOffice.simpleIssueTickets.combine.value = "add";
    expect(issues(policy)).toEqual([]);
    (policy.repOffice.simpleIssueTickets.combine as { value: string }).value = "lowest";
    expect(paths(policy)).toEqual(["repOffice.simpleIssueTickets.combine.value"]);
  });

  it("4.1 downgrade and reapply periods are whole quarters ≥ 1: 2 quarters is valid, 0 is not (\"降级周期为一个季度\", \"一个季度后,可重新提交\")", () => {
    const policy = writablePolicy();
    const keys = ["itemZeroDowngradeQuarters", "reapplyAfterQuarters", "falsifiedCustomerInfoCancelQuarters"] as const;
    for (const key of keys) policy.verdict[key].value = 2;
    expect(issues(policy)).toEqual([]);
    for (const key of keys) policy.verdict[key].value = 0;
    expect(issues(policy).map(([code, path]) => [code, path])).toEqual([
      ["too_small", "verdict.itemZeroDowngradeQuarters.value"],
      ["too_small", "verdict.reapplyAfterQuarters.value"],
      ["too_small", "verdict.falsifiedCustomerInfoCancelQuarters.value"],
    ]);
  });

  it("3.2.5 \"培训参与率满分20分\" = online 10 + offline 10: a training max of 21 is refused at training.max", () => {
    const policy = writablePolicy();
    policy.training.max.value = 21;
    expect(issues(policy)).toEqual([["custom", "training.max", "training max must be online max + offline max"]]);
  });

  it("3.2.5 an online part of 9 no longer adds up to 20, and leaves its band of 10 above the part's max: both refused", () => {
    const policy = writablePolicy();
    policy.training.online.max.value = 9;
    expect(paths(policy)).toEqual(expect.arrayContaining(["training.max", "training.online.bands.bands.2.points"]));
  });

  it("3.1 no value may score above its item's maximum (30 / 25 / 15 / 10): each one is refused where it is, with both figures", () => {
    const policy = writablePolicy();
    policy.majorProjects.ratingMax.value = 31; // 三.2.1 满分30分
    policy.majorProjects.scoreWithoutProjects.value = 32;
    policy.satisfaction.outcomes.neutral.points.value = 26; // 三.2.2 25分
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

  it("3.2.2 a label two outcomes share (回访不通 written as 一般, 满意 written as 非常满意) could not be told apart: refused at satisfaction", () => {
    const policy = writablePolicy();
    policy.satisfaction.unreachable.label = "一般";
    expect(issues(policy)).toEqual([["custom", "satisfaction", "satisfaction labels must be distinct"]]);
    const other = writablePolicy();
    other.satisfaction.outcomes.satisfied.label = "非常满意";
    expect(paths(other)).toEqual(["satisfaction"]);
  });

  it("3.2.3 two ticket tiers at the same count (\">=5 扣1分\" and \">=5 扣3分\", or both at 10) contradict each other: refused at the tiers", () => {
    const policy = writablePolicy();
    policy.repOffice.simpleIssueTickets.tiers.value[0]!.atLeast = 5;
    expect(issues(policy)).toEqual([["custom", "repOffice.simpleIssueTickets.tiers", "ticket tiers must have distinct thresholds"]]);
    const other = writablePolicy();
    other.repOffice.simpleIssueTickets.tiers.value[1]!.atLeast = 10;
    expect(paths(other)).toEqual(["repOffice.simpleIssueTickets.tiers"]);
  });

  it("6 several problems at once are all listed, each at its path", () => {
    const policy = writablePolicy();
    policy.ecr.scoreWithoutCalls.value = 16;
    policy.training.online.max.value = 9;
    policy.satisfaction.outcomes.satisfied.label = "非常满意";
    policy.repOffice.simpleIssueTickets.tiers.value[1]!.atLeast = 10;
    expect(paths(policy)).toEqual(
      expect.arrayContaining(["ecr.scoreWithoutCalls", "training.max", "satisfaction", "repOffice.simpleIssueTickets.tiers", "training.online.bands.bands.2.points"]),
    );
  });
});
