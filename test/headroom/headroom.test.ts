import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024, headroom, type Lever } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

// Expected values are worked out by hand from the policy; the arithmetic is in each test's name or
// comment. Fixtures are the quarters of fixtures/quarters/.

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", `${name}.json`), "utf8"));
const quarter = (sections: Record<string, unknown>) => ({ partner: { id: "P-1" }, quarter: "2024-Q3", ...sections });

/** A lever as [path, value, down (to, score, total) or null, up (to, score, total) or null]. */
const brief = (lever: Lever) => [
  lever.path,
  lever.value,
  lever.down && [lever.down.to, lever.down.scoreAfter, lever.down.totalAfter],
  lever.up && [lever.up.to, lever.up.scoreAfter, lever.up.totalAfter],
];
const leversOf = (input: unknown, item: "majorProjects" | "satisfaction" | "repOffice" | "ecr" | "training") => headroom(input).items[item].levers.map(brief);

describe("3.2.4 ECR levers", () => {
  // Only ECR given: 30 + 25 + 10 + 15 + 20 = 100 (R1, R3, R9 for the rest).
  const ecr120 = quarter({ ecr: { simpleCalls: 9, totalCalls: 120 } });

  it("9 of 120 calls: 9/120 = 7.5 % → 15; the 10th simple call makes 8.33 % > 8 % → 12; with 9, 112 calls are 8.04 % → 12 (113 = ⌈9 × 100 / 8⌉ keep 15)", () => {
    expect(leversOf(ecr120, "ecr")).toEqual([
      ["/ecr/simpleCalls", 9, [10, 12, 97], null],
      ["/ecr/totalCalls", 120, [112, 12, 97], null],
    ]);
  });

  it("says it in the policy's terms, in English and Chinese", () => {
    const [simple, total] = headroom(ecr120).items.ecr.levers as [Lever, Lever];
    expect(simple.down?.message.en).toBe("at 120 calls, at most 9 simple calls keep 15 points; 10 (ECR ≈8.33%) score 12; total 97");
    expect(simple.down?.message.zh).toBe("来电 120 个时,简单问题不超过 9 个保持 15 分;达到 10 个(ECR ≈8.33%)得 12 分;总分 97");
    expect(total.down?.message.en).toBe("with 9 simple calls, at least 113 calls keep 15 points; 112 calls (ECR ≈8.04%) score 12; total 97");
    expect(simple.unit).toBe("call");
    expect(simple.step).toBe(1);
  });

  it("6 of 75 is exactly 8 % (6 × 100 = 8 × 75) → 15; 7/75 = 9.33 % → 12; 6/74 = 8.11 % → 12 (fixture 02: 79.5 − 3 = 76.5)", () => {
    expect(leversOf(fixture("02-deadline-day-ecr-8pct"), "ecr")).toEqual([
      ["/ecr/simpleCalls", 6, [7, 12, 76.5], null],
      ["/ecr/totalCalls", 75, [74, 12, 76.5], null],
    ]);
  });

  it("at most 5 simple calls score 15 whatever the ratio: 5 of 20 = 25 % → 15, the 6th → 30 % → 0, an item at 0; the calls cannot change it (fixture 04: 62 − 15 = 47)", () => {
    expect(leversOf(fixture("04-few-simple-calls-below-70"), "ecr")).toEqual([
      ["/ecr/simpleCalls", 5, [6, 0, 47], null],
      ["/ecr/totalCalls", 20, null, null],
    ]);
    const down = headroom(fixture("04-few-simple-calls-below-70")).items.ecr.levers[0]?.down;
    expect(down?.message.en).toBe(
      "at 20 calls, at most 5 simple calls keep 15 points (at most 5 simple calls score in full); 6 (ECR 30%) score 0; total 47, still below 70 (4.1.b); the item at 0: downgrade (4.1.a)",
    );
  });

  it("18 of 100 = 18 % → 0: 16/100 = 16 % → 3, or 18/113 = 15.93 % → 3 (18/112 = 16.07 % is still 0) (fixture 07: 71.41 + 3 = 74.41)", () => {
    expect(leversOf(fixture("07-item-zero-ecr"), "ecr")).toEqual([
      ["/ecr/simpleCalls", 18, null, [16, 3, 74.41]],
      ["/ecr/totalCalls", 100, null, [113, 3, 74.41]],
    ]);
  });

  it("no calls at all scores 15 (R8): nothing one value can change (0 simple calls ≤ 5 at any volume)", () => {
    expect(leversOf(fixture("13-no-major-projects"), "ecr")).toEqual([
      ["/ecr/simpleCalls", 0, null, null],
      ["/ecr/totalCalls", 0, null, null],
    ]);
  });

  it("a rate moves in 0.01 % steps, in the input's own form: \"9.5%\" → 12; \"10.01%\" > 10 % → 9; \"8%\" → 15 (fixture 05: 70 − 3, 70 + 3)", () => {
    expect(leversOf(fixture("05-exact-70-passes"), "ecr")).toEqual([["/ecr/rate", "9.5%", ["10.01%", 9, 67], ["8%", 15, 73]]]);
    expect(headroom(fixture("05-exact-70-passes")).items.ecr.levers[0]?.step).toBe(0.0001);
  });

  it("a rate 0.13 with 9 simple calls → 6: 0.1401 → 3, 0.12 → 9; 5 simple calls score 15 whatever the rate (fixture 10: 70.5 − 3, + 3, + 9)", () => {
    expect(leversOf(fixture("10-falsified-only"), "ecr")).toEqual([
      ["/ecr/rate", 0.13, [0.1401, 3, 67.5], [0.12, 9, 73.5]],
      ["/ecr/simpleCalls", 9, null, [5, 15, 79.5]],
    ]);
  });

  it("a rate 0.2 with 4 simple calls scores 15 by the ≤ 5 rule, so the rate cannot move it; the 6th simple call leaves 20 % → 0 (fixture 15: 92.5 − 15)", () => {
    expect(leversOf(fixture("15-only-unreachable-rate-le5"), "ecr")).toEqual([
      ["/ecr/rate", 0.2, null, null],
      ["/ecr/simpleCalls", 4, [6, 0, 77.5], null],
    ]);
  });

  it("an ECR given as a rate without the simple calls has only the rate as a lever", () => {
    expect(headroom(quarter({ ecr: { rate: "21.5%" } })).items.ecr.levers.map((lever) => lever.path)).toEqual(["/ecr/rate"]);
  });

  it("no ECR record: no lever (R8 scores it; a single field cannot add one)", () => {
    expect(headroom(fixture("14-sections-omitted")).items.ecr.levers).toEqual([]);
  });

  it("the bands along the simple calls at 120 calls: 0–9 → 15, 10–12 → 12, 13–14 → 9, 15–16 → 6, 17–19 → 3, 20–120 → 0", () => {
    expect(headroom(ecr120).items.ecr.scales).toEqual([
      {
        path: "/ecr/simpleCalls",
        value: 9,
        min: 0,
        max: 120,
        bands: [
          { from: 0, to: 9, score: 15 },
          { from: 10, to: 12, score: 12 },
          { from: 13, to: 14, score: 9 },
          { from: 15, to: 16, score: 6 },
          { from: 17, to: 19, score: 3 },
          { from: 20, to: 120, score: 0 },
        ],
      },
    ]);
  });
});

describe("3.2.5 training levers", () => {
  it("online 4/5 = 80 % → 5, offline 4/5 = 80 % → 8 (13): one more completion → 100 % → 18; one fewer → 60 % → 0 + 8; 6 required → 66.67 % → 8; 4 required → 100 % → 18 (fixture 02)", () => {
    expect(leversOf(fixture("02-deadline-day-ecr-8pct"), "training")).toEqual([
      ["/training/online/completed", 4, [3, 8, 74.5], [5, 18, 84.5]],
      ["/training/online/required", 5, [6, 8, 74.5], [4, 18, 84.5]],
      ["/training/offline/attended", 4, [3, 8, 74.5], [5, 15, 81.5]],
      ["/training/offline/required", 5, [6, 8, 74.5], [4, 15, 81.5]],
    ]);
  });

  it("\"2 more online completions reach 100 %\": 6 of 8 = 75 % → 0; 7 → 87.5 % → 5; 8 → 100 % → 10", () => {
    const levers = headroom(quarter({ training: { online: { required: 8, completed: 6 } } })).items.training.levers;
    expect(levers[0]?.up?.message.en).toBe("1 more online completion reaches 87.5% (7 of 8): training 15; total 95");
    const eight = headroom(quarter({ training: { online: { required: 8, completed: 7 } } })).items.training.levers;
    expect(eight[0]?.up?.message.en).toBe("1 more online completion reaches 100% (8 of 8): training 20; total 100");
    const four = headroom(quarter({ training: { online: { required: 8, completed: 4 } } })).items.training.levers;
    expect(four[0]?.up?.message.en).toBe("3 more online completions reach 87.5% (7 of 8): training 15; total 95");
    expect(four[0]?.up?.message.zh).toBe("线上必修课再完成 3 人,达到 87.5%(7/8):培训参与率 15 分;总分 95");
  });

  it("nobody required online scores the part in full (R9): one learner required who does not complete drops it to 0 (fixture 10: 20 → 10)", () => {
    expect(leversOf(fixture("10-falsified-only"), "training").slice(0, 2)).toEqual([
      ["/training/online/completed", 0, null, null],
      ["/training/online/required", 0, [1, 10, 60.5], null],
    ]);
  });

  it("a part not given has no levers (both its fields would have to be added); fewer required can reach nobody required (R9)", () => {
    const levers = headroom(quarter({ training: { offline: { required: 2, attended: 0 } } })).items.training;
    expect(levers.levers.map((lever) => lever.path)).toEqual(["/training/offline/attended", "/training/offline/required"]);
    // 0 of 2 → 0; 0 of 1 is still 0 %; nobody required → 10 (R9): 10 + 10
    expect(levers.levers[1]?.up?.to).toBe(0);
    expect(levers.levers[1]?.up?.message.en).toBe("with nobody required, the offline part scores in full (R9): training 20; total 100");
  });
});

describe("3.2.3 rep-office levers", () => {
  it("10 − 1 − 0.5 − 1 = 7.5: tickets 5 → 4 lift the ≥ 5 tier (8.5), → 10 take 3 (5.5); each case 0.5; the rep office's deductions in 0.5 steps; person-days in halves (0.25) (fixture 02)", () => {
    expect(leversOf(fixture("02-deadline-day-ecr-8pct"), "repOffice")).toEqual([
      ["/repOffice/deliveryQualityDeduction", 1, [1.5, 7, 79], [0.5, 8, 80]],
      ["/repOffice/unlicensedWorkCases", 1, [2, 7, 79], [0, 8, 80]],
      ["/repOffice/vendorAssistPersonDays", 0, [0.5, 7.25, 79.25], null],
      ["/repOffice/simpleIssueTickets", 5, [10, 5.5, 77.5], [4, 8.5, 80.5]],
      ["/repOffice/keyEventDeduction", 0, [0.5, 7, 79], null],
    ]);
  });

  it("floored at 0 from 10 − 11.5 = −1.5: more deductions change nothing; it leaves 0 once 10 − D ≥ 0.005 (fixture 08)", () => {
    // quality 3 → 1 (+2 → 0.5); cases 4 → 0 (+2); person-days 3 → 0 gives only +1.5 (= 0): none; tickets 14 → 9 (3 → 1: +2); key event 2 → 0
    expect(leversOf(fixture("08-multi-item-zero-below-70"), "repOffice")).toEqual([
      ["/repOffice/deliveryQualityDeduction", 3, null, [1, 0.5, 12]],
      ["/repOffice/unlicensedWorkCases", 4, null, [0, 0.5, 12]],
      ["/repOffice/vendorAssistPersonDays", 3, null, null],
      ["/repOffice/simpleIssueTickets", 14, null, [9, 0.5, 12]],
      ["/repOffice/keyEventDeduction", 2, null, [0, 0.5, 12]],
    ]);
  });

  it("the tiers do not add (R6): 12 tickets deduct 3, and 9 deduct 1, so 12 → 9 lifts 2", () => {
    const [, , , tickets] = headroom(quarter({ repOffice: { simpleIssueTickets: 12 } })).items.repOffice.levers as Lever[];
    expect(tickets?.up?.to).toBe(9);
    expect(tickets?.up?.scoreAfter).toBe(9);
    expect(tickets?.up?.message.en).toBe("simple-question tickets to the rep office (简单问题单) 12 → 9 (deducts 1 point): rep-office rating 9; total 99");
    expect(tickets?.up?.message.zh).toBe("简单问题单数 12 → 9(扣 1 分):代表处评分 9 分;总分 99");
  });

  it("a figure the record leaves out is a lever at 0; no record at all has none (R9)", () => {
    expect(headroom(quarter({ repOffice: {} })).items.repOffice.levers.map((lever) => lever.value)).toEqual([0, 0, 0, 0, 0]);
    expect(headroom(quarter({})).items.repOffice.levers).toEqual([]);
  });

  it("a deduction off the 0.5 grid moves to the grid: 0.3 person-days → 0.5 (−0.25) or 0 (fixture-free: 10 − 0.15 = 9.85)", () => {
    const [, , days] = headroom(quarter({ repOffice: { vendorAssistPersonDays: 0.3 } })).items.repOffice.levers as Lever[];
    expect(brief(days as Lever)).toEqual(["/repOffice/vendorAssistPersonDays", 0.3, [0.5, 9.75, 99.75], [0, 10, 100]]);
  });
});

describe("3.2.1 major-project levers", () => {
  it("(0 + 29 + 0 + 28) / 4 = 14.25: MP-01 late with 27 counts when submitted on the deadline day (R5): 84 / 4 = 21; ratings in 0.5 steps: 56.5 / 4 = 14.125 → 14.13 (R4); MP-02 late: 28 / 4 = 7 (fixture 03)", () => {
    expect(leversOf(fixture("03-late-missing-reports"), "majorProjects")).toEqual([
      ["/majorProjects/0/rating", 27, null, null],
      ["/majorProjects/0/submittedOn", "2024-12-23", null, ["2024-12-20", 21, 77.42]],
      ["/majorProjects/1/rating", 29, [28.5, 14.13, 70.55], [29.5, 14.38, 70.8]],
      ["/majorProjects/1/submittedOn", "2024-12-10", ["2024-12-21", 7, 63.42], null],
      ["/majorProjects/2/submittedOn", null, null, null],
      ["/majorProjects/3/rating", 28, [27.5, 14.13, 70.55], [28.5, 14.38, 70.8]],
      ["/majorProjects/3/submittedOn", "2024-12-19", ["2024-12-26", 7.25, 63.67], null],
    ]);
  });

  it("says when a report counts, and when it comes too late", () => {
    const levers = headroom(fixture("03-late-missing-reports")).items.majorProjects.levers;
    expect(levers[1]?.up?.message.en).toBe(
      "MP-2404-01's handover report submitted on 2024-12-20 instead of 2024-12-23 (deadline 2024-12-20; the deadline day is on time, R5) counts its rating 27: major-project delivery 21; total 77.42",
    );
    expect(levers[3]?.down?.message.zh).toBe("项目 MP-2404-02 交维报告若于 2024-12-21 提交(晚于截止期 2024-12-20)记 0 分:H3C重大项目交付考核 7 分;总分 63.42,低于 70 分:降级(四.1.b)");
  });

  it("a missing report with a rating counts when submitted by the deadline (its last on-time day): 28 / 1", () => {
    const [, submitted] = headroom(quarter({ majorProjects: [{ id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: null, rating: 28 }] })).items.majorProjects.levers as Lever[];
    expect(brief(submitted as Lever)).toEqual(["/majorProjects/0/submittedOn", null, null, ["2024-09-20", 28, 98]]);
  });

  it("rounding edges: 101 projects rated 20 → 20; 20.5 gives 2020.5 / 101 = 20.00495 → 20.00, so the nearest rise is 21 → 20.0099 → 20.01; 19.5 gives 19.99505 → 20.00 (half up), so the fall is 19 → 19.99", () => {
    const projects = Array.from({ length: 101 }, (_, index) => ({ id: `MP-${index}`, product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-19", rating: 20 }));
    const [rating] = headroom(quarter({ majorProjects: projects })).items.majorProjects.levers as Lever[];
    expect(brief(rating as Lever)).toEqual(["/majorProjects/0/rating", 20, [19, 19.99, 89.99], [21, 20.01, 90.01]]);
  });

  it("no projects: no lever (R1 scores 30)", () => {
    expect(headroom(fixture("13-no-major-projects")).items.majorProjects.levers).toEqual([]);
  });
});

describe("3.2.2 satisfaction levers", () => {
  it("(10 + 25 + 15) / 3 − 2 = 14.67: one label each way in the policy's order; 回访不通 → 提醒后回访不通 costs 5 instead of 2 (R2): 11.67 (fixture 03)", () => {
    expect(leversOf(fixture("03-late-missing-reports"), "satisfaction")).toEqual([
      ["/satisfaction/0/outcome", "neutral", ["dissatisfied", 13, 69], ["satisfied", 16.33, 72.33]],
      ["/satisfaction/1/outcome", "very_satisfied", ["satisfied", 11.33, 67.33], null],
      // the other way, 非常不满意, would be (10 + 25 + 0 + 15) / 4 = 12.5: a fall too, as near; down takes the later label
      ["/satisfaction/2/outcome", "unreachable", ["unreachable_after_reminder", 11.67, 67.67], null],
      ["/satisfaction/3/outcome", "satisfied", ["neutral", 13, 69], ["very_satisfied", 18, 74]],
    ]);
  });

  it("answers in the form the input used: Chinese labels stay labels (fixture 04: (15 + 10) / 2 = 12.5)", () => {
    expect(leversOf(fixture("04-few-simple-calls-below-70"), "satisfaction")).toEqual([
      ["/satisfaction/0/outcome", "满意", ["一般", 10, 59.5], ["非常满意", 17.5, 67]],
      ["/satisfaction/1/outcome", "一般", ["不满意", 10, 59.5], ["满意", 15, 64.5]],
    ]);
    const up = headroom(fixture("04-few-simple-calls-below-70")).items.satisfaction.levers[0]?.up;
    expect(up?.message.en).toBe("MP-2501-01 surveyed very satisfied (非常满意) instead of satisfied (满意): customer satisfaction 17.5; total 67, still below 70 (4.1.b)");
    expect(up?.message.zh).toBe("项目 MP-2501-01 回访结果若为“非常满意”(现为“满意”):客户满意度 17.5 分;总分 67,仍低于 70 分(四.1.b)");
  });

  it("the policy's own arithmetic (R3): 非常不满意 and 提醒后回访不通 score 0 − 5 → 0; the customer not reached instead scores 25 − 2 − 5 = 18 (fixture 09)", () => {
    expect(leversOf(fixture("09-falsified-with-item-zero"), "satisfaction")).toEqual([
      ["/satisfaction/0/outcome", "非常不满意", null, ["回访不通", 18, 94]],
      ["/satisfaction/1/outcome", "提醒后回访不通", null, ["不满意", 2.5, 78.5]],
    ]);
  });
});

describe("4.1.b the total against the threshold, and the key events (3.2.6, 4.2.2)", () => {
  it("71.41 is 1.41 above 70 (fixture 07)", () => {
    const result = headroom(fixture("07-item-zero-ecr"));
    expect([result.total, result.threshold, result.margin]).toEqual([71.41, 70, 1.41]);
    expect(result.message.en).toBe("total 71.41: 1.41 above the 70 needed (4.1.b)");
    expect(result.message.zh).toBe("总分 71.41,高出 70 分线 1.41 分(四.1.b)");
  });

  it("70.00 passes with a margin of 0 (fixture 05), 69.99 lacks 0.01 (fixture 06)", () => {
    expect(headroom(fixture("05-exact-70-passes")).message.en).toBe("total 70: exactly the 70 needed, which passes (4.1.b)");
    const short = headroom(fixture("06-just-below-69-99"));
    expect(short.margin).toBe(-0.01);
    expect(short.message.en).toBe("total 69.99: 0.01 below the 70 needed (4.1.b)");
    expect(short.message.zh).toBe("总分 69.99,低于 70 分线 0.01 分(四.1.b)");
  });

  it("key events are not levers: the adjustment and the major events, which downgrade whatever the scores (fixture 11: +1 − 5 = −4)", () => {
    expect(headroom(fixture("11-major-event-downgrade")).keyEvents).toEqual({
      adjustment: -4,
      clause: "3.2.6",
      majorEvents: [{ eventId: "KE-2503-41", severity: "downgrade", date: "2025-08-14" }],
    });
  });

  it("names the partner, the quarter and the policy; each item its score, max, clause and whether it applies", () => {
    const result = headroom(fixture("13-no-major-projects"));
    expect([result.partnerId, result.quarter, result.policy]).toEqual(["P-0113", "2025-Q1", "cloud-desktop-2024"]);
    expect(result.items.majorProjects).toMatchObject({ score: 30, max: 30, clause: "3.2.1", notApplicable: true, levers: [], scales: [] });
  });
});

describe("H4 headroom input", () => {
  it("bad input throws AssessmentInputError listing every problem, as assessQuarter does", () => {
    expect(issuesOf(() => headroom(quarter({ ecr: { simpleCalls: 9, totalCalls: 5 }, training: { online: { required: 4, completed: 5 } } })))).toEqual([
      { path: ["ecr", "simpleCalls"], code: "SIMPLE_ABOVE_TOTAL" },
      { path: ["training", "online", "completed"], code: "COMPLETED_ABOVE_REQUIRED" },
    ]);
  });

  it("follows the policy passed in: with the deadline day late (R5 the other way), a report on the deadline day scores 0 and moves to the day before", () => {
    const policy = structuredClone(CLOUD_DESKTOP_2024) as unknown as { majorProjects: { deadlineDayIsOnTime: { value: boolean } } };
    policy.majorProjects.deadlineDayIsOnTime.value = false;
    const input = quarter({ majorProjects: [{ id: "MP-1", product: "WorkSpace", seats: 300, deadline: "2024-09-20", submittedOn: "2024-09-20", rating: 28 }] });
    const [, submitted] = headroom(input, { policy: policy as never }).items.majorProjects.levers as Lever[];
    expect(brief(submitted as Lever)).toEqual(["/majorProjects/0/submittedOn", "2024-09-20", null, ["2024-09-19", 28, 98]]);
  });
});
